// Text helpers shared by search, file names and citation keys.

/**
 * Letters without diacritics, so that "Tiêu đề" becomes "Tieu de" whether it is written in NFC
 * or NFD: marks are removed after NFD, and đ/Đ, letters of their own rather than d with a
 * mark, are mapped to d/D.
 */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
