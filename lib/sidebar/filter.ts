import { quoteOf, type Annotation, type Colour } from '../model';
import { terms } from '../search/fold';

export interface SidebarFilter {
  text: string;
  colour: Colour | '';
  tag: string;
}

/** The annotations that match the sidebar's filter: every word, in quote, note or tags. */
export function filterAnnotations(annotations: Annotation[], filter: SidebarFilter): Annotation[] {
  const words = terms(filter.text);
  return annotations.filter((a) => {
    if (filter.colour && a.colour !== filter.colour) return false;
    if (filter.tag && !a.tags.includes(filter.tag)) return false;
    if (words.length === 0) return true;
    const haystack = terms(`${quoteOf(a)}\n${a.note}\n${a.tags.join(' ')}`).join(' ');
    return words.every((w) => haystack.includes(w));
  });
}
