// Hand-written anchoring cases, in the spirit of the public suites of Apache Annotator
// (text-quote matching) and Hypothesis (match-quote): edges of the text, ranges across
// elements, overlapping and repeated occurrences, context that disagrees a little or a lot.
import { describe as group, expect, it } from 'vitest';
import { anchor, anchorAll, describe } from '../../lib/anchoring';
import { matchQuote, type Quote } from '../../lib/anchoring/match';
import { PageIndex } from '../../lib/anchoring/page-index';
import type { Selector } from '../../lib/model';

function page(html: string): Element {
  document.body.innerHTML = html;
  return document.body;
}

function textNode(root: Element, containing: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as Text).data.includes(containing)) return n as Text;
  }
  throw new Error(`no text node with "${containing}"`);
}

function range(start: [Node, number], end: [Node, number]): Range {
  const r = document.createRange();
  r.setStart(...start);
  r.setEnd(...end);
  return r;
}

const find = (text: string, q: Partial<Quote> & { exact: string }) =>
  matchQuote(new PageIndex(text), { prefix: '', suffix: '', ...q });

group('anchoring at the edges of the text', () => {
  it('anchors the first and the last words of a page', () => {
    const root = page('<p>Harbour lights dim slowly over the bay tonight</p>');
    const node = textNode(root, 'Harbour');
    const first = describe(root, range([node, 0], [node, 7]));
    const at = node.data.indexOf('tonight');
    const last = describe(root, range([node, at], [node, at + 7]));
    expect(anchor(root, first)?.toString()).toBe('Harbour');
    expect(anchor(root, last)?.toString()).toBe('tonight');
  });

  it('still finds a passage whose stored context runs past what is left of the text', () => {
    const text = 'lights dim slowly over the bay tonight';
    const q = { exact: 'dim slowly', prefix: 'Harbour lights ', suffix: ' over the bay tonight' };
    expect(find(text, q)).toEqual({ start: 7, end: 17, changed: false });
  });

  it('anchors a passage that now ends the page although a suffix was stored', () => {
    const text = 'Ferries leave the northern pier every hour until midnight';
    const q = {
      exact: 'until midnight',
      prefix: 'Ferries leave the northern pier every hour ',
      suffix: ', except on public holidays when the timetable changes.',
    };
    expect(find(text, q)).toMatchObject({ start: 43, end: 57 });
  });

  it('finds nothing in an empty text or for an empty quote', () => {
    expect(find('', { exact: 'pier' })).toBeNull();
    expect(find('pier', { exact: '' })).toBeNull();
  });
});

group('ranges across elements', () => {
  it('anchors a range from inside one inline element to inside another', () => {
    const html = '<p>The <em>old harbour</em> wall was <a href="#">rebuilt in</a> 1890.</p>';
    const root = page(html);
    const selectors = describe(
      root,
      range([textNode(root, 'old harbour'), 4], [textNode(root, 'rebuilt'), 7]),
    );
    expect(selectors[0]).toMatchObject({ exact: 'harbour wall was rebuilt' });
    const r = anchor(
      page(html.replace('<em>', '<strong>').replace('</em>', '</strong>')),
      selectors,
    );
    expect(r?.toString()).toBe('harbour wall was rebuilt');
    expect(r?.startContainer.parentElement?.localName).toBe('strong');
  });

  it('anchors a range that ends exactly where an element ends', () => {
    const root = page('<p>Keep <b>left</b> at the fork.</p>');
    const b = textNode(root, 'left');
    const selectors = describe(root, range([b, 0], [b, 4]));
    const r = anchor(root, selectors)!;
    expect(r.toString()).toBe('left');
    expect([r.endContainer, r.endOffset]).toEqual([b, 4]);
  });

  it('leaves text in the head out: the root is the body', () => {
    document.head.innerHTML = '<title>Harbour news</title>';
    const root = page('<p>News from the harbour.</p>');
    const selectors: Selector[] = [
      { type: 'TextQuoteSelector', exact: 'Harbour news', prefix: '', suffix: '' },
    ];
    expect(anchor(root, selectors)).toBeNull();
  });
});

