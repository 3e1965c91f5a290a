/**
 * Text written into a generated sheet as a value. A string starting with "=", "+", "-" or "@" would be
 * read as a formula by Excel (formula injection, and "- Thuận lợi" would become #NAME?), so such a
 * string is rewritten: a leading hyphen becomes the typographic hyphen U+2010, which prints the same
 * in Times New Roman; "=", "+" and "@" get a leading space.
 */

const HYPHEN = '\u2010';

export function isFormulaLike(s: string): boolean {
  return /^[=+\-@]/.test(s);
}

export function safeText(s: string): string {
  if (!isFormulaLike(s)) return s;
  if (s.charAt(0) === '-') return HYPHEN + s.slice(1);
  return ' ' + s;
}
