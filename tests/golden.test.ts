/**
 * Golden test: the bundled sample workbook, read from the committed .xlsx file as a user's file would be,
 * reproduces every figure the seed report states (shared/seeds), with correct arithmetic where the
 * seed's hand counting slipped. Expected values are the seed's own figures, not the program's output.
 */
import * as path from 'path';
import { readWorkbookFile } from '../src/hosts/xlsx/readWorkbook';
import { analyze, Analysis } from '../src/core/analyze';
import { formatPercent, formatCount } from '../src/core/text/numbers';
import { buildSummarySheet } from '../src/core/report/summarySheet';

const SAMPLE = path.join(__dirname, '..', 'assets', 'samples', 'so-dang-vien-mau.xlsx');

let result: Analysis;
let paragraphs: string;

beforeAll(async () => {
  const wb = await readWorkbookFile(SAMPLE);
  result = analyze(wb.grids, { date1904: wb.date1904, today: { y: 2026, m: 11, d: 27 } });
  const model = buildSummarySheet({ dataset: result.dataset, figures: result.figures, ctx: result.ctx });
  paragraphs = model.cells
    .map((c) => c.value)
    .filter((v): v is string => typeof v === 'string')
    .join('\n');
});

describe('the sample reproduces the seed report', () => {
  test('the period is the one the unit-info sheet gives: 2018 to 2020', () => {
    expect(result.ctx.period).toEqual({ from: { y: 2018, m: 1, d: 1 }, to: { y: 2020, m: 12, d: 31 } });
  });

  test('committee, members and staff: 05 BCH, 03 UBKT, 66 members = 71% of 93 staff', () => {
    const f = result.figures;
    expect(f['committee.executive']).toBe(5);
    expect(f['committee.inspection']).toBe(3);
    expect(f['members.total']).toBe(66);
    expect(f['staff.total']).toBe(93);
    expect(formatPercent(f['members.shareOfStaff'])).toBe('71%'); // 66/93 = 70,97%
  });

  test('46 men and 20 women', () => {
    expect(result.figures['members.male']).toBe(46);
    expect(result.figures['members.female']).toBe(20);
  });

  test('political theory: 26 cao cấp, cử nhân (39,4%); 17 trung cấp (25,8%, the seed truncated it to 25,7%)', () => {
    const f = result.figures;
    expect(f['theory.advanced']).toBe(26);
    expect(formatPercent(f['theory.advanced.share'])).toBe('39,4%'); // 26/66 = 39,39%
    expect(f['theory.intermediate']).toBe(17);
    expect(formatPercent(f['theory.intermediate.share'])).toBe('25,8%'); // 17/66 = 25,76%: the seed says 25,7%
  });

  test('education: 23 master or above (34,8%), 42 university (63,6%), 01 trung cấp/sơ cấp (1,5%, not 1,58%)', () => {
    const f = result.figures;
    expect(f['education.masterOrAbove']).toBe(23);
    expect(formatPercent(f['education.masterOrAbove.share'])).toBe('34,8%'); // 23/66 = 34,85%: the seed says 34.84%
    expect(f['education.university']).toBe(42);
    expect(formatPercent(f['education.university.share'])).toBe('63,6%'); // 42/66 = 63,64%: the seed says 63,63%
    expect(f['education.intermediateOrElementary']).toBe(1);
    expect(formatCount(f['education.intermediateOrElementary'])).toBe('01');
    expect(formatPercent(f['education.intermediateOrElementary.share'])).toBe('1,5%'); // 1/66 = 1,52%: the seed says 1,58%
  });

  test('04 chi bộ, 06 admitted in 2018-2020, none struck off after probation', () => {
    const f = result.figures;
    expect(formatCount(f['cells.total'])).toBe('04');
    expect(formatCount(f['admissions.total'])).toBe('06');
    expect(f['probation.struckOff']).toBe(0);
  });

  test('100% of chi bộ held a regular meeting every month', () => {
    expect(result.figures['meetings.cellsAllMonths']).toBe(4);
    expect(formatPercent(result.figures['meetings.cellsAllMonths.share'])).toBe('100%');
  });

  test('the summary words the figures as the seed does, with the arithmetic corrected', () => {
    expect(paragraphs).toContain('Ban chấp hành Đảng bộ nhiệm kỳ 2020-2025, có 05 đồng chí; Ủy ban kiểm tra có 03 đồng chí.');
    expect(paragraphs).toContain(
      'Đảng bộ có 66 đảng viên, đạt tỷ lệ 71% so với tổng số 93 công chức, viên chức, người lao động. ' +
        'Trong đó, đảng viên nam có 46 đồng chí, đảng viên nữ có 20 đồng chí;',
    );
    expect(paragraphs).toContain('17 đồng chí (chiếm 25,8%)');
    expect(paragraphs).toContain('trung cấp và sơ cấp có 01 đồng chí (chiếm 1,5%)');
    expect(paragraphs).not.toContain('1,58%');
    expect(paragraphs).toContain('04 chi bộ trực thuộc');
    expect(paragraphs).toContain('100% chi bộ trực thuộc');
    expect(paragraphs).toContain('Trong 03 năm từ 2018 đến năm 2020 toàn Đảng bộ đã kết nạp được 06 đảng viên mới');
    expect(paragraphs).toContain('không có đảng viên bị xóa tên sau khi hết thời gian dự bị');
  });

  test('the sample has no lỗi: only spelling suggestions and one chi bộ written two ways', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const warnings = result.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => f.code)).toEqual(['cell-name-variants']);
  });
});