group('repeated and overlapping text', () => {
  it('tells overlapping occurrences apart by their context', () => {
    // "nana" occurs at 2 and at 4 of "bananana"; the context says which.
    expect(find('a bananana b', { exact: 'nana', prefix: 'a bana', suffix: ' b' })).toMatchObject({
      start: 6,
    });
    expect(find('a bananana b', { exact: 'nana', prefix: 'a ba', suffix: 'na b' })).toMatchObject({
      start: 4,
    });
  });

  it('picks the occurrence whose context agrees best, even with a typo in the context', () => {
    const text =
      'We packed the boat before dawn. We packed the tent after lunch. We packed the car at dusk.';
    const tent = text.indexOf('We packed the tent');
    const q = { exact: 'We packed the', prefix: 'boat before dawm. ', suffix: ' tent aftr lunch.' };
    expect(find(text, q)).toMatchObject({ start: tent, changed: false });
  });

  it('uses the position only to choose between occurrences with the same context', () => {
    const text = 'Yes. No. Yes. No. Yes. No.';
    const second = 9;
    expect(find(text, { exact: 'Yes.', prefix: 'No. ', suffix: ' No.', start: 10 })).toMatchObject({
      start: second,
    });
    expect(find(text, { exact: 'Yes.', prefix: 'No. ', suffix: ' No.', start: 20 })).toMatchObject({
      start: 18,
    });
  });

  it('takes the edited passage where it was expected, not an intact look-alike beside it', () => {
    const edited =
      'Ban Tuyên giáo Trung ương chủ policy tập energy, bồi dưỡng kỹ năng truyền thông cho báo ' +
      'cáo viên, tuyên truyền viên các cấp.';
    const lookAlike =
      'Các tổ chức chính trị - xã hội chủ trì tập huấn, bồi dưỡng kỹ năng truyền thông cho báo ' +
      'cáo viên, tuyên truyền viên các cấp của các tổ chức đoàn thể.';
    const q = {
      exact: 'tập huấn, bồi dưỡng',
      prefix: 'c tổ chức chính trị - xã hội. Ban Tuyên giáo Trung ương chủ trì ',
      suffix: ' kỹ năng truyền thông cho báo cáo viên, tuyên truyền viên các cấ',
    };
    const text = `Các tổ chức chính trị - xã hội. ${edited} ${lookAlike}`;
    // Where it was expected (its neighbours did not move), with its whole suffix agreeing.
    const at = text.indexOf('tập energy');
    expect(find(text, { ...q, start: at })).toMatchObject({ start: at, changed: true });
  });

  it('counts context found farther away only where no place has enough of its own', () => {
    // A copy of the breadcrumb right after the page header; the breadcrumb itself, edited,
    // further down with its suffix beside it.
    const quote = '福娘童話集 > きょうのイソップ童話 > １月のイソップ童話 > 欲張りなイヌ';
    const suffix =
      ' 元旦のイソップ童話 欲張りなイヌ ひらがな ←→ 日本語・英語 ←→ English おりがみをつくろう';
    const header = '福娘童話集 > きょうのイソップ童話';
    const text =
      `${header} ${quote} 「ああー、ぁぁー」 川の中には、がっかりしたイヌの顔がうつっています。 ` +
      `River team bridge council price year city. ${quote.replace('イソ', 'イx')}` +
      `${suffix.replace('おりがみをつくろう', '同じ物を持っていても')}`;
    const q = { exact: quote, prefix: `${header} `, suffix };
    expect(find(text, q)).toMatchObject({ start: text.lastIndexOf('福娘童話集 >'), changed: true });
  });

  it('counts context found farther away for a passage edited too much for its own context', () => {
    const q = {
      exact: 'Members agreed to fund the new library and the harbour repairs.',
      prefix: 'The committee met on Tuesday to review the budget for next year ',
      suffix: ' The mayor thanked them and closed the meeting before lunchtime.',
    };
    // A paragraph inserted before the passage, which lost a fifth of its words; an edit in the
    // suffix leaves less of it than a passage so edited needs, until the prefix is counted.
    const text =
      `${q.prefix}Council river plan water game dân thành study. ` +
      'Members agreed to pay for a park and the harbour repairs. The mayor thanked them and ' +
      'closed the sitting before lunchtime.';
    expect(find(text, q)).toMatchObject({ start: text.indexOf('Members'), changed: true });
  });

  it('does not take the entry beside an edited one in a reference list', () => {
    const entry = (topic: string, site: string, retrieved: string, date: string) =>
      `^ "${site}: Chris Cannon on ${topic}". ${site}. ${retrieved} ${date}.`;
    const original = ['Patriot Act', 'Homeland Security', 'Abortion']
      .map((topic) => entry(topic, 'ontheissues.org', 'Retrieved', '2014-07-01'))
      .join(' ');
    const at = original.indexOf('2014-07-01. ^', original.indexOf('Homeland'));
    const q = {
      exact: '2014-07-01. ^',
      prefix: original.slice(at - 64, at),
      suffix: original.slice(at + 13, at + 77),
      start: at,
    };
    // The entry edited around its date and in it; the entry before it edited a little.
    const text = [
      entry('the án of the Patriot Act', 'onxheissues.org', 'Rexrieved', '2014-07-01'),
      entry('study Security', 'onxheissues.org', 'repxrt', '20x4-07-01'),
      `^ the "ontheissues.org: Chris phố Cannon on Abortion". onxheissues.org. Retrieved 2014-07-01.`,
    ].join(' ');
    // The entry before agrees a little more, but is not where the neighbours put the passage:
    // too close to call, an orphan rather than a highlight on the wrong reference.
    expect(find(text, { ...q, start: text.indexOf('20x4') })).toBeNull();
  });

  it('does not take a look-alike whose context disagrees on both sides', () => {
    const text = 'The ferry to the island was cancelled. Tickets for the concert are sold out.';
    const q = {
      exact: 'was cancelled',
      prefix: 'The night train to the capital ',
      suffix: ' because of snow on the tracks.',
    };
    expect(find(text, q)).toBeNull();
  });
});

