/**
 * Yearly ratings under a two-row header: "Xếp loại" (or "Kết quả xếp loại", "Đánh giá, xếp loại") over
 * "2019 | 2020 | 2021". Each year becomes a rating column of its own.
 */
import { CellValue, MergedRange, gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';

const DATA: CellValue[][] = [
  [1, 'Nguyễn Văn An', 'Nam', '12/03/1970', '03/02/1995', 'HTXSNV', 'HTTNV', 'HTTNV'],
  [2, 'Trần Thị Bình', 'Nữ', '05/11/1982', '19/05/2008', 'HTTNV', null, 'HTNV'],
];

function sheet(group: string, years: CellValue[], extra?: { merges?: MergedRange[]; numbers?: boolean }) {
  const rows: CellValue[][] = [
    ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', group, null, null],
    [null, null, null, null, null, ...years],
  ];
  if (extra && extra.numbers) rows.push(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)']);
  return gridOf('DS', rows.concat(DATA), extra && extra.merges ? { merges: extra.merges } : undefined);
}

const MERGES: MergedRange[] = [1, 2, 3, 4, 5]
  .map((c) => ({ top: 1, left: c, bottom: 2, right: c }))
  .concat([{ top: 1, left: 6, bottom: 1, right: 8 }]);

describe('"Xếp loại" over the years', () => {
  const groups = ['Xếp loại', 'Kết quả xếp loại', 'Đánh giá, xếp loại', 'XẾP LOẠI ĐẢNG VIÊN'];

  test.each(groups)('"%s" over years written as numbers, with merges', (group) => {
    const res = readRegisters([sheet(group, [2019, 2020, 2021], { merges: MERGES })]);
    expect(res.findings).toEqual([]);
    const t = res.dataset.tables[0];
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.firstDataRow).toBe(3);
    expect(t.columns).toMatchObject({ name: 'B', 'rating:2019': 'F', 'rating:2020': 'G', 'rating:2021': 'H' });
    expect(res.dataset.members.map((m) => m.ratings)).toEqual([
      [
        { year: 2019, value: 'HTXSNV' },
        { year: 2020, value: 'HTTNV' },
        { year: 2021, value: 'HTTNV' },
      ],
      [
        { year: 2019, value: 'HTTNV' },
        { year: 2021, value: 'HTNV' },
      ],
    ]);
  });

  test('years written as text ("2019", "Năm 2020"), without merge information, and a "(1) (2)" row under the header', () => {
    const res = readRegisters([sheet('Xếp loại', ['2019', 'Năm 2020', '2021'], { numbers: true })]);
    expect(res.findings).toEqual([]);
    const t = res.dataset.tables[0];
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.firstDataRow).toBe(4);
    expect(t.columns).toMatchObject({ 'rating:2019': 'F', 'rating:2020': 'G', 'rating:2021': 'H' });
    expect(res.dataset.members[0].src.row).toBe(4);
    expect(res.dataset.members[1].ratings.map((r) => r.year)).toEqual([2019, 2021]);
  });
});
