import { t } from '../i18n';

/** What the reader is told when the database or an export fails: nothing was lost. */
export function errorMessage(error: unknown): string {
  return t('storageError', error instanceof Error ? error.message : String(error));
}
