// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): an AnnotationCollection
// whose first page embeds every annotation, so other tools read it in one document.
import { v5 as uuidv5 } from 'uuid';
import type { Colour, Selector } from '../model';
import type { SyncFile } from '../model/sync-file';
import { startOf } from '../model';
import { compareCodeUnits } from '../sync/canonical';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Namespace for the ids of collections and pages, derived from the file so exports repeat. */
const COLLECTION_NAMESPACE = '5b0f3a9e-2d4c-4f1a-8e7b-3c6d9a2f1e40';

/** Gloss's colours travel as the target's CSS class, the model's place for styling. */
export const STYLE_CLASS_PREFIX = 'gloss-';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/markdown';
}

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: {
    type: 'SpecificResource';
    source: string;
    styleClass: `${typeof STYLE_CLASS_PREFIX}${Colour}`;
    selector: Selector[];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/**
 * The file's annotations as Web Annotations, grouped by page in document order. Annotations
 * whose page is not in the file have no source URL and are left out.
 */
export function toWebAnnotations(file: SyncFile, label = 'Gloss'): AnnotationCollection {
  const urls = new Map(file.pages.map((p) => [p.id, p.url]));
  const items = file.annotations
    .filter((a) => urls.has(a.pageId))
    // By page, then in document order.
    .sort((a, b) => compareCodeUnits(a.pageId, b.pageId) || startOf(a) - startOf(b))
    .map((a): WebAnnotation => {
      const body: TextualBody[] = [];
      if (a.note) {
        body.push({
          type: 'TextualBody',
          value: a.note,
          purpose: 'commenting',
          format: 'text/markdown',
        });
      }
      for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
      return {
        '@context': ANNO_CONTEXT,
        id: `urn:uuid:${a.id}`,
        type: 'Annotation',
        motivation: 'highlighting',
        created: a.createdAt,
        modified: a.updatedAt,
        ...(body.length > 0 && { body }),
        target: {
          type: 'SpecificResource',
          source: urls.get(a.pageId)!,
          styleClass: `${STYLE_CLASS_PREFIX}${a.colour}`,
          selector: a.selectors,
        },
      };
    });
  const name = `${file.exportedAt} ${items.map((i) => i.id).join(' ')}`;
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${uuidv5(`collection ${name}`, COLLECTION_NAMESPACE)}`,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: {
      id: `urn:uuid:${uuidv5(`page ${name}`, COLLECTION_NAMESPACE)}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
}
