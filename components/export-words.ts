// The UI's words written into exported files, the same from the sidebar and the library.
import type { ExportWords } from '@/lib/export/files';
import { t } from './i18n';

export const exportWords = (): ExportWords => ({
  source: t('sync_markdown_source'),
  tags: t('sync_markdown_tags'),
  collection: t('extName'),
});
