// Author names as pages write them, turned into CSL names. Organisations stay whole
// ({literal}); people are split into family and given names in the order of their language:
// Vietnamese, Chinese, Japanese and Korean names put the family name first.
import { LIMITS, type Name } from '../model';
import { cleanText } from './text';

const FAMILY_FIRST_LANGS = /^(?:vi|zh|ja|ko)(?:-|$)/i;
const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
const HANGUL = /[\uac00-\ud7af]/u;
const KANA = /[\u3040-\u30ff]/u;
/** Letters only Vietnamese writes: such a name is family first whatever the page's language. */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/u;
/** Two-character Chinese and Korean family names; every other one is a single character. */
const COMPOUND_FAMILIES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 歐陽 諸葛 東方 長孫 남궁 선우 제갈 황보 독고 사공'.split(
    ' ',
  ),
);
/** Lower-case particles that belong to a Western family name ("Michiel de Jong"). */
const PARTICLES = new Set(
  'de da di do du del della dei der den des van von ter ten la le lo dos das af av zu bin ibn al el'.split(
    ' ',
  ),
);
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** Words that mark an organisation, as whole words, in the languages Gloss meets most. */
const ORGANISATION_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    'báo',
    'tạp chí',
    'thông tấn',
    'đài',
    'ban',
    'bộ',
    'sở',
    'viện',
    'trung tâm',
    'hội',
    'công ty',
    'tòa soạn',
    'news',
    'press',
    'agency',
    'staff',
    'editors?',
    'editorial',
    'team',
    'desk',
    'reuters',
    'times',
    'post',
    'journal',
    'magazine',
    'media',
    'group',
    'inc',
    'ltd',
    'llc',
    'gmbh',
    'university',
    'institute',
    'association',
    'society',
    'foundation',
    'corporation',
    'committee',
    'council',
    'department',
    'ministry',
    'organi[sz]ation',
    'redaktion',
    'rédaction',
    'agence',
    'wikipedia',
    'contributors',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** Names an organisation by its words or signs ("/", "&", digits), or as a known site. */
function corporate(name: string, knownOrganisations: readonly string[]): boolean {
  const folded = name.toLocaleLowerCase();
  if (knownOrganisations.some((org) => org.toLocaleLowerCase() === folded)) return true;
  return /[/&@\d]/.test(name) || ORGANISATION_WORDS.test(name);
}

/** Whether a name string names an organisation rather than a person. */
export function isOrganisation(name: string, knownOrganisations: readonly string[] = []): boolean {
  if (corporate(name, knownOrganisations)) return true;
  const words = name.split(' ');
  // A single Latin word is a brand or an acronym ("AFP", "Medium"); a person has two names.
  if (words.length === 1) return !HAN_OR_KANA.test(name) && !HANGUL.test(name);
  return words.length > 5;
}

/** Whether a person's name is written family name first, by its language or its letters. */
function familyFirst(name: string, lang?: string): boolean {
  return (
    FAMILY_FIRST_LANGS.test(lang ?? '') ||
    [HAN_OR_KANA, HANGUL, VIETNAMESE].some((s) => s.test(name))
  );
}

/** One name as people read it: "Jane Q. Doe", "Nguyễn Văn An", "Báo Tin tức/TTXVN". */
export function displayName(name: Name, lang?: string): string {
  if ('literal' in name) return name.literal;
  if (!name.given) return name.family;
  return familyFirst(name.family, lang)
    ? `${name.family} ${name.given}`
    : `${name.given} ${name.family}`;
}

function titleCase(word: string, lang?: string): string {
  return word.replace(
    /\p{L}+/gu,
    (part) => part.charAt(0).toLocaleUpperCase(lang) + part.slice(1).toLocaleLowerCase(lang),
  );
}

function splitUnspaced(name: string): Name {
  // Japanese family names run from one to three kanji: without a space they cannot be told apart.
  if (KANA.test(name)) return { literal: name };
  const chars = [...name];
  if (chars.length < 2) return { literal: name };
  const familyLength =
    COMPOUND_FAMILIES.has(chars.slice(0, 2).join('')) && chars.length > 2 ? 2 : 1;
  return {
    family: chars.slice(0, familyLength).join(''),
    given: chars.slice(familyLength).join(''),
  };
}

function person(family: string, given: string): Name {
  return given ? { family, given } : { family };
}

/**
 * One person's name: "Doe, Jane", "Jane Q. Doe", "Nguyễn Văn An" (family first when the page's
 * language or the name's script says so), "肖春芳". Organisations come back as {literal}.
 */
