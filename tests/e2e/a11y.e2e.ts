/**
 * Accessibility of the pane in Chromium, CSP on: axe-core finds no serious or critical violation
 * (WCAG 2.x A and AA, color contrast included, and axe's best practices) in any tab, before and after
 * the work that fills it.
 */
import { MEMBER_SHEET } from '../../src/core/sample/templateColumns';
import { GuardedPage, pageCspViolations } from './browser';
import { AxeViolation, runAxe, seriousOrCritical } from './axe';
import { expectNoForeignRequests } from './networkGuard';
import { openPane, Session, startSession, waitIdle } from './paneSession';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  if (session) await session.close();
});

async function audit(g: GuardedPage, state: string, all: { [state: string]: AxeViolation[] }): Promise<void> {
  all[state] = await runAxe(g.page);
}

test('no serious or critical axe violation in any tab, before and after the work', async () => {
  const g = await openPane(session, { width: 320 });
  const page = g.page;
  const found: { [state: string]: AxeViolation[] } = {};
  try {
    await audit(g, 'Sổ dữ liệu, sheets read', found);
    const card = page.locator('.sheet-list .card').filter({ has: page.locator('h3', { hasText: MEMBER_SHEET }) });
    await card.getByRole('button', { name: /^Cột dữ liệu/ }).click();
    await card.getByLabel('Lý luận chính trị', { exact: true }).selectOption('K');
    await waitIdle(g);
    await audit(g, 'Sổ dữ liệu, columns open, chosen by the user', found);

    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await audit(g, 'Kiểm tra, not run', found);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true }).click();
    await waitIdle(g);
    await audit(g, 'Kiểm tra, findings', found);
    await page.getByRole('button', { name: /^Cách viết khác của danh mục \(\d+\)$/ }).click();
    await expect(page.getByRole('button', { name: /^Xem thêm \(còn \d+\)/ }).count()).resolves.toBe(1);
    await audit(g, 'Kiểm tra, a gợi ý group open with "Xem thêm"', found);
    await page.getByRole('button', { name: /^Sửa ô I22:/ }).click();
    await waitIdle(g);
    await audit(g, 'Kiểm tra, after a fix', found);

    await page.getByRole('tab', { name: 'Báo cáo' }).click();
    await audit(g, 'Báo cáo, not made', found);
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await waitIdle(g);
    await audit(g, 'Báo cáo, made', found);

    await page.getByRole('tab', { name: 'Mẫu' }).click();
    await audit(g, 'Mẫu', found);

    expectNoForeignRequests(g.guard);
    expect(g.cspViolations.concat(await pageCspViolations(page))).toEqual([]);
  } finally {
    await g.close();
  }
  const bad: { [state: string]: AxeViolation[] } = {};
  for (const state of Object.keys(found)) {
    if (found[state].length) process.stdout.write('axe, ' + state + ': ' + JSON.stringify(found[state], null, 1) + '\n');
    const s = seriousOrCritical(found[state]);
    if (s.length) bad[state] = s;
  }
  expect(bad).toEqual({});
});

test('at work: the progress bar, its step and "Hủy" pass axe, and the keyboard is on "Hủy"', async () => {
  const g = await openPane(session, { width: 320, slowMs: 400 });
  const page = g.page;
  try {
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true }).click();
    const bar = page.getByRole('progressbar', { name: 'Tiến độ' });
    await bar.waitFor({ state: 'visible' });
    await expect(page.locator('.panels').getAttribute('aria-busy')).resolves.toBe('true');
    await expect(page.locator('.progress-step').textContent()).resolves.toMatch(/^Đang .+…$/);
    await expect(page.evaluate(() => document.activeElement && document.activeElement.getAttribute('aria-label'))).resolves.toBe('Hủy việc đang làm');
    const violations = await runAxe(page);
    // The audit saw the pane at work.
    await expect(page.locator('.panels').getAttribute('aria-busy')).resolves.toBe('true');
    await waitIdle(g);
    await expect(page.locator('.counts').textContent()).resolves.toMatch(/lỗi/);
    expect(seriousOrCritical(violations)).toEqual([]);
    expectNoForeignRequests(g.guard);
  } finally {
    await g.close();
  }
});
