import type { Page } from '@/lib/model';
import { uiLanguage } from './i18n';

function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(uiLanguage(), { year: 'numeric', month: 'long', day: 'numeric' });
}

/** The page's title, site and date, as recorded when it was first highlighted. */
export function PageHeader({ page, url }: { page: Page | undefined; url: string }) {
  const date = formatDate(page?.publishedTime);
  return (
    <header class="page">
      <h1>{page?.title || url}</h1>
      <p class="meta">
        {[page?.siteName || new URL(url).hostname, page?.byline, date].filter(Boolean).join(' · ')}
      </p>
    </header>
  );
}
