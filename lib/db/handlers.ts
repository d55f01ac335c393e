// What the background answers to a content script's request, as plain functions of the db.
import type { Annotation, Page } from '../model';
import type { ToBackground } from '../model/messages';
import { citationLocale, quoteWithCitation } from '../export/citation';
import { normalizeUrl, pageIdOf } from '../url';
import { readSettings } from './settings';
import {
  annotationsOfPage,
  createAnnotation,
  deleteAnnotation,
  fromRow,
  tagCounts,
  pageByUrl,
  updateAnnotation,
  type GlossDb,
} from './index';

export interface PageAnnotations {
  page?: Page;
  annotations: Annotation[];
}

type DbMessage = Exclude<ToBackground, { type: 'anchor.report' | 'sidebar.open' | 'editor.close' }>;

/** Where the background runs: the UI language decides the citation locale. */
export interface Context {
  uiLanguage: string;
}

export async function handleToBackground(
  db: GlossDb,
  message: DbMessage,
  context: Context = { uiLanguage: 'en' },
): Promise<unknown> {
  switch (message.type) {
    case 'page.annotations': {
      const url = normalizeUrl(message.url);
      if (!url) return { annotations: [] } satisfies PageAnnotations;
      // One indexed lookup: a page without annotations costs nothing more.
      const annotations = await annotationsOfPage(db, pageIdOf(url));
      if (annotations.length === 0) return { annotations } satisfies PageAnnotations;
      return { page: await pageByUrl(db, url), annotations } satisfies PageAnnotations;
    }
    case 'annotation.create': {
      const url = normalizeUrl(message.url);
      if (!url) throw new Error('Gloss annotates http and https pages only.');
      return createAnnotation(db, { ...message, url });
    }
    case 'annotation.update':
      return (await updateAnnotation(db, message.id, message.changes)) ?? null;
    case 'annotation.delete':
      await deleteAnnotation(db, message.id);
      return null;
    case 'annotation.get': {
      const row = await db.annotations.get(message.id);
      return row && !row.deletedAt ? fromRow(row) : null;
    }
    case 'tags.list':
      return tagCounts(db);
    case 'citation.quote': {
      const url = normalizeUrl(message.url);
      if (!url) throw new Error('Gloss cites http and https pages only.');
      // The stored page carries the reader's corrections; a page not yet highlighted is cited
      // from what the content script read of it, accessed now.
      const page = (await pageByUrl(db, url)) ?? {
        ...(message.page ?? { title: url }),
        url,
        createdAt: new Date().toISOString(),
      };
      const { citationStyle } = await readSettings(db);
      return quoteWithCitation(
        message.quote,
        page,
        citationStyle,
        citationLocale(context.uiLanguage),
      );
    }
  }
}
