// Markdown for notes apps: one document per page, with front matter Obsidian reads as
// properties (title, source, author, published, created, tags).
import JSZip from 'jszip';
import { startOf } from '../model';
import type { Name } from '../model';
import type { SyncAnnotation, SyncFile, SyncPage } from '../model/sync-file';
import { safeFileName, uniqueNames } from './file-name';

export interface MarkdownLabels {
  /** Link text of the page's address. */
  source: string;
  /** Shown before an annotation's tags. */
  tags: string;
}

export interface MarkdownOptions {
  /** The UI's words for the few labels written into the documents; English by default. */
  labels?: Partial<MarkdownLabels>;
}

export interface MarkdownDocument {
  fileName: string;
  content: string;
}

const DEFAULT_LABELS: MarkdownLabels = { source: 'Source', tags: 'Tags' };

/** YAML's double-quoted scalars accept JSON strings as they are. */
const yamlString = (text: string) => JSON.stringify(text);

/** Obsidian tags have no spaces: "nhân quyền" becomes #nhân-quyền. */
const obsidianTag = (tag: string) => tag.replace(/\s+/g, '-').replace(/[#,]/g, '');

const nameText = (name: Name) =>
  'literal' in name ? name.literal : [name.given, name.family].filter(Boolean).join(' ');

function authorsOf(page: SyncPage): string[] {
  const citation = { ...page.citation, ...page.citationEdits };
  if (citation.author?.length) return citation.author.map(nameText);
  return page.byline ? [page.byline] : [];
}

const day = (timestamp: string) => timestamp.slice(0, 10);

function frontMatter(page: SyncPage, tags: string[]): string {
  const citation = { ...page.citation, ...page.citationEdits };
  const published = citation.issued ?? page.publishedTime;
  const lines = ['---', `title: ${yamlString(citation.title ?? page.title)}`];
  lines.push(`source: ${yamlString(page.url)}`);
  const authors = authorsOf(page);
  if (authors.length > 0) lines.push('author:', ...authors.map((a) => `  - ${yamlString(a)}`));
  if (published) lines.push(`published: ${yamlString(published)}`);
  lines.push(`created: ${day(page.createdAt)}`);
  if (tags.length > 0) lines.push('tags:', ...tags.map((t) => `  - ${yamlString(obsidianTag(t))}`));
  lines.push('---');
  return lines.join('\n');
}

/** A passage as a Markdown block quote, every line quoted, blank lines kept inside. */
const blockQuote = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');

function annotationBlock(annotation: SyncAnnotation, labels: MarkdownLabels): string {
  const quote = annotation.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
  const parts = [blockQuote(quote)];
  if (annotation.note.trim()) parts.push(annotation.note.trim());
  if (annotation.tags.length > 0) {
    parts.push(`${labels.tags}: ${annotation.tags.map((t) => `#${obsidianTag(t)}`).join(' ')}`);
  }
  return parts.join('\n\n');
}

/**
 * One Markdown document per page of the file that has annotations, in the pages' title order;
 * highlights in document order. File names are safe on every system and unique.
 */
export function toMarkdown(file: SyncFile, options: MarkdownOptions = {}): MarkdownDocument[] {
  const labels = { ...DEFAULT_LABELS, ...options.labels };
  const byPage = new Map<string, SyncAnnotation[]>();
  for (const annotation of file.annotations) {
    byPage.set(annotation.pageId, [...(byPage.get(annotation.pageId) ?? []), annotation]);
  }
  const pages = file.pages
    .filter((page) => byPage.has(page.id))
    .sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1));
  const names = uniqueNames(pages.map((page) => safeFileName(page.title, page.id)));
  return pages.map((page, i) => {
    const annotations = byPage
      .get(page.id)!
      .sort((a, b) => startOf(a) - startOf(b) || a.createdAt.localeCompare(b.createdAt));
    const tags = [...new Set(annotations.flatMap((a) => a.tags))];
    const site = [page.siteName, page.publishedTime && day(page.publishedTime)].filter(Boolean);
    const content = [
      frontMatter(page, tags),
      `# ${page.title.replace(/\s+/g, ' ').trim() || page.url}`,
      [`[${labels.source}](<${page.url}>)`, ...site].join(' · '),
      ...annotations.map((a) => annotationBlock(a, labels)),
    ].join('\n\n');
    return { fileName: `${names[i]}.md`, content: `${content}\n` };
  });
}

/** Several documents as one zip, for "everything": one download instead of hundreds. */
export async function zipDocuments(documents: MarkdownDocument[]): Promise<Blob> {
  const zip = new JSZip();
  for (const { fileName, content } of documents) zip.file(fileName, content);
  return zip.generateAsync({ type: 'blob', mimeType: 'application/zip', compression: 'DEFLATE' });
}
