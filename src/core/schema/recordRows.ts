/**
 * The rows of a register table as records: group-title, section and total rows are handled here, the
 * same way for the member list and the meeting log. A group-title row gives the chi bộ of the rows under
 * it; a section row ("A. ĐẢNG VIÊN CHÍNH THỨC", "Tháng 01/2020") is skipped; a total row is skipped and
 * reported. Every other row is handed on with the current group.
 */
import { Grid } from '../grid';
import { RowVisit, scanRows, TableLayout } from '../table';
import { CellReader } from './cellReader';

export interface RecordRowsScan {
  lastDataRow: number;
  /** Number of group-title rows seen. */
  groupRows: number;
  /** Rows that are part of the layout, not records (group, section and total rows). */
  layoutRows: { [row: number]: true };
}

export function scanRecordRows(
  grid: Grid,
  layout: TableLayout,
  rd: CellReader,
  onRecord: (visit: RowVisit, group: string | null, groupRowsSoFar: number) => void,
): RecordRowsScan {
  let group: string | null = null;
  let groupRows = 0;
  const layoutRows: { [row: number]: true } = {};
  const lastDataRow = scanRows(grid, layout, function (visit) {
    const r = visit.row;
    if (visit.kind === 'group') {
      group = visit.group || null;
      groupRows++;
      layoutRows[r] = true;
      return;
    }
    if (visit.kind === 'section') {
      layoutRows[r] = true;
      return;
    }
    if (visit.kind === 'total') {
      layoutRows[r] = true;
      rd.add('total-row-in-data', r, visit.col === undefined ? null : visit.col, visit.value === undefined ? null : visit.value);
      return;
    }
    onRecord(visit, group, groupRows);
  });
  return { lastDataRow: lastDataRow, groupRows: groupRows, layoutRows: layoutRows };
}
