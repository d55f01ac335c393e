import { describe as group, expect, it } from 'vitest';
import type { Selector } from '../model';
import { anchor, anchorAll, describe } from './index';

function page(html: string): Element {
  document.body.innerHTML = html;
  return document.body;
}

/** A range over the `n`th (0-based) occurrence of `text` inside one text node of `root`. */
function rangeOver(root: Element, text: string, n = 0): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let at = data.indexOf(text); at >= 0; at = data.indexOf(text, at + 1)) {
      if (seen++ === n) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        return range;
      }
    }
  }
  throw new Error(`"${text}" #${n} not in page`);
}

/** Selectors made on `before`, anchored on `after`: the text of where they land, or null. */
function reanchor(before: string, after: string, text: string, n = 0): string | null {
  const selectors = describe(page(before), rangeOver(document.body, text, n));
  return anchor(page(after), selectors)?.toString() ?? null;
}

group('describe', () => {
  it('gives a quote with 64 characters of context and a position in the visible text', () => {
    const long = 'x'.repeat(100);
    const root = page(`<p>${long} Alpha  beta\n gamma ${long}</p>`);
    const [quote, position] = describe(root, rangeOver(root, 'beta'));
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'beta',
      prefix: `${'x'.repeat(57)} Alpha `,
      suffix: ` gamma ${'x'.repeat(57)}`,
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 107, end: 111 });
  });

  it('leaves script, style, noscript and template text out of the page text', () => {
    const root = page(
      '<p>One</p><script>var a = "Two";</script><style>p{}</style><noscript>Three</noscript>' +
        '<template>Four</template><p>Two</p>',
    );
    const [quote, position] = describe(root, rangeOver(root, 'Two', 1));
    expect(quote).toMatchObject({ exact: 'Two', prefix: 'One ', suffix: '' });
    expect(position).toMatchObject({ start: 4, end: 7 });
  });

  it('trims spaces at the edges of a selection and returns nothing for an empty one', () => {
    const root = page('<p>Alpha   beta   gamma</p>');
    expect(describe(root, rangeOver(root, '   beta   '))[0]).toMatchObject({ exact: 'beta' });
    expect(describe(root, rangeOver(root, '   '))).toEqual([]);
  });

  it('reads paragraph edges as spaces so selections across blocks stay readable', () => {
    const root = page('<ul><li>First item</li><li>Second item</li></ul><p>After</p>');
    const range = document.createRange();
    range.setStart(rangeOver(root, 'item').startContainer, 6);
    range.setEnd(rangeOver(root, 'Second').endContainer, 6);
    expect(describe(root, range)[0]).toMatchObject({ exact: 'item Second' });
  });
});

