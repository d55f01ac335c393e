// Page URLs are normalised here and only here: a visit, an import and a search must agree on
// which page an annotation belongs to.
import { v5 as uuidv5 } from 'uuid';

/** Query parameters that track a visit rather than name a page. */
const TRACKING = [/^utm_/i, /^fbclid$/i, /^gclid$/i, /^dclid$/i, /^msclkid$/i, /^mc_(cid|eid)$/i];
TRACKING.push(/^_ga$/i, /^igshid$/i, /^yclid$/i, /^ref_src$/i, /^__twitter_impression$/i);

/**
 * The normalised form of a page URL: no fragment, no tracking parameters, the remaining
 * parameters in their order. Returns null for what is not an http(s) URL.
 */
export function normalizeUrl(input: string): string | null {
  let url: URL;
  try {
    // Raw Vietnamese letters may come composed or decomposed; the page is the same.
    url = new URL(input.normalize('NFC'));
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.some((pattern) => pattern.test(key))) url.searchParams.delete(key);
  }
  // URLSearchParams re-encodes on write; leave an untouched query as the page wrote it.
  if (url.search === '?') url.search = '';
  return url.href;
}

/** A fixed namespace so that every browser derives the same page id from the same URL. */
const PAGE_NAMESPACE = '0c5e4e7a-6c2b-4f7e-9d0c-6a1f3b2e8d41';

/** The id of the page at a normalised URL: the same everywhere, so sync files merge by page. */
export function pageIdOf(normalizedUrl: string): string {
  return uuidv5(normalizedUrl, PAGE_NAMESPACE);
}