group('passages that changed', () => {
  it('re-attaches a passage with a typo fixed and says that its text changed', () => {
    const before = '<p>The lighthouse keeper recieved a medal for thirty years of service.</p>';
    const root = page(before);
    const node = textNode(root, 'recieved');
    const quote = 'lighthouse keeper recieved a medal';
    const selectors = describe(root, range([node, 4], [node, 4 + quote.length]));
    const after = page(before.replace('recieved', 'received'));
    const result = anchorAll(after, [{ id: 'a', selectors }]).get('a')!;
    expect(result.state).toBe('changed');
    expect(result.range?.toString()).toBe('lighthouse keeper received a medal');
  });

  it('takes a word inserted near the start of a passage inside it, edges where the context is', () => {
    const text =
      'It had to be easy for us to generate. In court my case, I chose to create lists within lists.';
    const q = {
      exact: 'In my case, I chose',
      prefix: 'It had to be easy for us to generate. ',
      suffix: ' to create lists within lists.',
    };
    const at = text.indexOf('In court');
    expect(find(text, q)).toEqual({
      start: at,
      end: at + 'In court my case, I chose'.length,
      changed: true,
    });
  });

  it('takes a word inserted after the first of a short passage inside it, between its neighbours', () => {
    const q = {
      exact: 'be one of',
      prefix: 'ng data to tell stories. Changing who is in the newsroom should ',
      suffix: ' the first steps newsrooms take to changing how they tell storie',
    };
    const text = `${q.prefix}be health one of${q.suffix}`;
    expect(find(text, q)).toEqual({
      start: q.prefix.length,
      end: q.prefix.length + 'be health one of'.length,
      changed: true,
    });
  });

  it('keeps the first word of a passage inside it when a word was inserted after it', () => {
    const q = {
      exact: 'of the object,',
      prefix: 'The lens bends light so that the sensor records a sharp image ',
      suffix: ' even when the camera is held at arm’s length in a dim room.',
    };
    // The word before the passage edited too: its context no longer agrees right at its edge.
    const text = `${q.prefix.replace('image', 'imagx')}of đề the object,${q.suffix}`;
    const at = text.indexOf('of đề');
    expect(find(text, q)).toEqual({ start: at, end: text.indexOf(' even'), changed: true });
  });

  it('leaves a word inserted right after an edited passage outside it, though short of context', () => {
    const q = {
      exact: 'Cities that plan for water will keep their bridges open in the storm season.',
      prefix: ' council health market report new policy report court river town. ',
      suffix: ' Group hall tram the year year health price new week river the the ',
    };
    // The prefix replaced, a letter of the passage changed, "minister" inserted after it and
    // "health" changed past it: outside, the inserted word costs the suffix as much agreement
    // as it costs edits inside, and the prefix leaves too little context for the passage alone.
    const text =
      'Of harbour market water city week road park people new policy year. Cities that plan ' +
      'for water will keep their bridges open ix the storm season. minister Group hall tram ' +
      'the year year energy price new week river the the end.';
    const at = text.indexOf('Cities');
    expect(find(text, { ...q, start: at })).toEqual({
      start: at,
      end: text.indexOf(' minister'),
      changed: true,
    });
  });

  it('opens a passage with its own first word where the context agrees as well without it', () => {
    const q = {
      exact: 'así como pretoriana y',
      prefix: ' piquetes. El politólogo Samuel Huntington definía una sociedad ',
      suffix: ' el jurista Carlos Nino llamó a la Argentina "un país al margen ',
    };
    // "sociedad" replaced before the passage and "phủ" inserted after its first word: reading
    // "así" as replaced by "phủ" costs one edit less, and the prefix agrees as much either way.
    const text =
      'hacen piquetes. El politólogo Samuel Huntington definía una kết así phủ como pretoriana ' +
      `y${q.suffix}de la ley".`;
    const at = text.indexOf('así');
    expect(find(text, q)).toEqual({ start: at, end: text.indexOf(' el jurista'), changed: true });
  });

  it('opens a passage with its own first word where the match took a letter of the context', () => {
    const q = {
      exact: 'so security and law',
      prefix: 'and how of a communication, but not its content — for two years ',
      suffix: ' enforcement agencies can access it without warrant. Few would a',
    };
    // "security" became "tế", and a word was inserted before "years" and after "enforcement".
    const text =
      'who called whom and how of a communication, but not its content — for two kinh years ' +
      'so tế and law enforcement the agencies can access it river warrant. Few would argue.';
    const at = text.indexOf('so tế');
    expect(find(text, q)).toEqual({ start: at, end: text.indexOf(' enforcement'), changed: true });
  });

  it('finds a short edited passage by its context a piece away when the words beside it changed', () => {
    const q = {
      exact: 'January',
      prefix: 'ommunity members and contributors. History[edit] On ',
      suffix: ' 23, 1998, Netscape made two announcements: first, that Netscape',
    };
    // A word inserted on each side, right beside the passage, and a letter of it changed.
    const text =
      'Released by community members and contributors. History[edit] kết On Jaxuary 23, game ' +
      '1998, Netscape made two announcements: first, that Netscape Communicator would be free.';
    expect(find(text, q)).toMatchObject({ start: text.indexOf('Jaxuary'), changed: true });
  });

  it('finds an edited passage where its neighbours in the batch moved, when no seed is left', () => {
    // The quote's one seed, the prefix's tail and the suffix's head were all edited; an exact
    // look-alike elsewhere agrees with part of the context but is not where the batch expects.
    const lookAlike =
      '"http://tools.ietf.org/html/rfc7233" * "http://remotestorage.io/spec/web-authoring" end.';
    const passage =
      '{ "http://tools.ietf.org/html/rfc7233": report, "htxp://remotestorage.io/spec/wex-authoring": false }';
    const text = `${passage} Some other words in between the two. ${lookAlike}`;
    const q = {
      exact: '"http://remotestorage.',
      prefix: '{ "http://tools.ietf.org/html/rfc7233": false, ',
      suffix: 'io/spec/web-authoring": false }',
      start: 47,
    };
    expect(find(text, q)).toMatchObject({ start: passage.indexOf('"htxp'), changed: true });
  });

  it('searches where the batch expects an edited passage though a look-alike has its context', () => {
    // A sentence repeated with nearly the same words around it; the passage itself, its prefix's
    // last word and its suffix were edited, so few seeds point to it.
    const lookAlike =
      'The engine named SpiderMonkey is included in Firefox, Thunderbird, SeaMonkey, and many ' +
      'non-Mozilla applications.[62] Rhino[edit] Main article: Rhino engine. ';
    const between = 'Other projects grew from the same code, each with its own release schedule. ';
    const passage =
      'The layout engine Gecko is also used by Thunderbird, SeaMonkey, axd many nox-Mozilla ' +
      'study. Main article: Rust (programming language) Rust is a compiled language.';
    const text = lookAlike + between.repeat(3) + passage;
    const q = {
      exact: 'many non-Mozilla',
      prefix: 'e layout engine Gecko is also used by Thunderbird, SeaMonkey, and ',
      suffix: ' applications. Rust[edit] Main article: Rust (programming langua',
      start: text.indexOf('many nox'),
    };
    expect(find(text, q)).toEqual({ start: q.start, end: text.indexOf(' study.'), changed: true });
  });

  it('does not take two characters for a changed passage where the words around it went too', () => {
    // "8." was deleted, and so were "as of" before it and "used" after it.
    const text =
      'This vulnerability exists on almost all previous and current versions 1.3, the packets ' +
      'as attack vectors are the block placement packet and the creative inventory action.';
    const q = {
      exact: '8.',
      prefix: 'This vulnerability exists on almost all previous and current versions as of 1.',
      suffix:
        '3, the packets used as attack vectors are the block placement packet and the creative',
    };
    expect(find(text, q)).toBeNull();
  });

  it('is not fooled by a seam elsewhere that agrees with little of the context', () => {
    const q = {
      exact: 'io:4439 Origin: https://3pp.',
      prefix: ' would look something like this: POST /oauth HTTP/1.1 Host: 3pp.',
      suffix: 'io:4439 Content-Type: application/x-www-form-urlencoded Referer:',
    };
    // The passage edited, a word inserted after it; a later request has its neighbours meet.
    const text =
      'The request would look something like this: POST /oauth HTTx/1.1 Host: 3pp.io:4439 ' +
      'Orixin: https://3pp.group io:4439 Content-Type: application/x-www-form-urlencoded ' +
      'Referer: https://drinks.example/ Then, like this: PUT /storage/test HTTP/1.1 Host: ' +
      '3pp.io:4439 Content-Length: 91 Origin: https://drinks.example';
    const at = text.indexOf('io:4439 Orixin');
    expect(find(text, { ...q, start: at })).toMatchObject({ start: at, changed: true });
  });

  it('is not fooled by a seam elsewhere when the edited passage keeps more of its context', () => {
    const q = {
      exact: 'checks each boat before it sails.',
      prefix: 'Ferries leave the northern pier every hour. The harbour master ',
      suffix: ' Tickets are sold on board, and bicycles travel free of charge.',
    };
    // A summary above the article skips the passage: its neighbours meet there, with half of
    // their text. The passage itself, edited, still has all of it.
    const text =
      'In brief: every hour. The harbour master Tickets are sold on board, and more. ' +
      `${q.prefix}chocks each boat before it sails.${q.suffix}`;
    expect(find(text, q)).toMatchObject({ start: text.indexOf('chocks'), changed: true });
  });

  it('is not fooled by a seam in repeated text: the passage is still there', () => {
    const text = 'list: [ ] ... ] ... ] ... ] ... ] ... ] ... } The root changed entirely';
    const q = {
      exact: '] ...',
      prefix: 'list: [ ] ... ] ... ',
      suffix: ' ] ... ] ... ] ... } The root of the object',
    };
    expect(find(text, q)).toMatchObject({ start: 20, changed: false });
  });

  it('orphans one of a run of identical units that was deleted, keeps one beside new text', () => {
    const listing = (units: number, after: string) =>
      `Example: list: [ list: [ ] list: [ ]${' ] ...'.repeat(units)} }${after}`;
    const original = listing(6, ' The root of the object, rekt, contains 300 lists.');
    const at = original.indexOf('] ...', original.indexOf('list: [ ] ...') + 20);
    const q = {
      exact: '] ...',
      prefix: original.slice(Math.max(0, at - 64), at),
      suffix: original.slice(at + 5, at + 69),
    };
    expect(find(listing(5, ' The root of the object, rekt, contains 300 lists.'), q)).toBeNull();
    const withAd = listing(6, ' Advertisement: Harbour tours every hour from the pier.');
    expect(find(withAd, q)).toMatchObject({ start: at, changed: false });
  });

  it('re-attaches a number with one digit changed: digits are not dot leaders', () => {
    const prefix = 'Cục Thông tin đối ngoại - Điện thoại: 024.3767.';
    const suffix = ') để phối hợp, hướng dẫn các cơ quan, đơn vị.';
    const text = `Liên hệ ${prefix}6686${suffix}`;
    const q = { exact: '6666', prefix, suffix };
    expect(find(text, q)).toMatchObject({ start: text.indexOf('6686'), changed: true });
  });

  it('orphans a passage rewritten beyond a small edit', () => {
    const text = 'The harbour master retired in spring after a long career at sea.';
    const q = {
      exact: 'a different sentence entirely',
      prefix: 'retired in spring after ',
      suffix: ' at sea.',
    };
    expect(find(text, q)).toBeNull();
  });
});

