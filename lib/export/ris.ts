// RIS (the Research Information Systems tagged format) from CSL items: one field a line,
// never wrapped (long URLs stay whole), CRLF line ends, each record closed by `ER  - `.
import type { CslDate, CslItem, CslType } from './csl-item';

const RIS_TYPES: Record<CslType, string> = {
  webpage: 'ELEC',
  'article-newspaper': 'NEWS',
  'article-journal': 'JOUR',
  'post-weblog': 'BLOG',
  report: 'RPRT',
  article: 'GEN',
};

const pad = (n: number) => String(n).padStart(2, '0');
/** RIS dates are YYYY/MM/DD/ with empty parts left empty. */
const risDate = (date: CslDate) => {
  const [year, month, day] = date['date-parts'][0];
  return `${year}/${month ? pad(month) : ''}/${day ? pad(day) : ''}/`;
};

export function toRIS(items: readonly CslItem[]): string {
  return items
    .map((item) => {
      const [firstPage, lastPage] = (item.page ?? '').split(/\s*[-–—]+\s*/);
      const fields: [string, string | undefined][] = [
        ['TY', RIS_TYPES[item.type]],
        ['TI', item.title],
        // Persons as "Family, Given"; an organisation is one AU without a comma, kept whole.
        ...(item.author ?? []).map((name): [string, string] => [
          'AU',
          'literal' in name ? name.literal : [name.family, name.given].filter(Boolean).join(', '),
        ]),
        ['PY', item.issued && String(item.issued['date-parts'][0][0])],
        ['DA', item.issued && risDate(item.issued)],
        [item.type === 'article-journal' ? 'JO' : 'T2', item['container-title']],
        ['VL', item.volume],
        ['IS', item.issue],
        ['SP', firstPage || undefined],
        ['EP', lastPage],
        ['PB', item.publisher],
        ['SN', item.ISSN],
        ['DO', item.DOI],
        ['UR', item.URL],
        ['Y2', item.accessed && risDate(item.accessed)],
        ['LA', item.language],
      ];
      const lines = fields
        .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
        .map(([tag, value]) => `${tag}  - ${value.normalize('NFC').replace(/\s+/g, ' ')}`);
      return [...lines, 'ER  - '].join('\r\n') + '\r\n';
    })
    .join('\r\n');
}
