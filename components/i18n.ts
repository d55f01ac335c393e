// Every user-visible string goes through the browser's i18n (public/_locales); the UI follows
// the browser's language. Keys are checked against the English catalogue at compile time.
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language, for formatting dates and numbers the way the strings are written. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