group('context moved away by an ad or a paragraph', () => {
  it('counts the context found past an ad inserted beside an edited passage', () => {
    const q = {
      exact: 'a mere 39 kilobytes.',
      prefix: 'ess large packets, lucky us! zlib shrinks down our evil data to ',
      suffix: ' Note: in previous versions of Minecraft, there was no protocol ',
    };
    const text =
      'We send less large packets, lucky us! health zlib shrinks down our evxl data to a mere ' +
      'data kilobytes. Advertisement And team price price bridge price. Note: in previous ' +
      'versions of Minecraft, there was no protocol compression at all.';
    const at = text.indexOf('a mere');
    expect(find(text, { ...q, start: at })).toMatchObject({ start: at, changed: true });
  });

  it('looks between the ends of the context when an ad pushed the passage from where expected', () => {
    const q = {
      exact: 'AgileBits hat Version 5.',
      prefix: ' neue Zusatzfelder in der Datenbank und weitere Verbesserungen. ',
      suffix: '3 seines bekannten Passwortmanagers 1Password für OS X freigegeb',
    };
    const text =
      `Mac & i > News: ${q.exact} Das Update liefert auch noch weitere Kleinigkeiten. ` +
      `Es gibt${q.prefix}Advertisement Plan year người new market game. Tế health of ` +
      'council dân people con energy report. AgileBits new Version 5.' +
      `${q.suffix}en. Mehr dazu im Test.`;
    const at = text.indexOf('AgileBits new');
    // The batch expects it right after its prefix, where the ad now is.
    const expected = text.indexOf('Advertisement');
    expect(find(text, { ...q, start: expected })).toMatchObject({ start: at, changed: true });
  });

  it('counts the rest of a context that resumes past an ad inserted inside it', () => {
    const q = {
      exact: '1Password scannt auch QR-Codes.',
      prefix: ' 08.04.2015 12:46 1Password für Mac generiert Einmal-Passwörter ',
      suffix: ' (Bild: Hersteller) Das in der iOS-Version bereits enthaltene TO',
    };
    // The paragraph before it replaced; an ad after the caption that follows it.
    const text =
      'Group plan plan year price thông court. 1Password rain auch QR-Codes. (Bild: Hersteller) ' +
      'Advertisement Phủ truyền court study court đề. Das in der iOS-Version bereits game ' +
      'TOTP-Feature ist nun auch für OS X verfügbar.';
    const at = text.indexOf('1Password rain');
    expect(find(text, { ...q, start: at })).toMatchObject({ start: at, changed: true });
  });

  it('leaves an ad right after the passage outside it, where the suffix resumes past it', () => {
    const q = {
      exact: 'Martín Schapiro es abogado administrativista y analista internacional',
      prefix: 'lamud es politólogo e investigador en la Universidad de Lisboa. ',
      suffix: ' Más sobre Conflicto mapuche Enviá tu comentario Los comentarios',
    };
    const text =
      'Es politólogo e school investigador en market la Universidad de Lisboa. Martín Schapiro ' +
      'es abogado administxativista y analista internacional Advertisement Thành nay team năm ' +
      'quyền local. Más sobre Conflicto mapuche Enviá tu comentario Los comentarios son.';
    const at = text.indexOf('Martín');
    const end = text.indexOf(' Advertisement');
    expect(find(text, { ...q, start: at })).toEqual({ start: at, end, changed: true });
  });

  it('counts the context past ads inserted right before and right after an intact passage', () => {
    const q = {
      exact: 'The ferry to the islands now leaves from the new terminal.',
      prefix: 'two years of works, the old quay reopened to the fishing boats. ',
      suffix: ' Tickets can be bought on board or online until the day before. ',
    };
    // Nothing agrees at either edge: each side resumes past its ad.
    const text =
      'Harbour news. After two years of works, the old quay reopened to the fishing boats. ' +
      `Advertisement Team price river năm council week. ${q.exact} Advertisement Market ` +
      `school data quyền local. ${q.suffix.trim()} Timetables change in winter.`;
    const at = text.indexOf('The ferry');
    expect(find(text, q)).toEqual({ start: at, end: at + q.exact.length, changed: false });
  });

  it('does not take a copy before the edited passage for the context past the passage', () => {
    const q = {
      exact: 'Designed to be redesigned',
      prefix: ' do. No other browser gives you so much choice and flexibility. ',
      suffix: ' Get fast and easy access to the features you use most in the ne',
    };
    // A pull-quote after a line that ends like the prefix; then the passage, edited, with a
    // little of its prefix and an ad after it.
    const text =
      `Firefox: Much choice and flexibility. ${q.exact} Health school thông kết city game. ` +
      'Firefox has flexibility. Designed says be redesigned Advertisement Price năm. Get quả ' +
      'and easy access to the features you use most in the new.';
    expect(find(text, q)).toMatchObject({ start: text.indexOf('Designed says'), changed: true });
  });

  it('does not take a copy that touches none of the context for the context past it', () => {
    const q = {
      exact: 'Retrieved 2012-08-18.',
      prefix: '02. ^ "Better Browsing on Your Android Smartphone". AllThingsD. ',
      suffix: ' ^ "Mozilla Releases Test Version of Firefox OS". PC Magazine. R',
    };
    // The passage edited, a paragraph after it, a copy of it, another paragraph, its suffix.
    const text =
      'Retrieved 2013-01-02. ^ "Better án on Your Android Smartphone". AlxThingsD. Rexrieved ' +
      '2012-08-18. Án of new người game án thành kinh school phủ the plan. Retrieved ' +
      '2012-08-18. Truyền nay water game án quyền river policy bridge tế study. ^ "Mozilla ' +
      'Releases Test Version of Firefox OS". PC Magazine. Retrieved 2012-09-01.';
    const found = find(text, { ...q, start: text.indexOf('Rexrieved') });
    expect(found?.start).not.toBe(text.indexOf('Retrieved 2012-08-18.'));
  });

  it('trusts neither a copy after the prefix nor the edited passage before the suffix', () => {
    const q = {
      exact: 'dispositif introduit une forme',
      prefix: 'ques de la CNIL contre le projet de loi sur le renseignement Le ',
      suffix: ' de « pêche au chalut » – un brassage très large des données des',
    };
    // A pull-quote right after the heading that ends like the prefix; a paragraph inserted
    // before the passage, which lost a word. Each keeps one side of the context.
    const text =
      `Les critiques de la CNIL contre le projet de loi sur le renseignement Le ${q.exact} ` +
      'Week năm năm group nay river plan energy market đề data the. Le dispositif year une ' +
      `forme${q.suffix} internautes.`;
    expect(find(text, { ...q, start: 150 })).toBeNull();
  });

  it('does not count context past text that holds the other side of the context', () => {
    // A deleted comment: the comment before it reads the same, and past its last sentence
    // comes the suffix. That sentence is the prefix's: the passage was after it, not here.
    const q = {
      exact: 'Binh wrote: I agree with the article.',
      prefix: ' án school energy truyền người năm. Reply · Like · 27 hours ago ',
      suffix: ' Án quyền kinh the city chính minister council. Reply · Like · 2',
    };
    const text =
      'Reply · Like · 26 hours ago Emil wrote: I agree with the article. Tế team án school ' +
      'energy truyền người năm. Án quyền kinh the city chính minister council. Reply · Like · 28 ' +
      'hours ago';
    expect(find(text, q)).toBeNull();
  });
});

