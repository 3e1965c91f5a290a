/**
 * Attendance written in one cell as "15/17" (có mặt / tổng số) under "Có mặt/Tổng số" or "Số dự/Tổng số".
 */
import { CellValue, gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';
import { analyze } from '../../../src/core/analyze';

const MEMBERS = gridOf('DS', [
  ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', 'Chi bộ'],
  [1, 'Nguyễn Văn An', 'Nam', '12/03/1970', '03/02/1995', 'Chi bộ Văn phòng'],
]);

function log(header: string, values: CellValue[], extraHeader?: string, extraValues?: CellValue[]) {
  const head: CellValue[] = ['STT', 'Chi bộ', 'Ngày họp', 'Hình thức', header];
  if (extraHeader) head.push(extraHeader);
  const rows: CellValue[][] = [head];
  values.forEach(function (v, i) {
    const row: CellValue[] = [i + 1, 'Chi bộ Văn phòng', '0' + (i + 1) + '/01/2020', 'Thường kỳ', v];
    if (extraValues) row.push(extraValues[i]);
    rows.push(row);
  });
  return gridOf('Sổ', rows);
}

describe('"Có mặt/Tổng số" in one cell', () => {
  test.each(['Có mặt/Tổng số', 'Số dự/Tổng số', 'Số ĐV dự họp/Tổng số ĐV', 'Có mặt / tổng số đảng viên'])('"%s": present and total', (header) => {
    const res = readRegisters([log(header, ['15/17', '16 / 17', 12]), MEMBERS]);
    expect(res.findings).toEqual([]);
    expect(res.dataset.meetings.map((m) => [m.present, m.total])).toEqual([
      [15, 17],
      [16, 17],
      [12, null],
    ]);
    expect(res.dataset.meetings[0].src.columns).toMatchObject({ present: 'E', total: 'E' });
  });

  test('an unreadable or empty cell is reported at that cell', () => {
    const res = readRegisters([log('Có mặt/Tổng số', ['15/17', 'đủ', null]), MEMBERS]);
    expect(res.dataset.meetings.map((m) => m.present)).toEqual([15, null, null]);
    expect(res.findings.map((f) => [f.code, f.row, f.column, f.value])).toEqual([
      ['invalid-number', 3, 'E', 'đủ'],
      ['required-value-missing', 4, 'E', null],
    ]);
  });

  test('a cell Excel turned into a date ("5/7" typed) is reported, not read as a count', () => {
    const g = log('Số dự/Tổng số', [43831]);
    g.dateCells = new Set(['2:5']);
    const res = readRegisters([g, MEMBERS]);
    expect(res.dataset.meetings[0].present).toBeNull();
    expect(res.findings.map((f) => [f.code, f.row, f.column])).toEqual([['invalid-number', 2, 'E']]);
  });

  test('a total column of its own gives the total', () => {
    const res = readRegisters([log('Có mặt/Tổng số', ['15/17'], 'Tổng số đảng viên', [18]), MEMBERS]);
    expect(res.dataset.meetings.map((m) => [m.present, m.total])).toEqual([[15, 18]]);
    expect(res.dataset.meetings[0].src.columns).toMatchObject({ present: 'E', total: 'F' });
  });

  test('the counts are checked: more present than members is reported at the cell', () => {
    const a = analyze([log('Có mặt/Tổng số', ['15/17', '18/17']), MEMBERS], {
      from: { y: 2020, m: 1, d: 1 },
      to: { y: 2020, m: 1, d: 31 },
      today: { y: 2020, m: 2, d: 15 },
    });
    const over = a.findings.filter((f) => f.code === 'present-exceeds-total');
    expect(over.map((f) => [f.row, f.column, f.value])).toEqual([[3, 'E', '18/17']]);
  });
});
