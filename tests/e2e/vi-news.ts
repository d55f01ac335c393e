// The Vietnamese news article the project started from (../shared/pages/vi-news), and the
// sentences of it that the end-to-end tests select.
import { join } from 'node:path';
import { sharedPages } from '../pages';
import { readPage } from './server';

/** The article as first published (v1), or revisited: NFD, re-flowed, clutter changed (v2). */
export const viNews = (version: 'v1' | 'v2'): string =>
  readPage(join(sharedPages(), `vi-news/${version}.html`));

/** A sentence of the article's body, in NFC as the page has it. */
export const TUYEN_GIAO =
  'Ban Tuyên giáo Trung ương chủ trì tập huấn, bồi dưỡng kỹ năng truyền thông cho báo cáo viên, tuyên truyền viên các cấp.';

/** Another, that shares words with the first ("tập huấn, bồi dưỡng kỹ năng truyền thông"). */
export const TU_PHAP =
  'Bộ Tư pháp tổ chức tập huấn, bồi dưỡng kỹ năng truyền thông cho báo cáo viên, tuyên truyền viên pháp luật.';
