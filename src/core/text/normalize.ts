/**
 * Unicode normalisation and diacritic folding for matching Vietnamese text.
 * No `u`-flag regular expressions: this file is compiled to ES5 for the task pane.
 */

/** NFC, trimmed, inner whitespace (including non-breaking spaces) collapsed to one space. */
export function cleanText(s: string): string {
  return toNfc(s).replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

export function toNfc(s: string): string {
  return typeof s.normalize === 'function' ? s.normalize('NFC') : s;
}

/** True when the text holds decomposed (combining) marks that NFC would compose. */
export function isDecomposed(s: string): boolean {
  return typeof s.normalize === 'function' && s !== s.normalize('NFC');
}

/**
 * Fold for matching: lower case, no tone or vowel marks, đ -> d, punctuation to spaces, spaces collapsed.
 * "Ngày, tháng, năm sinh" -> "ngay thang nam sinh"; "Thuỷ" and "Thủy" both -> "thuy".
 */
export function fold(s: string): string {
  let t = s;
  if (typeof t.normalize === 'function') t = t.normalize('NFD');
  t = t.replace(/[\u0300-\u036f]/g, '');
  t = t.toLowerCase().replace(/\u0111/g, 'd').replace(/\u0110/g, 'd');
  t = t.replace(/[^a-z0-9]+/g, ' ');
  return t.trim();
}

/** Fold and drop all spaces: "Th.S" -> "ths", "Cao cấp" -> "caocap". */
export function foldTight(s: string): string {
  return fold(s).replace(/ /g, '');
}
