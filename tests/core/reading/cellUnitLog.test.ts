/**
 * A chi bộ cơ sở keeps its own meeting log: it has no "Chi bộ" column, because every meeting is the
 * chi bộ's own. That is not a missing column; in a đảng bộ's workbook, with several chi bộ, it is.
 */
import { analyze } from '../../../src/core/analyze';
import { CellValue, gridOf } from '../../../src/core/grid';
import { isCellUnit } from '../../../src/core/unitKind';
import { figureSummaryLines } from '../../../src/cli/figureSummary';
import { keyFigures } from '../../../src/taskpane/keyFigures';

const TODAY = { y: 2025, m: 3, d: 1 };
const LOG: CellValue[][] = [
  ['STT', 'Ngày sinh hoạt', 'Hình thức', 'Tổng số', 'Có mặt'],
  [1, '05/01/2024', 'Thường kỳ', 10, 10],
  [2, '05/02/2024', 'Thường kỳ', 10, 9],
];

function members(cells: (string | null)[]): CellValue[][] {
  const rows: CellValue[][] = [['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', 'Chi bộ']];
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];
  for (let i = 0; i < cells.length; i++) rows.push([i + 1, names[i], i === 1 ? 'Nữ' : 'Nam', '01/03/197' + i, '01/02/200' + i, cells[i]]);
  return rows;
}

function missingCellColumn(findings: { code: string; message: string }[]): string[] {
  return findings.filter((f) => f.code === 'required-column-missing').map((f) => f.message);
}

test('the unit is a chi bộ: its meeting log needs no "Chi bộ" column, and its meetings are the chi bộ’s', () => {
  const unit = gridOf('Thông tin đơn vị', [
    ['Tên đảng bộ', 'Chi bộ Trường Tiểu học Kim Đồng'],
    ['Cấp ủy cấp trên', 'Đảng ủy xã Tân Lập'],
    ['Tổng số CB-CC-VC-NLĐ', 40],
  ]);
  const a = analyze([unit, gridOf('Danh sách', members([null, null, null])), gridOf('Sổ sinh hoạt', LOG)], { today: TODAY });
  expect(missingCellColumn(a.findings)).toEqual([]);
  expect(a.dataset.meetings.map((m) => m.cell)).toEqual(['Chi bộ Trường Tiểu học Kim Đồng', 'Chi bộ Trường Tiểu học Kim Đồng']);
  expect(a.figures['meetings.regular']).toBe(2);
});

test('every member names the same chi bộ: the log is that chi bộ’s', () => {
  const a = analyze([gridOf('Danh sách', members(['Chi bộ Văn phòng', 'Chi bộ Văn phòng', 'Chi bộ văn phòng'])), gridOf('Sổ sinh hoạt', LOG)], {
    today: TODAY,
  });
  expect(missingCellColumn(a.findings)).toEqual([]);
  expect(a.dataset.meetings.map((m) => m.cell)).toEqual(['Chi bộ Văn phòng', 'Chi bộ Văn phòng']);
});

test('a đảng bộ with several chi bộ: a log that names no chi bộ is reported, its meetings belong to none', () => {
  const a = analyze([gridOf('Danh sách', members(['Chi bộ Văn phòng', 'Chi bộ Kỹ thuật', 'Chi bộ Văn phòng'])), gridOf('Sổ sinh hoạt', LOG)], {
    today: TODAY,
  });
  expect(missingCellColumn(a.findings)).toEqual(['Trang "Sổ sinh hoạt" không có cột "Chi bộ".']);
  expect(a.dataset.meetings.map((m) => m.cell)).toEqual([null, null]);
});

describe('the short summaries of a chi bộ cơ sở', () => {
  const unit = gridOf('Thông tin đơn vị', [
    ['Tên đảng bộ', 'Chi bộ Trường Tiểu học Kim Đồng'],
    ['Cấp ủy cấp trên', 'Đảng ủy xã Tân Lập'],
    ['Tổng số CB-CC-VC-NLĐ', 40],
  ]);
  const a = analyze([unit, gridOf('Danh sách', members([null, null, null])), gridOf('Sổ sinh hoạt', LOG)], { today: TODAY });

  test('count no "chi bộ trực thuộc" (the CLI’s lines and the pane’s key figures)', () => {
    expect(isCellUnit(a.dataset.unit)).toBe(true);
    const lines = figureSummaryLines(a.figures, a.ctx.period, true).join('\n');
    expect(lines).not.toContain('chi bộ trực thuộc');
    expect(lines).toContain('Kết nạp trong kỳ');
    const pane = keyFigures(a.figures, a.ctx.period, 1, true).map((l) => l.label);
    expect(pane).not.toContain('Số chi bộ trực thuộc');
    // A đảng bộ's do.
    expect(figureSummaryLines(a.figures, a.ctx.period, false).join('\n')).toContain('Chi bộ trực thuộc: 01');
    expect(keyFigures(a.figures, a.ctx.period, 1, false).map((l) => l.label)).toContain('Số chi bộ trực thuộc');
  });
});
