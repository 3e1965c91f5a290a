/**
 * Whether an Excel number format shows a date or a time ("dd/mm/yyyy", "d-mmm-yy", "hh:mm", "[h]:mm").
 * Quoted text, escaped characters and [colour]/[$-locale] sections are ignored first.
 */
export function isDateFormat(numFmt: string | undefined | null): boolean {
  if (!numFmt) return false;
  const f = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '');
  if (/general/i.test(f)) return false;
  return /[dmyhs]/i.test(f);
}
