/**
 * Text as search compares it: NFC and NFD alike, case-insensitive, and without diacritics, so
 * "quyen con nguoi" finds "quyền con người". Đ/đ is a letter of its own, not a mark: mapped by hand.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
