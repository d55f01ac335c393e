// Unit tests run in happy-dom with WXT's fake browser; IndexedDB comes from fake-indexeddb and
// i18n answers from the English catalogue, as the browser would.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import en from '../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string }>;

fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) => {
  const entry = (en as Catalogue)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message.replace(/\$[A-Z_]+\$/g, () => subs.shift() ?? '');
};
fakeBrowser.i18n.getUILanguage = () => 'en';
