/**
 * Findings as the pane lists them: by severity (lỗi, cảnh báo, gợi ý), then by rule, most frequent rule
 * first. Every finding is counted; each rule lists its first findings and says how many more there are,
 * and "Xem thêm" raises that rule's limit.
 */
import { countBySeverity, Finding, SEVERITY_LABEL, Severity, titleOf } from '../core/findings';
import { formatInteger } from '../core/text/numbers';
import { FindingsView, RuleGroup, SeverityGroup } from './paneState';
import { S } from './strings';

/** Findings listed per rule before "Xem thêm". */
export const FIRST_SHOWN = 5;
/** Findings added by each "Xem thêm". */
export const MORE_STEP = 20;

const ORDER: Severity[] = ['error', 'warning', 'info'];

export function ruleKey(f: Finding): string {
  return f.severity + '|' + f.code;
}

export function countsText(counts: Record<Severity, number>): string {
  return S.check.counts(formatInteger(counts.error), formatInteger(counts.warning), formatInteger(counts.info));
}

/** `limits`: rule key -> how many to list (FIRST_SHOWN when absent). Findings keep their order (core sorts them). */
export function groupFindings(findings: Finding[], limits: { [key: string]: number }): FindingsView {
  const counts = countBySeverity(findings);
  const groups: SeverityGroup[] = [];
  for (let s = 0; s < ORDER.length; s++) {
    const severity = ORDER[s];
    if (!counts[severity]) continue;
    const rules: RuleGroup[] = [];
    const byKey: { [key: string]: { group: RuleGroup; all: Finding[] } } = {};
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      if (f.severity !== severity) continue;
      const key = ruleKey(f);
      let entry = byKey[key];
      if (!entry) {
        entry = { group: { key: key, title: titleOf(f.code), count: 0, shown: [], more: 0 }, all: [] };
        byKey[key] = entry;
        rules.push(entry.group);
      }
      entry.all.push(f);
      entry.group.count++;
    }
    for (let r = 0; r < rules.length; r++) {
      const entry = byKey[rules[r].key];
      const limit = limits[rules[r].key] || FIRST_SHOWN;
      entry.group.shown = entry.all.slice(0, limit);
      entry.group.more = entry.all.length - entry.group.shown.length;
    }
    rules.sort(function (a, b) {
      return b.count - a.count || a.title.localeCompare(b.title);
    });
    groups.push({ severity: severity, label: SEVERITY_LABEL[severity], count: counts[severity], rules: rules });
  }
  return { total: findings.length, counts: counts, countsText: countsText(counts), groups: groups };
}

/** Where a finding sends the cursor: its cell, else the start of its row, else the top of its sheet. */
export function findingAddress(f: Finding): { sheet: string; address: string } | null {
  if (!f.sheet) return null;
  return { sheet: f.sheet, address: (f.column || 'A') + (f.row || 1) };
}
