/**
 * The short Vietnamese summary `so-ket bao-cao` prints: the key figures in their paper forms, as the
 * report writes them. A figure the engine could not compute is left out, never shown as 0.
 */
import { Figures } from '../core/figures';
import { formatDate, Period } from '../core/dates';
import { formatCount as countText, formatPercent as percentText } from '../core/text/numbers';

function has(f: Figures, id: string): boolean {
  return typeof f[id] === 'number' && isFinite(f[id]);
}

/** The share of a count: its `<id>.share` figure, else the count over the members. */
function shareOf(f: Figures, id: string): number | null {
  if (has(f, id + '.share')) return f[id + '.share'];
  if (has(f, id) && has(f, 'members.total') && f['members.total'] > 0) return f[id] / f['members.total'];
  return null;
}

function countWithShare(f: Figures, id: string, label: string): string | null {
  if (!has(f, id)) return null;
  const share = shareOf(f, id);
  return label + ' ' + countText(f[id]) + (share === null ? '' : ' (' + percentText(share) + ')');
}

function joinParts(parts: (string | null)[]): string {
  return parts
    .filter(function (p) {
      return p !== null;
    })
    .join('; ');
}

/** `cellUnit`: the unit is itself a chi bộ, so it has no chi bộ trực thuộc to count. */
export function figureSummaryLines(f: Figures, period: Period, cellUnit?: boolean): string[] {
  const lines: string[] = [];
  lines.push('Kỳ báo cáo: ' + formatDate(period.from) + ' – ' + formatDate(period.to));
  if (has(f, 'members.total')) {
    let s = 'Đảng viên: ' + countText(f['members.total']) + ' đồng chí';
    if (has(f, 'members.shareOfStaff') && has(f, 'staff.total')) {
      s += ', bằng ' + percentText(f['members.shareOfStaff']) + ' tổng số ' + countText(f['staff.total']) + ' CB-CC-VC-NLĐ';
    }
    const gender: string[] = [];
    if (has(f, 'members.male')) gender.push('nam ' + countText(f['members.male']));
    if (has(f, 'members.female')) gender.push('nữ ' + countText(f['members.female']));
    if (gender.length) s += '; ' + gender.join(', ');
    lines.push(s + '.');
  }
  const theory = joinParts([
    countWithShare(f, 'theory.advanced', 'cao cấp, cử nhân'),
    countWithShare(f, 'theory.intermediate', 'trung cấp'),
    countWithShare(f, 'theory.elementary', 'sơ cấp'),
    countWithShare(f, 'theory.none', 'chưa qua đào tạo'),
  ]);
  if (theory) lines.push('Lý luận chính trị: ' + theory + '.');
  const education = joinParts([
    countWithShare(f, 'education.masterOrAbove', 'thạc sĩ trở lên'),
    countWithShare(f, 'education.university', 'đại học'),
    has(f, 'education.college') && f['education.college'] > 0 ? countWithShare(f, 'education.college', 'cao đẳng') : null,
    countWithShare(f, 'education.intermediateOrElementary', 'trung cấp, sơ cấp'),
  ]);
  if (education) lines.push('Chuyên môn: ' + education + '.');
  const cells = joinParts([
    has(f, 'cells.total') && !cellUnit ? 'chi bộ trực thuộc: ' + countText(f['cells.total']) : null,
    has(f, 'admissions.total') ? 'kết nạp trong kỳ: ' + countText(f['admissions.total']) + ' đảng viên' : null,
  ]);
  if (cells) lines.push(cells.charAt(0).toUpperCase() + cells.slice(1) + '.');
  const meetings = joinParts([
    has(f, 'meetings.regular') ? countText(f['meetings.regular']) + ' buổi thường kỳ' : null,
    has(f, 'meetings.thematic') ? countText(f['meetings.thematic']) + ' buổi chuyên đề' : null,
    has(f, 'meetings.cellsAllMonths.share')
      ? percentText(f['meetings.cellsAllMonths.share']) + ' chi bộ sinh hoạt thường kỳ đủ các tháng'
      : null,
    has(f, 'meetings.qualityShare') ? percentText(f['meetings.qualityShare']) + ' buổi đạt chất lượng' : null,
  ]);
  if (meetings) lines.push('Sinh hoạt chi bộ: ' + meetings + '.');
  return lines;
}
