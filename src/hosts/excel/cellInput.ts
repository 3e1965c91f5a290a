/**
 * A model value as it is written through Range.values / Range.formulas so that Excel stores exactly
 * it. Excel treats a written string like typed text: "=…", "+…", "-…", "@…" become formulas, "05",
 * "22/02/2018", "10:30", "1,5%", "TRUE" become numbers, dates or booleans, "#N/A" an error. Such a
 * string is written with a leading apostrophe, which Excel stores as text without the apostrophe.
 */

const ENGLISH_MONTH = /^\s*(\d{1,2}[\s\-/])?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?([\s\-/,]+\d{1,4})*\s*$/i;

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch.toLowerCase() !== ch.toUpperCase()) return true;
  }
  return false;
}

/** Whether Excel would read the string as something other than this text. */
export function needsQuote(s: string): boolean {
  if (s === '') return false;
  const first = s.charAt(0);
  if (first === '=' || first === '+' || first === '-' || first === '@' || first === "'" || first === '#') return true;
  const t = s.trim();
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return true;
  // Numbers, dates, times, fractions, percentages, "(1)": no letter at all.
  if (!hasLetter(t)) return true;
  if (/^[-+]?[\d.,]+e[-+]?\d+$/i.test(t)) return true;
  if (/^\d{1,2}(:\d{2}){0,2}\s*[ap]m?$/i.test(t)) return true;
  return ENGLISH_MONTH.test(t);
}

export type WrittenValue = string | number | boolean;

export function cellInput(v: string | number | boolean | null | undefined): WrittenValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  return needsQuote(v) ? "'" + v : v;
}

/** A model formula ("IFERROR(B5/B$4,0)") as Range.formulas wants it. */
export function formulaInput(formula: string): string {
  return '=' + formula.replace(/^=/, '');
}
