import { describe, expect, it } from 'vitest';
import { Annotation, LIMITS, quoteOf, startOf } from './index';
import { ToBackground, ToContent } from './messages';

const valid = {
  id: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  pageId: '27c388d1-0f84-53c6-92ca-f61c750d1cad',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'quyền con người', prefix: 'về ', suffix: ' ở' },
    { type: 'TextPositionSelector', start: 40, end: 55 },
  ],
  colour: 'yellow',
  note: '',
  tags: ['nhân quyền'],
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
};

describe('Annotation', () => {
  it('accepts a well-formed annotation and derives its quote and order', () => {
    const a = Annotation.parse(valid);
    expect(quoteOf(a)).toBe('quyền con người');
    expect(startOf(a)).toBe(40);
  });

  it('normalises tags to NFC and trims them', () => {
    const a = Annotation.parse({ ...valid, tags: ['  nhân   quyền '.normalize('NFD')] });
    expect(a.tags).toEqual(['nhân quyền']);
  });

  it.each([
    ['an id that is not a UUID', { id: '42' }],
    ['an unknown colour', { colour: 'red' }],
    ['a date that is not a date', { createdAt: 'yesterday' }],
    [
      'positions backwards',
      { selectors: [valid.selectors[0], { type: 'TextPositionSelector', start: 9, end: 3 }] },
    ],
    ['no quote selector', { selectors: [{ type: 'TextPositionSelector', start: 1, end: 3 }] }],
    ['an empty quote', { selectors: [{ type: 'TextQuoteSelector', exact: '' }] }],
    ['a note over the limit', { note: 'x'.repeat(LIMITS.note + 1) }],
    ['an empty tag', { tags: ['  '] }],
    ['the same tag twice', { tags: ['a', 'a'] }],
    ['an unknown field', { html: '<b>' }],
  ])('refuses %s', (_, change) => {
    expect(Annotation.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('messages', () => {
  it('accepts the messages of the protocol and nothing else', () => {
    expect(
      ToBackground.safeParse({ type: 'page.annotations', url: 'https://a.example/' }).success,
    ).toBe(true);
    expect(ToContent.safeParse({ type: 'selection.highlight', colour: 'green' }).success).toBe(
      true,
    );
    expect(ToBackground.safeParse({ type: 'db.drop' }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'annotation.delete', id: 'x' }).success).toBe(false);
    expect(
      ToContent.safeParse({ type: 'annotation.scrollTo', id: valid.id, extra: 1 }).success,
    ).toBe(false);
    expect(ToBackground.safeParse('page.annotations').success).toBe(false);
  });
});
