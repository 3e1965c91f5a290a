/**
 * The Vietnamese words of fixes: how a value is quoted, how a group of fixes and a batch in the undo log
 * are named ("Sửa 37 ô: “Thạc sỹ” → “Thạc sĩ”", "Chuyển 412 ô chữ mã TCVN3 sang Unicode").
 */
import { CellValue } from '../grid';
import { Finding, FindingCode, titleOf } from '../findings';
import { formatDate, fromSerial } from '../dates';
import { LEGACY_ENCODING_LABEL, LegacyEncoding } from '../text/legacyText';
import { toNfc } from '../text/normalize';
import { fixRuleOf } from './fixRules';

/** How a value reads in a message; a date serial reads as a date where the value is known to be one. */
export function valueText(v: CellValue, asDate?: boolean, date1904?: boolean): string {
  if (v === null || v === '') return '(trống)';
  if (typeof v === 'number') {
    if (asDate && v >= 1) return formatDate(fromSerial(v, date1904));
    return String(v).replace('.', ',');
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** “value” */
export function quoted(v: CellValue, asDate?: boolean, date1904?: boolean): string {
  return '\u201c' + valueText(v, asDate, date1904) + '\u201d';
}

function encodingOfGroup(groupKey: string): string {
  const e = groupKey.slice(groupKey.lastIndexOf('|') + 1) as LegacyEncoding;
  return LEGACY_ENCODING_LABEL[e] || 'cũ';
}

/** The one value and the one suggestion every finding shares, compared as NFC text; null when they differ. */
function sharedPair(findings: Finding[]): { from: CellValue; to: string } | null {
  if (findings.length === 0) return null;
  const key = function (v: CellValue): string {
    return typeof v === 'string' ? 's' + toNfc(v) : typeof v + String(v);
  };
  const from = key(findings[0].value);
  const to = findings[0].suggestion || '';
  for (let i = 1; i < findings.length; i++) {
    if (key(findings[i].value) !== from || (findings[i].suggestion || '') !== to) return null;
  }
  return { from: findings[0].value, to: to };
}

/**
 * The name of a set of fixes of one code: `cells` is how many cells they change.
 * - TCVN3/VNI: "Chuyển 412 ô chữ mã TCVN3 sang Unicode"
 * - decomposed: "Chuyển 3 ô sang Unicode dựng sẵn"
 * - two-digit years: "Ghi đủ bốn chữ số của năm ở 12 ô" (or the one pair when there is one)
 * - one value and one suggestion: "Sửa 37 ô: “Thạc sỹ” → “Thạc sĩ”"
 * - otherwise: "Sửa 5 ô: Tên chi bộ viết nhiều kiểu"
 */
export function fixesLabel(code: FindingCode, groupKey: string, findings: Finding[], cells: number, date1904?: boolean): string {
  if (code === 'legacy-encoded-text') return 'Chuyển ' + cells + ' ô chữ mã ' + encodingOfGroup(groupKey) + ' sang Unicode';
  if (code === 'decomposed-text') {
    const p = sharedPair(findings);
    return 'Chuyển ' + cells + ' ô' + (p ? ' ' + quoted(p.to) : '') + ' sang Unicode dựng sẵn';
  }
  const pair = sharedPair(findings);
  const rule = fixRuleOf(code);
  if (pair) return 'Sửa ' + cells + ' ô: ' + quoted(pair.from, !!rule && rule.value === 'date', date1904) + ' \u2192 ' + quoted(pair.to);
  if (code === 'two-digit-year') return 'Ghi đủ bốn chữ số của năm ở ' + cells + ' ô';
  return 'Sửa ' + cells + ' ô: ' + titleOf(code);
}

/** The name of a batch made of several groups: "Sửa 449 ô theo 3 nhóm đề xuất". */
export function severalGroupsLabel(cells: number, groups: number): string {
  return 'Sửa ' + cells + ' ô theo ' + groups + ' nhóm đề xuất';
}
