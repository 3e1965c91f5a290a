/**
 * A user's journey through the built pane in Chromium over the fake Excel, at the two widths Excel
 * gives a task pane (320 px, the narrowest, and 350 px): the sheets are detected; the member list's
 * theory column, headed "LL", is not recognised and the user points "Lý luận chính trị" at column K;
 * the check runs; a finding is clicked and Excel selects its cell; the report is written; a fix is
 * applied to the cell and undone. Every step is a screenshot (tests/e2e/.output/), compared with its
 * reference; no request leaves the local server and the page reports no CSP violation.
 */
import { Page } from 'playwright-core';
import { SUMMARY_SHEET_NAME } from '../../src/core/report/summarySheet';
import { FINDINGS_SHEET_NAME } from '../../src/core/report/findingsSheet';
import { MEMBER_SHEET } from '../../src/core/sample/templateColumns';
import { GuardedPage, pageCspViolations } from './browser';
import { expectNoForeignRequests } from './networkGuard';
import { openPane, Session, startSession, waitIdle } from './paneSession';
import { fakeActiveSheet, fakeSavedSettings, fakeSelection, fakeSheetNames, fakeSheetText, fakeValue } from './probe';
import { capture, checkAgainstReference, keepForReadme, ReferenceCheck, SCREEN_TOLERATED_SHARE } from './screenshots';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  if (session) await session.close();
});

/** The sample's chi bộ name written with a capital P in one row (I22), which the check flags. */
const VARIANT_CELL = 'I22';
const VARIANT = 'Chi bộ Văn Phòng Sở';
const CANONICAL = 'Chi bộ Văn phòng Sở';

function memberCard(page: Page) {
  return page.locator('.sheet-list .card').filter({ has: page.locator('h3', { hasText: MEMBER_SHEET }) });
}

async function clickAndWait(g: GuardedPage, locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.click();
  await waitIdle(g);
}

/**
 * Records the kind of every message between the pane and its Workers in window.__workerLog ("→analyze",
 * "←analysis"…), to see that the analysis ran in the Worker.
 */
const WORKER_LOG = [
  'window.__workerLog = [];',
  'if (window.Worker) (function (post) {',
  '  Worker.prototype.postMessage = function (m) {',
  '    window.__workerLog.push("→" + (m && m.t));',
  '    if (!this.__logged) {',
  '      this.__logged = true;',
  '      this.addEventListener("message", function (e) { window.__workerLog.push("←" + (e.data && e.data.t)); });',
  '    }',
  '    return post.apply(this, arguments);',
  '  };',
  '})(Worker.prototype.postMessage);',
].join('\n');

async function workerLog(page: Page): Promise<string[]> {
  return page.evaluate(function () {
    return (window as unknown as { __workerLog: string[] }).__workerLog.slice();
  });
}

/** The kinds of messages in the log, each once, in the order first seen. */
function kinds(log: string[]): string[] {
  return log.filter((k, i) => log.indexOf(k) === i);
}