group('short passages edited beside their neighbours', () => {
  it('re-attaches a short passage with a word replaced where one side keeps all its context', () => {
    const q = {
      exact: 'Page editor: Jonathan Corbet',
      prefix: 'on the battle for developer participation. Comments (74 posted) ',
      suffix: " Inside this week's LWN.net Weekly Edition Security: Toward secu",
    };
    // The paragraph before it was removed; "editor" became "nay".
    const text =
      'Vulnerabilities in drupal, mozilla, openssl, python-django ... Page nay: Jonathan ' +
      "Corbet Inside this week's LWN.net Weekly Edition Security: Toward secure boot.";
    expect(find(text, q)).toMatchObject({ start: text.indexOf('Page nay'), changed: true });
  });

  it('re-attaches a three-word passage with a word replaced and a word beside it edited', () => {
    const q = {
      exact: 'people used the',
      prefix: 'a server. We didn’t know how the web worked. We didn’t know how ',
      suffix: ' web to read news. We didn’t know what news should be on the web',
    };
    const text =
      'We put it on a server. We didn’t know how the web worxed. We didn’t know how people ' +
      'market the web plan read news. We didn’t know what news should be on the web at all.';
    expect(find(text, q)).toMatchObject({ start: text.indexOf('people'), changed: true });
  });
});
