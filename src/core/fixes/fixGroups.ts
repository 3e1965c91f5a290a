/**
 * The fixes a list of findings offers, gathered the way the user chooses them: one group per group key
 * (every row with the same value and the same suggestion, or every cell of one legacy encoding), and one
 * group per finding that has no group key. Form fixes come first, then corrections; within each, the
 * rules in FIXABLE_CODES order, then the biggest groups.
 */
import { Finding, FindingCode, titleOf } from '../findings';
import { cellKey } from './cellEdit';
import { columnNumber } from '../grid';
import { FIXABLE_CODES, FixKind, fixRuleOf, isFixable } from './fixRules';
import { fixesLabel } from './fixLabel';

export interface FixGroup {
  /** The key to choose the group by: the findings' group key, or one made for a single finding. */
  key: string;
  code: FindingCode;
  kind: FixKind;
  /** The rule's title ("Cách viết khác của danh mục"). */
  title: string;
  /** What applying the whole group does ("Sửa 37 ô: “Thạc sỹ” → “Thạc sĩ”"), counted as the findings read. */
  label: string;
  findings: Finding[];
  /** Distinct cells the findings point at. */
  cells: number;
}

/** A stable id for one finding's fix: its rule and cell. */
export function fixId(f: Finding): string {
  return f.code + '@' + f.sheet + '!' + f.column + f.row;
}

/** The key of the group a fixable finding belongs to. */
export function fixGroupKey(f: Finding): string {
  return f.groupKey ? f.groupKey : fixId(f);
}

export function fixGroups(findings: Finding[], date1904?: boolean): FixGroup[] {
  const byKey: { [key: string]: FixGroup } = {};
  const cellsOf: { [key: string]: { [cell: string]: true } } = {};
  const order: string[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!isFixable(f)) continue;
    const key = fixGroupKey(f);
    let g = byKey['=' + key];
    if (!g) {
      const rule = fixRuleOf(f.code)!;
      g = { key: key, code: f.code, kind: rule.kind, title: titleOf(f.code), label: '', findings: [], cells: 0 };
      byKey['=' + key] = g;
      cellsOf['=' + key] = {};
      order.push(key);
    }
    g.findings.push(f);
    const ck = cellKey(f.sheet as string, f.row as number, columnNumber(f.column as string));
    if (!cellsOf['=' + key][ck]) {
      cellsOf['=' + key][ck] = true;
      g.cells++;
    }
  }
  const groups = order.map(function (k) {
    const g = byKey['=' + k];
    g.label = fixesLabel(g.code, g.key, g.findings, g.cells, date1904);
    return g;
  });
  const firstSeen: { [key: string]: number } = {};
  for (let i = 0; i < order.length; i++) firstSeen['=' + order[i]] = i;
  return groups.sort(function (a, b) {
    return (
      (a.kind === b.kind ? 0 : a.kind === 'form' ? -1 : 1) ||
      FIXABLE_CODES.indexOf(a.code) - FIXABLE_CODES.indexOf(b.code) ||
      b.cells - a.cells ||
      firstSeen['=' + a.key] - firstSeen['=' + b.key]
    );
  });
}