describe.each([320, 350])('the journey at %i px', (width) => {
  test('detect, correct the mapping, check, go to a finding, report, fix and undo', async () => {
    const g = await openPane(session, { width: width, initScript: WORKER_LOG });
    const page = g.page;
    const checks: ReferenceCheck[] = [];
    async function step(name: string, readme?: string): Promise<void> {
      const file = await capture(page, 'journey-' + width + '-' + name);
      checks.push(checkAgainstReference('journey-' + width + '-' + name, file));
      if (readme && width === 350) keepForReadme(file, readme);
    }
    try {
      // 1. Sheets detected: the three registers, the member list without its theory column.
      await expect(page.locator('.sheet-list .card h3').allTextContents()).resolves.toEqual([
        'Thông tin đơn vị',
        MEMBER_SHEET,
        'Sổ sinh hoạt chi bộ',
      ]);
      const card = memberCard(page);
      await expect(card.locator('.summary').textContent()).resolves.toBe('70 đảng viên, dòng 8–77');
      await expect(page.getByRole('status').textContent()).resolves.toBe('Đã đọc 3 trang của sổ.');
      const toggle = card.getByRole('button', { name: 'Cột dữ liệu (14)' });
      await step('01-detected', 'pane-sheets');

      // 2. Mapping corrected: "Lý luận chính trị" had no column; the user picks K ("LL").
      await toggle.click();
      const theory = card.getByLabel('Lý luận chính trị', { exact: true });
      await expect(theory.inputValue()).resolves.toBe('');
      await theory.selectOption('K');
      await waitIdle(g);
      const mapped = memberCard(page);
      await expect(mapped.locator('.badge').textContent()).resolves.toBe('Do bạn chọn');
      await expect(mapped.getByRole('button', { name: 'Cột dữ liệu (15)' }).getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(mapped.getByLabel('Lý luận chính trị', { exact: true }).inputValue()).resolves.toBe('K');
      // The choice is saved in the workbook: column K for the theory field of the member list.
      const saved = await fakeSavedSettings(page);
      expect(saved).toContain(MEMBER_SHEET);
      expect(saved).toMatch(/theory[^A-Z]*K/);
      await step('02-mapped');

      // 3. Validation run.
      await page.getByRole('tab', { name: 'Kiểm tra' }).click();
      await clickAndWait(g, page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true }));
      // The counts by severity (each rule's counts are tested in tests/core), and the warning about I22.
      await expect(page.locator('.counts').textContent()).resolves.toMatch(/^\d+ lỗi, \d+ cảnh báo, \d+ gợi ý\.$/);
      await expect(page.locator('.severity-warning').getByText('"' + VARIANT + '" là một cách viết khác').count()).resolves.toBe(1);
      // Once K is the theory column, nothing says the theory figures cannot be computed.
      await expect(page.getByText('không có cột lý luận chính trị').count()).resolves.toBe(0);
      await step('03-findings', 'pane-findings');

      // 4. A finding clicked: Excel shows its sheet and selects its cell.
      const finding = page.getByRole('button', { name: new RegExp('^“' + MEMBER_SHEET + '”, ô ' + VARIANT_CELL + ':') });
      await expect(finding.count()).resolves.toBe(1);
      await clickAndWait(g, finding);
      await expect(fakeSelection(page)).resolves.toEqual({ sheet: MEMBER_SHEET, address: VARIANT_CELL });
      await expect(fakeActiveSheet(page)).resolves.toBe(MEMBER_SHEET);
      await step('04-finding-selected');

      // 5. Report generated: the summary sheet holds 26 cao cấp/cử nhân members of 66 = 39,39…% → "39,4%".
      await page.getByRole('tab', { name: 'Báo cáo' }).click();
      await clickAndWait(g, page.getByRole('button', { name: 'Tạo báo cáo' }));
      const sheets = await fakeSheetNames(page);
      expect(sheets).toContain(SUMMARY_SHEET_NAME);
      expect(sheets).toContain(FINDINGS_SHEET_NAME);
      await expect(fakeActiveSheet(page)).resolves.toBe(SUMMARY_SHEET_NAME);
      const summary = (await fakeSheetText(page, SUMMARY_SHEET_NAME)).join('\n');
      expect(summary).toMatch(/cao cấp, cử nhân[^\n]*26 đồng chí[^\n]*39,4%/);
      expect(summary).toContain('66 đảng viên');
      const figure = page.locator('.figures .figure').filter({ has: page.locator('dt', { hasText: 'Lý luận chính trị cao cấp, cử nhân' }) });
      await expect(figure.locator('dd').textContent()).resolves.toBe('26 (39,4%)');
      await step('05-report', 'pane-report');
      // The analysis and the report's sheets came from the Worker: the grids went in slices, the answers came back.
      const log = await workerLog(page);
      // ("←ready" arrives whenever the Worker has started: its place in the order varies; the date cells and
      // the answers' long lists travel in "dates" and "part" messages.)
      const main = ['→grids', '→rows', '→analyze', '←analysis', '→report', '←report'];
      expect(kinds(log).filter((k) => main.indexOf(k) >= 0)).toEqual(main);
      expect(log).toContain('←ready');
      expect(log).toContain('←part');
      expect(log.filter((k) => k === '←error')).toEqual([]);

      // 6. A fix applied to I22, then undone.
      await page.getByRole('tab', { name: 'Kiểm tra' }).click();
      await expect(fakeValue(page, MEMBER_SHEET, VARIANT_CELL)).resolves.toBe(VARIANT);
      await clickAndWait(g, page.getByRole('button', { name: 'Sửa ô ' + VARIANT_CELL + ': “' + VARIANT + '” → “' + CANONICAL + '”' }));
      await expect(fakeValue(page, MEMBER_SHEET, VARIANT_CELL)).resolves.toBe(CANONICAL);
      const undo = page.getByRole('button', { name: /^Hoàn tác: / });
      await expect(undo.isEnabled()).resolves.toBe(true);
      await step('06-fixed');
      await clickAndWait(g, undo);
      await expect(fakeValue(page, MEMBER_SHEET, VARIANT_CELL)).resolves.toBe(VARIANT);
      await step('07-undone');
      // After the fix and the undo, the Worker applied the written cells to its grids and analysed again.
      const after = await workerLog(page);
      expect(after.filter((k) => k === '→writes').length).toBe(2);
      expect(after.filter((k) => k === '←error')).toEqual([]);
      expect(g.guard.local.filter((u) => /\/analysisWorker\.js$/.test(u)).length).toBe(1);

      // Nothing left the machine; the CSP blocked nothing; the page threw nothing.
      expectNoForeignRequests(g.guard);
      expect(g.cspViolations.concat(await pageCspViolations(page))).toEqual([]);
      expect(g.pageErrors).toEqual([]);
    } finally {
      await g.close();
    }
    const off = checks.filter((c) => !c.sameSize || c.differingShare > SCREEN_TOLERATED_SHARE);
    expect(off.map((c) => c.name + ': ' + (c.sameSize ? (100 * c.differingShare).toFixed(2) + '% of blocks differ' : 'size differs'))).toEqual([]);
  });
});
