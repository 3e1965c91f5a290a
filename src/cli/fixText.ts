/**
 * What `so-ket sua` prints: the list of fix groups to choose from (numbered; form fixes, then
 * corrections), and after fixing, every changed cell (sheet, cell, before → after), the fixes not made
 * with their reasons, and the notes. The printed list of cells is capped; the counts never are.
 */
import { Finding, titleOf } from '../core/findings';
import { cellAddress } from '../core/fixes/cellEdit';
import { quoted } from '../core/fixes/fixLabel';
import { FixGroup } from '../core/fixes/fixGroups';
import { FixPlan } from '../core/fixes/fixPlan';
import { fixRuleOf } from '../core/fixes/fixRules';

export const DEFAULT_CAP_EDITS = 200;
const PLACES_SHOWN = 6;

function quoteArg(s: string): string {
  return /^[A-Za-z0-9._\/-]+$/.test(s) ? s : '"' + s.replace(/"/g, '\\"') + '"';
}

/** Where a group's findings are: Trang "Danh sách đảng viên": J12, J52, J59 */
function placesText(findings: Finding[]): string {
  const bySheet: { sheet: string; cells: string[] }[] = [];
  let shown = 0;
  for (let i = 0; i < findings.length && shown < PLACES_SHOWN; i++) {
    const f = findings[i];
    const a = (f.column || '') + (f.row === null ? '' : f.row);
    let entry = bySheet.filter(function (e) {
      return e.sheet === f.sheet;
    })[0];
    if (!entry) {
      entry = { sheet: f.sheet || '', cells: [] };
      bySheet.push(entry);
    }
    if (entry.cells.indexOf(a) < 0) {
      entry.cells.push(a);
      shown++;
    }
  }
  const parts = bySheet.map(function (e) {
    return 'Trang "' + e.sheet + '": ' + e.cells.join(', ');
  });
  return parts.join('; ') + (findings.length > shown ? ', …' : '');
}

function groupLine(n: number, g: FixGroup): string {
  return '  ' + (n < 10 ? ' ' : '') + n + '. ' + g.label + ' (' + placesText(g.findings) + ') [' + g.code + ']';
}

export function fixGroupsText(groups: FixGroup[], file: string): string[] {
  const lines: string[] = [];
  if (groups.length === 0) {
    lines.push('Sổ "' + file + '" không có đề xuất nào sửa được tự động.');
    return lines;
  }
  const seen: { [key: string]: true } = {};
  let cells = 0;
  for (let i = 0; i < groups.length; i++) {
    for (let j = 0; j < groups[i].findings.length; j++) {
      const f = groups[i].findings[j];
      const k = f.sheet + '!' + f.column + f.row;
      if (!seen[k]) {
        seen[k] = true;
        cells++;
      }
    }
  }
  lines.push('Sổ "' + file + '" có ' + groups.length + ' nhóm đề xuất sửa được (' + cells + ' ô).');
  const form = groups.filter(function (g) {
    return g.kind === 'form';
  });
  if (form.length) {
    lines.push('');
    lines.push('Sửa cách viết, không đổi nội dung (--tat-ca chọn tất cả các nhóm này):');
    for (let i = 0; i < form.length; i++) lines.push(groupLine(i + 1, form[i]));
  }
  if (form.length < groups.length) {
    lines.push('');
    lines.push('Sửa nội dung theo phỏng đoán (chỉ sửa khi chọn rõ bằng --nhom hoặc --ma; hãy xem kỹ từng ô):');
    for (let i = form.length; i < groups.length; i++) lines.push(groupLine(i + 1, groups[i]));
  }
  const f = quoteArg(file);
  lines.push('');
  lines.push('Cách chọn (sổ gốc không bị ghi đè; bản sửa được ghi ra tệp khác):');
  if (form.length) lines.push('  so-ket sua ' + f + ' -o ban-sua.xlsx --tat-ca');
  lines.push('  so-ket sua ' + f + ' -o ban-sua.xlsx --nhom ' + (groups.length > 1 ? '1,' + groups.length : '1'));
  lines.push('  so-ket sua ' + f + ' -o ban-sua.xlsx --ma ' + groups[0].code);
  return lines;
}

export interface FixResultText {
  input: string;
  output: string;
  log: string;
  plan: FixPlan;
  notes: string[];
  date1904?: boolean;
  cap?: number;
}

export function fixResultText(r: FixResultText): string[] {
  const plan = r.plan;
  const cap = r.cap === undefined ? DEFAULT_CAP_EDITS : r.cap;
  const lines: string[] = [];
  if (plan.edits.length === 0) {
    lines.push('Không có ô nào được sửa; chưa ghi tệp nào.');
  } else {
    lines.push('Đã ghi bản sửa: ' + r.output + ' (sổ gốc "' + r.input + '" không thay đổi).');
    lines.push('Nhật ký sửa: ' + r.log);
    lines.push(plan.label + ':');
    const shown = Math.min(cap, plan.edits.length);
    for (let i = 0; i < shown; i++) {
      const e = plan.edits[i];
      const rule = fixRuleOf(e.findingCode);
      const asDate = !!rule && rule.value === 'date';
      lines.push(
        '  - Trang "' + e.sheet + '", ô ' + cellAddress(e.row, e.col) + ': ' +
          quoted(e.before, asDate, r.date1904) + ' \u2192 ' + quoted(e.after, asDate, r.date1904) +
          ' (' + titleOf(e.findingCode) + ')',
      );
    }
    if (plan.edits.length > shown) lines.push('  … và ' + (plan.edits.length - shown) + ' thay đổi khác (xem nhật ký sửa).');
  }
  if (plan.refused.length) {
    lines.push('Không sửa ' + plan.refused.length + ' đề xuất:');
    const shown = Math.min(cap, plan.refused.length);
    for (let i = 0; i < shown; i++) lines.push('  - ' + plan.refused[i].message);
    if (plan.refused.length > shown) lines.push('  … và ' + (plan.refused.length - shown) + ' đề xuất khác.');
  }
  for (let i = 0; i < r.notes.length; i++) lines.push(r.notes[i]);
  return lines;
}
