/**
 * "Tạo báo cáo": the pane reads the workbook again, writes the findings sheet (when asked) and then the
 * summary sheet, active, for the period the user gave; the figures are core's; the office's own text in
 * an existing report is kept and the pane says how many cells it kept.
 */
import { analyze } from '../../src/core/analyze';
import { FINDINGS_SHEET_NAME, buildFindingsSheet } from '../../src/core/report/findingsSheet';
import { SUMMARY_SHEET_NAME, buildSummarySheet } from '../../src/core/report/summarySheet';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { FigureLine } from '../../src/taskpane/paneState';
import { sample, startedOn, todayFixed, unusualMemberList } from './paneFixtures';

function figure(lines: FigureLine[], label: string): string {
  for (const l of lines) if (l.label === label) return l.value;
  throw new Error('figure not shown: ' + label + ' in ' + JSON.stringify(lines));
}

describe('generating the report', () => {
  test('writes the findings sheet, then the summary (active) as core builds them for the period given', async () => {
    const { host, pane } = await sample();
    pane.setPeriodText('from', '01/01/2019');
    pane.setPeriodText('to', '31/12/2020');
    await pane.generateReport();

    expect(host.writes.map((w) => [w.model.name, !!w.opts.activate])).toEqual([
      [FINDINGS_SHEET_NAME, false],
      [SUMMARY_SHEET_NAME, true],
    ]);
    expect(host.active).toBe(SUMMARY_SHEET_NAME);
    const a = analyze(sampleGrids(), { today: todayFixed(), from: { y: 2019, m: 1, d: 1 }, to: { y: 2020, m: 12, d: 31 } });
    expect(host.written(SUMMARY_SHEET_NAME)).toEqual(
      buildSummarySheet({ dataset: a.dataset, figures: a.figures, ctx: a.ctx, options: { percentDecimals: 1 } }),
    );
    expect(host.written(FINDINGS_SHEET_NAME)).toEqual(buildFindingsSheet(a.findings));
    expect(pane.state.status!.lines[0]).toBe('Đã tạo báo cáo.');
    expect(pane.state.status!.lines[1]).toBe(
      'Báo cáo ở trang \u201CBáo cáo sơ kết\u201D; danh sách vấn đề của sổ ở trang \u201CKiểm tra dữ liệu\u201D.',
    );
  });

  test('shows the key figures in their paper forms (the seed report: 66 members, 71% of 93 staff, 46 men, 20 women)', async () => {
    const { pane } = await sample();
    await pane.generateReport();
    const lines = pane.state.report!.figures;
    expect(figure(lines, 'Kỳ báo cáo')).toBe('01/01/2018 – 31/12/2020');
    expect(figure(lines, 'Tổng số đảng viên')).toBe('66 (71% của 93 CB-CC-VC-NLĐ)');
    expect(figure(lines, 'Đảng viên nam / nữ')).toBe('46 / 20');
    // 26 of 66 = 39,39…% -> 39,4%.
    expect(figure(lines, 'Lý luận chính trị cao cấp, cử nhân')).toBe('26 (39,4%)');
    expect(figure(lines, 'Số chi bộ trực thuộc')).toBe('04');
    expect(figure(lines, 'Số đảng viên mới kết nạp trong kỳ')).toBe('06');
  });

  test('percent decimals follow the option: 2 decimals give 39,39%', async () => {
    const { host, pane } = await sample();
    pane.setPercentDecimals(2);
    await pane.generateReport();
    expect(figure(pane.state.report!.figures, 'Lý luận chính trị cao cấp, cử nhân')).toBe('26 (39,39%)');
    expect(host.choices.percentDecimals).toBe(2);
  });

  test('without the findings sheet only the summary is written', async () => {
    const { host, pane } = await sample();
    pane.setWriteFindings(false);
    await pane.generateReport();
    expect(host.writes.map((w) => w.model.name)).toEqual([SUMMARY_SHEET_NAME]);
    expect(pane.state.status!.lines[1]).toBe('Báo cáo ở trang \u201CBáo cáo sơ kết\u201D.');
  });

  test('generating again keeps the text the office typed and says how many cells were kept', async () => {
    const { host, pane } = await sample();
    await pane.generateReport();
    const summary = host.written(SUMMARY_SHEET_NAME)!;
    const own = summary.cells.filter((c) => c.role === 'userText')[0];
    host.setCell(SUMMARY_SHEET_NAME, own.row, own.col, 'Đảng bộ được cấp ủy cấp trên quan tâm chỉ đạo.');
    await pane.generateReport();
    expect(pane.state.status!.lines[0]).toBe('Đã cập nhật báo cáo (giữ nguyên 1 ô nội dung tự viết).');
    host.setCell(SUMMARY_SHEET_NAME, own.row, own.col, null);
    await pane.generateReport();
    expect(pane.state.status!.lines[0]).toBe('Đã cập nhật báo cáo.');
  });

  test('the column the user pointed at gives the figures: 02 admitted in 2018-2020', async () => {
    const { pane } = await startedOn([unusualMemberList()]);
    await pane.setFieldColumn('Danh sách', 'admitted', 'E');
    pane.setPeriodText('from', '2018');
    pane.setPeriodText('to', '2020');
    await pane.generateReport();
    // Admitted 19/05/2010 (before), 03/02/2019 and 01/09/2020 (within).
    expect(figure(pane.state.report!.figures, 'Số đảng viên mới kết nạp trong kỳ')).toBe('02');
    expect(figure(pane.state.report!.figures, 'Kỳ báo cáo')).toBe('01/01/2018 – 31/12/2020');
  });

  test('a bad date is refused with a message naming the field, and nothing is written', async () => {
    const { host, pane } = await sample();
    pane.setPeriodText('from', '31/02/2020');
    await pane.generateReport();
    expect(pane.state.status).toEqual({ kind: 'error', lines: ['\u201CTừ ngày\u201D: \u201C31/02/2020\u201D là ngày không có thật.'] });
    pane.setPeriodText('from', 'đầu năm');
    await pane.generateReport();
    expect(pane.state.status!.lines[0]).toBe(
      '\u201CTừ ngày\u201D: \u201Cđầu năm\u201D không phải là ngày; hãy ghi theo dạng ngày/tháng/năm, ví dụ 01/01/2018.',
    );
    pane.setPeriodText('from', '01/01/2021');
    await pane.generateReport();
    expect(pane.state.status!.lines[0]).toBe('\u201CTừ ngày\u201D phải trước hoặc trùng \u201CĐến ngày\u201D.');
    pane.setPeriodText('from', '');
    await pane.generateReport();
    expect(pane.state.status!.lines[0]).toBe('Hãy nhập \u201CTừ ngày\u201D theo dạng ngày/tháng/năm, ví dụ 01/01/2018.');
    expect(host.writes).toEqual([]);
  });

  test('clearing both dates goes back to the period the workbook gives', async () => {
    const { pane } = await sample();
    pane.setPeriodText('from', '01/01/2019');
    expect(pane.state.period.edited).toBe(true);
    pane.setPeriodText('from', '');
    pane.setPeriodText('to', '');
    expect(pane.state.period).toEqual({ from: '01/01/2018', to: '31/12/2020', edited: false });
  });

  test('a workbook without a member list gets no report, and is told why', async () => {
    const grids = sampleGrids().filter((g) => g.sheet !== 'Danh sách đảng viên');
    const { host, pane } = await startedOn(grids);
    await pane.generateReport();
    expect(host.writes).toEqual([]);
    expect(pane.state.status!.kind).toBe('error');
    expect(pane.state.status!.lines[0]).toMatch(/^Không tìm thấy danh sách đảng viên/);
  });
});
