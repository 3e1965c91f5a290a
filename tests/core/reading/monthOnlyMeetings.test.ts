/**
 * Some meeting logs give only the month of each meeting ("01/2020", "Tháng 2/2020"). That is enough to
 * know that a chi bộ met every month: such a log must count, not be dropped as undated.
 */
import { gridOf, CellValue } from '../../../src/core/grid';
import { analyze } from '../../../src/core/analyze';

test('a log dated by month alone still shows a chi bộ meeting every month', () => {
  const members: CellValue[][] = [
    ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ'],
    ['Nguyễn Văn An', 'Nam', '12/03/1970', '03/02/1995', '03/02/1996', 'Chi bộ Văn phòng'],
    ['Trần Thị Bình', 'Nữ', '05/11/1982', '19/05/2008', '19/05/2009', 'Chi bộ Văn phòng'],
  ];
  const log: CellValue[][] = [['Chi bộ', 'Tháng sinh hoạt', 'Hình thức', 'Tổng số', 'Có mặt']];
  for (let m = 1; m <= 12; m++) {
    // Half the rows written "01/2020", half "Tháng 2/2020"; a thematic meeting every third month.
    log.push(['Chi bộ Văn phòng', m % 2 ? (m < 10 ? '0' : '') + m + '/2020' : 'Tháng ' + m + '/2020', m % 3 ? 'Thường kỳ' : 'Thường kỳ kết hợp chuyên đề', 2, 2]);
  }
  const a = analyze([gridOf('Danh sách', members), gridOf('Sinh hoạt', log)], {
    from: { y: 2020, m: 1, d: 1 },
    to: { y: 2020, m: 12, d: 31 },
    today: { y: 2026, m: 11, d: 27 },
  });
  expect(a.dataset.meetings).toHaveLength(12);
  expect(a.figures['meetings.regular']).toBe(12);
  expect(a.figures['meetings.thematic']).toBe(4);
  expect(a.figures['meetings.cellsAllMonths']).toBe(1);
  expect(a.figures['meetings.cellsAllQuarters']).toBe(1);
  expect(a.findings.filter((f) => f.code === 'month-without-regular-meeting' || f.code === 'invalid-date')).toEqual([]);
});