export function parseName(
  raw: string,
  lang?: string,
  knownOrganisations: readonly string[] = [],
): Name | undefined {
  const name = cleanText(raw, LIMITS.text);
  if (!name || /^(?:https?:|www\.)/i.test(name) || /^@\w+$/.test(name)) return undefined;
  const comma = name.split(/\s*,\s*/);
  if (
    comma.length === 2 &&
    comma[0] &&
    comma[1] &&
    comma[0].split(' ').length <= 3 &&
    !isOrganisation(name.replace(',', ''), knownOrganisations)
  ) {
    return person(comma[0], comma[1]);
  }
  if (isOrganisation(name, knownOrganisations)) return { literal: name };
  const cased =
    name === name.toLocaleUpperCase(lang) && /\p{Lu}{2}/u.test(name) ? titleCase(name, lang) : name;
  const words = cased.split(' ');
  if (words.length === 1) return splitUnspaced(cased);
  if (
    FAMILY_FIRST_LANGS.test(lang ?? '') ||
    [HAN_OR_KANA, HANGUL, VIETNAMESE].some((s) => s.test(cased))
  ) {
    return person(words[0]!, words.slice(1).join(' '));
  }
  let familyStart = words.length - 1;
  if (SUFFIX.test(words[familyStart]!) && familyStart > 1) familyStart -= 1;
  while (familyStart > 1 && PARTICLES.has(words[familyStart - 1]!)) familyStart -= 1;
  return person(words.slice(familyStart).join(' '), words.slice(0, familyStart).join(' '));
}

const BYLINE_PREFIX =
  /^(?:by|von|par|por|di|door|av|bởi|theo|tác giả|written by|words by)\s*:?\s+/i;
const CONJUNCTION = /\s*(?:;|\s(?:and|und|et|y|e|en|och|og|và|cùng)\s)\s*/i;

/**
 * The authors in a byline as Readability finds it: "By Nathan Willis\n March 25, 2015",
 * "Martin Untersinger (avec Damien Leloup et Morgane Tual)", "Jane Doe and John Roe".
 */
export function parseByline(
  byline: string,
  lang?: string,
  knownOrganisations: readonly string[] = [],
): Name[] {
  // The first line only: bylines often go on with a date or a job title.
  const firstLine =
    byline
      .slice(0, 1_000)
      .trim()
      .split(/\s*[\n|·•]\s*/)[0] ?? '';
  const text = cleanText(
    firstLine
      // "(avec Damien Leloup et Morgane Tual)" names co-authors; any other aside is not a name.
      .replace(/\((?:with|avec|mit|con|com|với|cùng)\s+([^)]*)\)/iu, '; $1')
      .replace(/\([^)]*\)/g, ' ')
      .replace(BYLINE_PREFIX, ''),
    LIMITS.text,
  );
  if (!text) return [];
  if (corporate(text, knownOrganisations)) {
    const single = parseName(text, lang, knownOrganisations);
    return single ? [single] : [];
  }
  const parts = text.split(CONJUNCTION).flatMap((part) => {
    const commaParts = part.split(/\s*,\s*/);
    // "Jane Doe, John Roe" lists people; "Doe, Jane" is one person written family first.
    return commaParts.length > 1 && commaParts.every((p) => p.includes(' ')) ? commaParts : [part];
  });
  return parts.flatMap((part) => parseName(part, lang, knownOrganisations) ?? []).slice(0, 100);
}

/**
 * Authors as the reader edits them, one a line: "Family, Given" for a person, anything else
 * (or a line in braces, for a name with a comma) for an organisation, kept whole.
 */
export function parseAuthorLines(text: string): Name[] {
  return text
    .split('\n')
    .flatMap((line): Name[] => {
      const name = cleanText(line, LIMITS.text);
      if (!name) return [];
      const braced = /^\{(.+)\}$/.exec(name);
      if (braced) return [{ literal: braced[1]!.trim() }];
      const [family, ...given] = name.split(',');
      const rest = given.join(',').trim();
      if (given.length === 0 || !family!.trim()) return [{ literal: name }];
      return [rest ? { family: family!.trim(), given: rest } : { family: family!.trim() }];
    })
    .slice(0, 500);
}

export function formatAuthorLines(names: readonly Name[]): string {
  return names
    .map((name) => {
      if (!('literal' in name))
        return name.given ? `${name.family}, ${name.given}` : `${name.family},`;
      return name.literal.includes(',') ? `{${name.literal}}` : name.literal;
    })
    .join('\n');
}
