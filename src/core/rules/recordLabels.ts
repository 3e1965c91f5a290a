/** How messages name a member, and list the rows a finding is about. */
import { Member, RecordSource } from '../records';

/** "Đồng chí Nguyễn Văn An", or "Đảng viên ở dòng 12" when the name is empty. */
export function memberLabel(m: Member): string {
  return m.name ? 'Đồng chí ' + m.name : 'Đảng viên ở dòng ' + m.src.row;
}

/**
 * The rows of several records: "12, 40" when they share one sheet, "12 (trang Chi bộ A), 40 (trang Chi bộ B)"
 * when they do not.
 */
export function rowList(sources: RecordSource<string>[]): string {
  let oneSheet = true;
  for (let i = 1; i < sources.length; i++) if (sources[i].sheet !== sources[0].sheet) oneSheet = false;
  return sources
    .map(function (s) {
      return oneSheet ? String(s.row) : s.row + ' (trang ' + s.sheet + ')';
    })
    .join(', ');
}
