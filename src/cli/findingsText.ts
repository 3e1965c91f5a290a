/**
 * Findings as text for `so-ket kiem-tra`: grouped by severity, then by rule, each with its place
 * ("Trang …, dòng …, cột …"). The list is capped per rule; the counts never are.
 */
import { countBySeverity, Finding, FindingCode, SEVERITY_LABEL, Severity, titleOf } from '../core/findings';

export const DEFAULT_CAP_PER_RULE = 50;
const ORDER: Severity[] = ['error', 'warning', 'info'];

/** "Trang "Danh sách đảng viên", dòng 12, cột D" */
export function placeText(f: Finding): string {
  const parts: string[] = [];
  parts.push(f.sheet ? 'Trang "' + f.sheet + '"' : 'Toàn sổ');
  if (f.row !== null) parts.push('dòng ' + f.row);
  if (f.column !== null) parts.push('cột ' + f.column);
  return parts.join(', ');
}

/** "3 lỗi, 1 cảnh báo, 0 gợi ý" */
export function countsText(findings: Finding[]): string {
  const c = countBySeverity(findings);
  return ORDER.map(function (s) {
    return c[s] + ' ' + SEVERITY_LABEL[s].toLowerCase();
  }).join(', ');
}

export function findingsText(findings: Finding[], capPerRule?: number): string[] {
  const cap = capPerRule === undefined ? DEFAULT_CAP_PER_RULE : capPerRule;
  const lines: string[] = [];
  if (findings.length === 0) {
    lines.push('Không phát hiện vấn đề nào.');
    return lines;
  }
  for (let s = 0; s < ORDER.length; s++) {
    const severity = ORDER[s];
    const byRule = new Map<FindingCode, Finding[]>();
    let total = 0;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      if (f.severity !== severity) continue;
      total++;
      let list = byRule.get(f.code);
      if (!list) {
        list = [];
        byRule.set(f.code, list);
      }
      list.push(f);
    }
    if (total === 0) continue;
    const label = SEVERITY_LABEL[severity];
    lines.push(label.toUpperCase() + ' (' + total + ')');
    byRule.forEach(function (list, code) {
      lines.push('  ' + titleOf(code) + ' (' + list.length + ')');
      const shown = Math.min(list.length, cap);
      for (let i = 0; i < shown; i++) {
        const f = list[i];
        let line = '    - ' + placeText(f) + ': ' + f.message;
        if (f.suggestion !== undefined && f.message.indexOf(f.suggestion) < 0) line += ' Đề xuất: "' + f.suggestion + '".';
        lines.push(line);
      }
      if (list.length > shown) lines.push('    … và ' + (list.length - shown) + ' ' + label.toLowerCase() + ' khác');
    });
    lines.push('');
  }
  lines.push('Tổng cộng: ' + countsText(findings) + '.');
  return lines;
}
