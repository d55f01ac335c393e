// Messages between the content script, the background and the sidebar. Every message is
// parsed with these schemas on arrival; anything else is rejected.
import { z } from 'zod';
import { AnchorState, Annotation, Colour, Id, Page, Selectors, LIMITS } from './index';

/** What a content script learns of a page when it is first highlighted. */
export const PageDraft = Page.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true });
export type PageDraft = z.infer<typeof PageDraft>;

export const AnnotationChanges = z
  .strictObject({
    colour: Colour,
    note: z.string().max(LIMITS.note),
    tags: Annotation.shape.tags,
    selectors: Selectors,
  })
  .partial();
export type AnnotationChanges = z.infer<typeof AnnotationChanges>;

/** Sent by a content script (or an extension page) to the background. */
export const ToBackground = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page.annotations'), url: z.string().max(LIMITS.url) }),
  z.strictObject({
    type: z.literal('annotation.create'),
    url: z.string().max(LIMITS.url),
    page: PageDraft.optional(),
    selectors: Selectors,
    colour: Colour,
  }),
  z.strictObject({ type: z.literal('annotation.update'), id: Id, changes: AnnotationChanges }),
  z.strictObject({ type: z.literal('annotation.delete'), id: Id }),
  z.strictObject({ type: z.literal('annotation.get'), id: Id }),
  z.strictObject({ type: z.literal('tags.list') }),
  /** A quote with its page's citation, in the reader's style, for the clipboard. */
  z.strictObject({
    type: z.literal('citation.quote'),
    url: z.string().max(LIMITS.url),
    quote: z.string().min(1).max(LIMITS.quote),
    page: PageDraft.optional(),
  }),
  /** The in-page editor asks to be closed; forwarded to its tab's content script. */
  z.strictObject({ type: z.literal('editor.close') }),
  /** The content script tells where each annotation landed; forwarded to the sidebar. */
  z.strictObject({
    type: z.literal('anchor.report'),
    url: z.string().max(LIMITS.url),
    states: z.record(Id, AnchorState),
  }),
  /** Open the sidebar (or the in-page editor where the browser refuses) on one annotation. */
  z.strictObject({ type: z.literal('sidebar.open'), id: Id.optional() }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

/** Sent by the background or the sidebar to the content script of one tab. */
export const ToContent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('annotations.changed') }),
  z.strictObject({ type: z.literal('annotation.scrollTo'), id: Id }),
  z.strictObject({ type: z.literal('anchor.states') }),
  z.strictObject({ type: z.literal('selection.highlight'), colour: Colour }),
  z.strictObject({ type: z.literal('selection.reattach'), id: Id }),
  z.strictObject({ type: z.literal('editor.close') }),
]);
export type ToContent = z.infer<typeof ToContent>;

/** Broadcast by the background to extension pages (the sidebar). */
export const ToSidebar = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('anchor.report'),
    tabId: z.number().int(),
    url: z.string(),
    states: z.record(Id, AnchorState),
  }),
  z.strictObject({ type: z.literal('annotation.focus'), tabId: z.number().int(), id: Id }),
]);
export type ToSidebar = z.infer<typeof ToSidebar>;

export const AnchorStates = z.strictObject({
  url: z.string(),
  states: z.record(Id, AnchorState),
});
export type AnchorStates = z.infer<typeof AnchorStates>;
