/**
 * Text that a spreadsheet would not keep as typed. Fixes never write text starting with = + - @ (it would
 * be read as a formula: formula injection) unless the cell's text already started that way. And a host
 * that writes values the way a user types them (Office.js `range.values`) must mark some text as text,
 * with a leading apostrophe, or Excel turns "05/03/1985" into a date, "1985" into a number and "=A1"
 * into a formula, and may give the cell a new number format. exceljs writes strings as strings and needs
 * no mark.
 */

/** Starts with a character that makes Excel read a typed value as a formula. */
export function startsLikeFormula(s: string): boolean {
  const c = s.charAt(0);
  return c === '=' || c === '+' || c === '-' || c === '@';
}

const NUMBER_LIKE = /^\s*[-+]?(\d[\d.,\s]*|[.,]\d+)(e[-+]?\d+)?\s*%?\s*$/i;
const DATE_LIKE = /^\s*\d{1,4}\s*[\/.\-]\s*\d{1,4}(\s*[\/.\-]\s*\d{1,4})?\s*$/;
const MONTH_NAME_DATE = /^\s*\d{1,2}[\s\-\/]*[a-z]{3,}[\s\-\/]*\d{0,4}\s*$/i;
const TIME_LIKE = /^\s*\d{1,2}\s*:\s*\d{1,2}(\s*:\s*\d{1,2})?\s*(am|pm|sa|ch)?\s*$/i;
const ERROR_LIKE = /^#(null!|div\/0!|value!|ref!|name\?|num!|n\/a|getting_data|spill!|calc!)$/i;

/**
 * Whether a host that writes values as if typed must mark this text as text (Office.js: a leading
 * apostrophe). True for text read as a formula, a number, a percentage, a date, a time, TRUE/FALSE or an
 * error value, and for text that itself starts with an apostrophe (Excel would drop it).
 */
export function mustMarkAsText(s: string): boolean {
  if (s === '') return false;
  if (startsLikeFormula(s) || s.charAt(0) === "'") return true;
  if (NUMBER_LIKE.test(s) || DATE_LIKE.test(s) || MONTH_NAME_DATE.test(s) || TIME_LIKE.test(s)) return true;
  const t = s.replace(/^\s+|\s+$/g, '').toLowerCase();
  if (t === 'true' || t === 'false') return true;
  return ERROR_LIKE.test(t);
}
