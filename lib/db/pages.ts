// Page records: the reader's corrections to a page's citation.
import { Citation, Page } from '../model';
import type { GlossDb } from './index';

/**
 * Keeps the reader's corrections of the page's citation (they win over what was extracted,
 * field by field, and sync like any edit). Empty corrections remove them: the extracted
 * citation shows again. Returns the updated page, or undefined if it is gone.
 */
export async function updatePageCitation(
  db: GlossDb,
  pageId: string,
  edits: Citation,
  now = new Date().toISOString(),
): Promise<Page | undefined> {
  const parsed = Citation.parse(edits);
  return db.transaction('rw', db.pages, async () => {
    const page = await db.pages.get(pageId);
    if (!page || page.deletedAt) return undefined;
    const { citationEdits: _old, ...rest } = page;
    const kept = Object.values(parsed).some((value) => value !== undefined);
    const updated = Page.parse({
      ...rest,
      ...(kept ? { citationEdits: parsed } : {}),
      updatedAt: now,
    });
    await db.pages.put(updated);
    return updated;
  });
}
