/**
 * The journey with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys on the tabs, a letter
 * in a list), at 320 px: every control it needs is reached in the tab order, works from the keyboard,
 * and shows a visible focus ring (an outline of at least 2 px, :focus-visible) whenever it has focus.
 */
import { Page } from 'playwright-core';
import { SUMMARY_SHEET_NAME } from '../../src/core/report/summarySheet';
import { MEMBER_SHEET } from '../../src/core/sample/templateColumns';
import { GuardedPage, pageCspViolations } from './browser';
import { expectNoForeignRequests } from './networkGuard';
import { openPane, Session, startSession, waitIdle } from './paneSession';
import { fakeSelection, fakeSheetNames, fakeValue } from './probe';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  if (session) await session.close();
});

interface Focused {
  /** Tag, role and accessible text: "button Cột dữ liệu (14)", "select Lý luận chính trị", "tab Kiểm tra". */
  name: string;
  /** The focus ring as drawn: outline style and width, and whether :focus-visible matches. */
  ring: { style: string; width: number; visible: boolean };
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(function () {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return null;
    let label = a.getAttribute('aria-label') || '';
    if (!label && a.id) {
      const l = document.querySelector('label[for="' + a.id + '"]');
      if (l) label = (l.textContent || '').trim();
    }
    if (!label) label = (a.textContent || '').replace(/\s+/g, ' ').trim();
    const role = a.getAttribute('role') || a.tagName.toLowerCase();
    const cs = getComputedStyle(a);
    return {
      name: role + ' ' + label,
      ring: { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) || 0, visible: a.matches(':focus-visible') },
    };
  });
}

/** Every focus stop passed on the way, with rings that were not visible. */
interface Walk {
  stops: string[];
  unringed: string[];
}

/**
 * Press Tab (or Shift+Tab) until the focused control's name matches `wanted`; fails after 150 presses.
 * Each stop on the way must show its focus ring.
 */
async function tabTo(page: Page, wanted: RegExp, walk: Walk, backwards?: boolean): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (!f) continue;
    walk.stops.push(f.name);
    if (f.ring.style === 'none' || f.ring.width < 2 || !f.ring.visible) walk.unringed.push(f.name + ' ' + JSON.stringify(f.ring));
    if (wanted.test(f.name)) return;
  }
  throw new Error('Not reached with ' + (backwards ? 'Shift+Tab' : 'Tab') + ': ' + wanted + '. Stops: ' + walk.stops.slice(-40).join(' | '));
}

async function press(g: GuardedPage, key: string): Promise<void> {
  await g.page.keyboard.press(key);
  await waitIdle(g);
}

test('the journey with the keyboard only, a visible focus ring at every stop', async () => {
  const g = await openPane(session, { width: 320 });
  const page = g.page;
  const walk: Walk = { stops: [], unringed: [] };
  try {
    // The first stop is the selected tab.
    await tabTo(page, /^tab Sổ dữ liệu$/, walk);
    expect(walk.stops).toEqual(['tab Sổ dữ liệu']);

    // The member list's columns: open with Enter, pick K in "Lý luận chính trị" by typing K.
    await tabTo(page, /^button Cột dữ liệu \(14\)$/, walk);
    await press(g, 'Enter');
    await tabTo(page, /^select Lý luận chính trị$/, walk);
    await press(g, 'k');
    await expect(fakeValue(page, MEMBER_SHEET, 'K6')).resolves.toBe('LL');
    const card = page.locator('.sheet-list .card').filter({ has: page.locator('h3', { hasText: MEMBER_SHEET }) });
    await expect(card.locator('.badge').textContent()).resolves.toBe('Do bạn chọn');
    await expect(card.getByLabel('Lý luận chính trị', { exact: true }).inputValue()).resolves.toBe('K');
    // The redraw kept the keyboard where it was.
    await expect(focused(page).then((f) => f && f.name)).resolves.toBe('select Lý luận chính trị');

    // Back to the tabs, and the arrow key to "Kiểm tra".
    await tabTo(page, /^tab Sổ dữ liệu$/, walk, true);
    await press(g, 'ArrowRight');
    await expect(focused(page).then((f) => f && f.name)).resolves.toBe('tab Kiểm tra');
    await expect(page.getByRole('tab', { name: 'Kiểm tra' }).getAttribute('aria-selected')).resolves.toBe('true');

    // Check with Enter; the focus comes back to the button when the work is over.
    await tabTo(page, /^button Kiểm tra dữ liệu$/, walk);
    await press(g, 'Enter');
    await expect(page.locator('.counts').textContent()).resolves.toMatch(/^\d+ lỗi, \d+ cảnh báo, \d+ gợi ý\.$/);
    await expect(focused(page).then((f) => f && f.name)).resolves.toBe('button Kiểm tra dữ liệu');

    // The finding about I22 with Enter: Excel selects the cell.
    await tabTo(page, /^button “Danh sách đảng viên”, ô I22:/, walk);
    await press(g, 'Enter');
    await expect(fakeSelection(page)).resolves.toEqual({ sheet: MEMBER_SHEET, address: 'I22' });

    // Its "Sửa" with Space, then "Hoàn tác" (above, with Shift+Tab) with Enter.
    await tabTo(page, /^button Sửa ô I22:/, walk);
    await press(g, ' ');
    await expect(fakeValue(page, MEMBER_SHEET, 'I22')).resolves.toBe('Chi bộ Văn phòng Sở');
    await tabTo(page, /^button Hoàn tác: /, walk, true);
    await press(g, 'Enter');
    await expect(fakeValue(page, MEMBER_SHEET, 'I22')).resolves.toBe('Chi bộ Văn Phòng Sở');

    // The report: to the tabs, ArrowRight to "Báo cáo", Tab to "Tạo báo cáo", Enter.
    await tabTo(page, /^tab Kiểm tra$/, walk, true);
    await press(g, 'ArrowRight');
    await expect(page.getByRole('tab', { name: 'Báo cáo' }).getAttribute('aria-selected')).resolves.toBe('true');
    await tabTo(page, /^button Tạo báo cáo$/, walk);
    await press(g, 'Enter');
    await expect(fakeSheetNames(page)).resolves.toContain(SUMMARY_SHEET_NAME);
    await expect(page.locator('.figures dd').first().textContent()).resolves.toBe('01/01/2018 – 31/12/2020');

    // Every stop on the way showed its ring.
    expect(walk.unringed).toEqual([]);
    expect(walk.stops.length).toBeGreaterThan(10);
    expectNoForeignRequests(g.guard);
    expect(g.cspViolations.concat(await pageCspViolations(page))).toEqual([]);
  } finally {
    await g.close();
  }
});

test('a button clicked with the mouse shows no ring; reached with Tab it does', async () => {
  const g = await openPane(session, { width: 350 });
  const page = g.page;
  try {
    await page.getByRole('button', { name: 'Đọc lại sổ' }).click();
    await waitIdle(g);
    const clicked = await focused(page);
    expect(clicked && clicked.name).toBe('button Đọc lại sổ');
    expect(clicked!.ring.style).toBe('none');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const tabbed = await focused(page);
    expect(tabbed && tabbed.name).toBe('button Đọc lại sổ');
    expect(tabbed!.ring).toEqual({ style: 'solid', width: 2, visible: true });
  } finally {
    await g.close();
  }
});