group('anchor', () => {
  it('round-trips describe → anchor on the same page', () => {
    const html = '<h1>Title</h1><p>Some <b>bold</b> and <i>italic</i> words here.</p>';
    expect(reanchor(html, html, 'and')).toBe('and');
    const root = page(html);
    const range = document.createRange();
    range.setStart(rangeOver(root, 'bold').startContainer, 2);
    range.setEnd(rangeOver(root, 'italic').startContainer, 3);
    const selectors = describe(root, range);
    expect(anchor(root, selectors)?.toString()).toBe('ld and ita');
  });

  it('ignores whitespace differences', () => {
    expect(
      reanchor(
        '<p>The quick brown fox jumps over the lazy dog.</p>',
        '<p>\n  The quick\n\tbrown   fox\n  jumps over the lazy dog.\n</p>',
        'brown fox jumps',
      ),
    ).toBe('brown   fox\n  jumps');
  });

  it('finds NFC quotes in NFD pages and NFD quotes in NFC pages', () => {
    const nfc = '<p>Nâng cao hiệu quả công tác truyền thông về quyền con người.</p>';
    const nfd = nfc.normalize('NFD');
    expect(reanchor(nfc, nfd, 'hiệu quả công tác')).toBe('hiệu quả công tác'.normalize('NFD'));
    expect(reanchor(nfd, nfc, 'quyền con người'.normalize('NFD'))).toBe('quyền con người');
  });

  it('resolves repeated text to the right occurrence by its context', () => {
    const html =
      '<p>Rain is expected on Monday. Bring a coat.</p>' +
      '<p>Sun is expected on Tuesday. Bring a coat.</p>';
    const changed = '<p>Breaking news first.</p>' + html;
    expect(reanchor(html, changed, 'Bring a coat', 1)).toBe('Bring a coat');
    const selectors = describe(page(html), rangeOver(document.body, 'Bring a coat', 1));
    const range = anchor(page(changed), selectors)!;
    expect(range.startContainer.textContent).toContain('Tuesday');
  });

  it('returns null when the passage is gone, even if its words occur elsewhere', () => {
    const before = '<p>The council met on Monday.</p><p>Residents asked about the new bridge.</p>';
    const after = '<p>The council met on Monday.</p><p>The bridge opens in May.</p>';
    expect(reanchor(before, after, 'asked about the new bridge')).toBeNull();
    expect(
      reanchor(
        before,
        after + '<p>Others asked about the new bridge too.</p>',
        'asked about the new bridge',
      ),
    ).toBeNull();
  });

  it('anchors a range across paragraphs and list items', () => {
    const html = '<p>Intro text.</p><ul><li>Apples are red.</li><li>Pears are green.</li></ul>';
    const root = page(html);
    const range = document.createRange();
    range.setStart(rangeOver(root, 'text').startContainer, 6);
    range.setEnd(rangeOver(root, 'Pears').startContainer, 5);
    const selectors = describe(root, range);
    expect(selectors[0]).toMatchObject({ exact: 'text. Apples are red. Pears' });
    const after = anchor(
      page(`<div class="ad">Buy now</div>${html.replace(/<\/li>/g, '</li>\n')}`),
      selectors,
    );
    expect(after?.toString()).toBe('text.Apples are red.\nPears');
  });

  it('ignores text in scripts when anchoring', () => {
    const before = '<p>Alpha beta gamma delta.</p>';
    const after = '<script>{"x":"Alpha beta gamma delta."}</script><p>Other words.</p>';
    expect(reanchor(before, after, 'beta gamma')).toBeNull();
  });

  it('needs a quote: positions alone cannot tell that a passage is gone', () => {
    const root = page('<p>Alpha beta</p>');
    const selectors: Selector[] = [{ type: 'TextPositionSelector', start: 0, end: 5 }];
    expect(anchor(root, selectors)).toBeNull();
  });
});

group('anchorAll', () => {
  it('anchors a batch and tells anchored from orphaned', () => {
    const html = '<p>One fish, two fish.</p><p>Red fish, blue fish.</p>';
    const root = page(html);
    const a = describe(root, rangeOver(root, 'two fish'));
    const b = describe(root, rangeOver(root, 'blue fish'));
    const results = anchorAll(page('<p>One fish, two fish.</p>'), [
      { id: 'a', selectors: a },
      { id: 'b', selectors: b },
    ]);
    expect(results.get('a')).toMatchObject({ state: 'anchored' });
    expect(results.get('a')?.range?.toString()).toBe('two fish');
    expect(results.get('b')).toEqual({ range: null, state: 'orphan' });
  });

  it('finds an edited passage between its neighbours when nothing else points to it', () => {
    const first = 'The ferry timetable changes in spring, when the northern route opens again.';
    const middle =
      'Every crossing to the outer islands now stops at the old harbour of Vik on the way, ' +
      'so the evening boat leaves earlier than before and returns after dark.';
    const last = 'Tickets bought online stay valid for a whole season on every route.';
    const html = (second: string, ad = '') => `<p>${first}</p>${ad}<p>${second}</p><p>${last}</p>`;
    const root = page(html(middle));
    const items = [
      { id: 'first', selectors: describe(root, rangeOver(root, 'northern route opens')) },
      { id: 'middle', selectors: describe(root, rangeOver(root, 'old harbour of Vik')) },
      { id: 'last', selectors: describe(root, rangeOver(root, 'valid for a whole season')) },
    ];
    // An edit in each piece that could seed a search (the quote's start, the context at both
    // its edges) and an advertisement that moves the passage far from where it was.
    const edited = middle
      .replace('now stops at', 'now calls at')
      .replace('old harbour', 'old harbor')
      .replace('on the way', 'on its way');
    const ad = `<div>${'Advertisement: harbour tours, ferry deals, island hotels. '.repeat(6)}</div>`;
    const results = anchorAll(page(html(edited, ad)), items);
    expect(results.get('middle')).toMatchObject({ state: 'changed' });
    expect(results.get('middle')?.range?.toString()).toBe('old harbor of Vik');
  });
});
