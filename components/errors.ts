import { t } from './i18n';

/** The text of whatever was thrown. */
export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** What the reader is told when the database or an export fails: nothing was lost. */
export function errorMessage(error: unknown): string {
  return t('storageError', errorText(error));
}
