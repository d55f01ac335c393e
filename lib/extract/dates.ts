// Publication dates as pages write them, normalised to ISO 8601: `YYYY`, `YYYY-MM`,
// `YYYY-MM-DD`, or a full instant. An instant keeps the page's own UTC offset, because the
// date a reader cites is the local one (13:22 on 30/11/2022 in Hanoi is still the 30th).

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;
/** Day first (Vietnamese and most of the world) or month first (US), with / . or - between. */
const NUMERIC = /(?:^|[^\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const SLASHED_ISO = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\D.*)?$/;

function fromIso(match: RegExpExecArray): string | undefined {
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const year = Number(y);
  if (mo === undefined) return year >= 1000 ? y : undefined;
  if (d === undefined) return Number(mo) >= 1 && Number(mo) <= 12 ? `${y}-${mo}` : undefined;
  if (!validDay(year, Number(mo), Number(d))) return undefined;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return date;
  const offset = !zone
    ? ''
    : zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  // Without an offset the instant is ambiguous: the date alone is what can be trusted.
  if (!offset) return date;
  return `${date}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${offset}`;
}

/** Normalises a date string; `lang` decides `01/02/2022` (day first unless US English). */
export function normalizeDate(raw: string | undefined, lang?: string): string | undefined {
  if (!raw) return undefined;
  const text = raw.slice(0, 200).trim();
  const iso = ISO.exec(text);
  if (iso) return fromIso(iso);
  const slashedIso = SLASHED_ISO.exec(text);
  if (slashedIso) {
    const [, y, m, d] = slashedIso.map(Number) as [number, number, number, number];
    return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, a, b, y] = numeric.map(Number) as [number, number, number, number];
    const monthFirst = a <= 12 && (b > 12 || /^en-us$/i.test(lang ?? ''));
    const [m, d] = monthFirst ? [a, b] : [b, a];
    return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
  }
  // Written-out dates ("March 25, 2015", "Fri Mar 13 21:30:09 EST 2015"): the engine's parser,
  // read as a calendar date.
  if (!/[a-z]/i.test(text) || !/\d{4}/.test(text)) return undefined;
  // The time of day is dropped first: a zone like "EST" would otherwise shift the day.
  const time = Date.parse(
    text.replace(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s*(?:[A-Z]{2,5}\b)?/i, ' '),
  );
  if (Number.isNaN(time)) return undefined;
  const date = new Date(time);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The date part of a normalised date: what citations print. */
export function dateParts(iso: string): [number] | [number, number] | [number, number, number] {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return [y];
  if (d === undefined) return [y, m];
  return [y, m, d];
}
