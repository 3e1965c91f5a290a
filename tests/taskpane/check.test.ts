/**
 * "Kiểm tra dữ liệu": the counts the pane shows are core's counts, complete whatever is listed; each rule
 * lists a few findings with "Xem thêm" for the rest; a finding takes the user to its cell.
 */
import { analyze } from '../../src/core/analyze';
import { countBySeverity, Finding } from '../../src/core/findings';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { HostError } from '../../src/hosts/workbookHost';
import { FIRST_SHOWN, MORE_STEP } from '../../src/taskpane/findingGroups';
import { RuleGroup } from '../../src/taskpane/paneState';
import { sample, todayFixed } from './paneFixtures';

function allRules(groups: { rules: RuleGroup[] }[]): RuleGroup[] {
  const out: RuleGroup[] = [];
  for (const g of groups) for (const r of g.rules) out.push(r);
  return out;
}

describe('checking the sample registers', () => {
  test('the counts by severity and by rule are those of core analyze()', async () => {
    const { host, pane } = await sample();
    await pane.check();
    expect(host.reads.length).toBe(2); // read again: the workbook may have changed since the pane opened
    const a = analyze(sampleGrids(), { today: todayFixed() });
    const view = pane.state.findings!;
    expect(view.total).toBe(a.findings.length);
    expect(view.counts).toEqual(countBySeverity(a.findings));
    expect(view.groups.map((g) => [g.label, g.count])).toEqual([
      ['Lỗi', view.counts.error],
      ['Cảnh báo', view.counts.warning],
      ['Gợi ý', view.counts.info],
    ]);
    const byCode: Record<string, number> = {};
    for (const f of a.findings) byCode[f.severity + '|' + f.code] = (byCode[f.severity + '|' + f.code] || 0) + 1;
    const shownCounts: Record<string, number> = {};
    for (const r of allRules(view.groups)) shownCounts[r.key] = r.count;
    expect(shownCounts).toEqual(byCode);
    expect(pane.state.status!.lines[0]).toBe(
      'Đã kiểm tra: ' + view.counts.error + ' lỗi, ' + view.counts.warning + ' cảnh báo, ' + view.counts.info + ' gợi ý.',
    );
  });

  test('each rule lists its first findings and "Xem thêm" shows more, the count staying complete', async () => {
    const { pane } = await sample();
    const big = allRules(pane.state.findings!.groups).filter((r) => r.count > FIRST_SHOWN)[0];
    expect(big).toBeDefined();
    expect(big.shown.length).toBe(FIRST_SHOWN);
    expect(big.more).toBe(big.count - FIRST_SHOWN);
    pane.showMore(big.key);
    const after = allRules(pane.state.findings!.groups).filter((r) => r.key === big.key)[0];
    expect(after.count).toBe(big.count);
    expect(after.shown.length).toBe(Math.min(big.count, FIRST_SHOWN + MORE_STEP));
    expect(after.shown.length + after.more).toBe(big.count);
  });

  test('clicking a finding selects its cell', async () => {
    const { host, pane } = await sample();
    const f: Finding = pane.state.findings!.groups[0].rules[0].shown[0];
    expect(f.sheet && f.column && f.row).toBeTruthy();
    await pane.selectFinding(f);
    expect(host.selections).toEqual([{ sheet: f.sheet, address: f.column! + f.row }]);
  });

  test('a finding about a whole sheet goes to the top of that sheet; a workbook-level one goes nowhere', async () => {
    const { host, pane } = await sample();
    await pane.selectFinding({ code: 'required-column-missing', severity: 'error', sheet: 'Danh sách đảng viên', row: null, column: null, value: null, message: 'x' });
    await pane.selectFinding({ code: 'sheet-kind-not-found', severity: 'error', sheet: null, row: null, column: null, value: null, message: 'x' });
    expect(host.selections).toEqual([{ sheet: 'Danh sách đảng viên', address: 'A1' }]);
  });

  test('a cell that cannot be reached gives a Vietnamese message', async () => {
    const { host, pane } = await sample();
    const f = pane.state.findings!.groups[0].rules[0].shown[0];
    host.failNext = { method: 'selectCell', error: new HostError('Không tìm thấy trang "Danh sách đảng viên".') };
    await pane.selectFinding(f);
    expect(pane.state.status).toEqual({ kind: 'error', lines: ['Không tìm thấy trang "Danh sách đảng viên".'] });
    host.failNext = { method: 'selectCell', error: new TypeError('Cannot read properties of undefined') };
    await pane.selectFinding(f);
    expect(pane.state.status!.lines[0]).toMatch(/^Không đến được ô này/);
  });

  test('a period typed wrong is refused before anything is read, naming the field', async () => {
    const { host, pane } = await sample();
    pane.setPeriodText('to', '31/13/2020');
    await pane.check();
    expect(host.reads.length).toBe(1);
    expect(pane.state.status).toEqual({ kind: 'error', lines: ['\u201CĐến ngày\u201D: \u201C31/13/2020\u201D là ngày không có thật.'] });
  });
});
