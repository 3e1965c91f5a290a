/**
 * Which findings can be fixed, and how. A fix replaces one cell's value with the finding's suggestion.
 *
 * Two kinds, because a careful office treats them differently:
 * - `form`: the same fact written another way. The engine already reads the value as the suggestion says
 *   (a TCVN3 or VNI cell as its Unicode text, decomposed Unicode as precomposed, "Thạc sỹ" or "ThS" as
 *   "Thạc sĩ", "05/03/75" as 05/03/1975, "CB Văn phòng" as "Chi bộ Văn phòng"); fixing changes no figure.
 *   Safe to apply in bulk ("tất cả").
 * - `correction`: the suggestion is a guess at a different fact (the closest category to an unknown
 *   value, the member list's chi bộ nearest to an unknown name, the official date the probation rule
 *   gives). Applied only when the user picks that rule or group by name.
 *
 * What is written (`value`):
 * - `text`: the suggestion as text.
 * - `date`: the suggestion is a date "dd/mm/yyyy". In a cell formatted as a date, or one that holds a
 *   date serial, it is written as the serial of the workbook's date system, so the cell stays a date and
 *   shows in the format the user chose. In a text or General cell (the date was typed as text) it is
 *   written as the text "dd/mm/yyyy": writing a serial there would show a bare number, and the fix must
 *   not change the cell's format.
 */
import { Finding, FindingCode } from '../findings';

export type FixKind = 'form' | 'correction';
export type FixValueType = 'text' | 'date';

export interface FixRule {
  kind: FixKind;
  value: FixValueType;
}

export const FIX_RULES: Partial<Record<FindingCode, FixRule>> = {
  'legacy-encoded-text': { kind: 'form', value: 'text' },
  'decomposed-text': { kind: 'form', value: 'text' },
  'category-variant': { kind: 'form', value: 'text' },
  'cell-name-variants': { kind: 'form', value: 'text' },
  'two-digit-year': { kind: 'form', value: 'date' },
  'unknown-category': { kind: 'correction', value: 'text' },
  'cell-not-in-member-list': { kind: 'correction', value: 'text' },
  'official-too-early': { kind: 'correction', value: 'date' },
  'official-late': { kind: 'correction', value: 'date' },
};

/** The codes that can be fixed, in the order the lists show them. */
export const FIXABLE_CODES: FindingCode[] = [
  'legacy-encoded-text',
  'decomposed-text',
  'category-variant',
  'cell-name-variants',
  'two-digit-year',
  'unknown-category',
  'cell-not-in-member-list',
  'official-too-early',
  'official-late',
];

export function fixRuleOf(code: FindingCode): FixRule | null {
  return FIX_RULES[code] || null;
}

/**
 * Fixes that only re-encode the cell's own text (TCVN3/VNI -> Unicode, decomposed -> precomposed). The
 * other findings on such a cell are about its Unicode reading, so they can be applied on top of them,
 * or instead of them (the suggestion replaces the whole cell).
 */
export function isReadingFix(code: FindingCode): boolean {
  return code === 'legacy-encoded-text' || code === 'decomposed-text';
}

/** A finding can be fixed when its rule has a fix, it names one cell, and it suggests a non-empty value. */
export function isFixable(f: Finding): boolean {
  if (!fixRuleOf(f.code)) return false;
  if (f.sheet === null || f.row === null || f.column === null) return false;
  return typeof f.suggestion === 'string' && f.suggestion.replace(/^\s+|\s+$/g, '') !== '';
}
