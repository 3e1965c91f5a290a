/**
 * @jest-environment jsdom
 */
/**
 * Keyboard and screen-reader basics of the pane, with every panel filled (sheets read, findings listed,
 * a report made, the column editor open): every control is a real button or form control, reachable by
 * keyboard, with a Vietnamese accessible name; inputs have labels; the tabs follow the tabs pattern;
 * status and progress are live regions.
 */
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { MEMBER_SHEET } from '../../src/core/sample/templateColumns';
import { mountTaskpane, PaneApp } from '../../src/taskpane/app';
import { accessibleName, buttonNamed, buttons } from './domHelpers';
import { MemoryHost } from './memoryHost';
import { todayFixed } from './paneFixtures';

/** Letters only Vietnamese uses (with their tone marks), upper or lower case. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

let root: HTMLElement;
let app: PaneApp;

beforeAll(async () => {
  document.body.innerHTML = '<main id="app"></main>';
  root = document.getElementById('app')!;
  app = mountTaskpane(root, new MemoryHost(sampleGrids()), { today: todayFixed });
  await app.ready;
  await app.controller.check();
  await app.controller.generateReport();
  const cards: HTMLElement[] = Array.prototype.slice.call(root.querySelectorAll('.card'));
  const members = cards.filter((c) => (c.querySelector('h3') || { textContent: '' }).textContent === MEMBER_SHEET)[0];
  buttonNamed(members, 'Cột dữ liệu (15)').click();
  await app.controller.setSheetKind('Thông tin đơn vị', 'unit');
});

afterAll(() => app.destroy());

test('every button is a <button> of type button or submit, in the tab order or a tab, with a Vietnamese name', () => {
  const all = buttons(root);
  expect(all.length).toBeGreaterThan(20);
  for (const b of all) {
    const name = accessibleName(b);
    expect({ name: name, vietnamese: VIETNAMESE.test(name) }).toEqual({ name: name, vietnamese: true });
    expect(['button', 'submit']).toContain(b.getAttribute('type'));
    if (b.getAttribute('role') !== 'tab') expect(b.tabIndex).toBe(0);
  }
});

test('nothing else takes clicks: no role=button on other elements, no inline handlers, no positive tabindex', () => {
  expect(root.querySelectorAll('[role="button"]').length).toBe(0);
  expect(root.querySelectorAll('[onclick]').length).toBe(0);
  const withTabindex: HTMLElement[] = Array.prototype.slice.call(root.querySelectorAll('[tabindex]'));
  for (const n of withTabindex) expect(n.tabIndex).toBeLessThanOrEqual(0);
});

test('every input and select has a Vietnamese label', () => {
  const controls: HTMLElement[] = Array.prototype.slice.call(root.querySelectorAll('input, select'));
  expect(controls.length).toBeGreaterThan(15);
  for (const c of controls) {
    const name = accessibleName(c);
    expect({ id: c.id, name: name, ok: name.length > 0 && VIETNAMESE.test(name) }).toEqual({ id: c.id, name: name, ok: true });
    expect(root.querySelector('label[for="' + c.id + '"]')).not.toBeNull();
  }
});

test('tabs: one selected in the tab order, arrow keys, Home and End move between them and show their panel', () => {
  const tabs: HTMLButtonElement[] = Array.prototype.slice.call(root.querySelectorAll('[role="tab"]'));
  expect(tabs.map((t) => t.textContent)).toEqual(['Sổ dữ liệu', 'Kiểm tra', 'Báo cáo', 'Mẫu']);
  expect(root.querySelector('[role="tablist"]')!.getAttribute('aria-label')).toBe('Các mục');
  tabs[0].click();
  tabs[0].focus();
  expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
  const press = (key: string) => (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: key, bubbles: true }));
  press('ArrowRight');
  expect(document.activeElement).toBe(tabs[1]);
  expect(tabs[1].getAttribute('aria-selected')).toBe('true');
  expect(document.getElementById(tabs[1].getAttribute('aria-controls')!)!.hasAttribute('hidden')).toBe(false);
  expect(document.getElementById(tabs[0].getAttribute('aria-controls')!)!.hasAttribute('hidden')).toBe(true);
  press('End');
  expect(document.activeElement).toBe(tabs[3]);
  press('Right'); // IE11's name for the key
  expect(document.activeElement).toBe(tabs[0]);
  press('ArrowLeft');
  expect(document.activeElement).toBe(tabs[3]);
  press('Home');
  expect(document.activeElement).toBe(tabs[0]);
  for (const t of tabs) {
    const panel = document.getElementById(t.getAttribute('aria-controls')!)!;
    expect(panel.getAttribute('role')).toBe('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(t.id);
  }
});

test('status and progress are announced: live regions, an alert for errors, a labelled progress bar', () => {
  expect(root.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
  expect(root.querySelector('[role="alert"]')).not.toBeNull();
  expect(root.querySelector('.progress-step[aria-live="polite"]')).not.toBeNull();
  const bar = root.querySelector('[role="progressbar"]')!;
  expect(bar.getAttribute('aria-label')).toBe('Tiến độ');
  expect(bar.getAttribute('aria-valuemin')).toBe('0');
  expect(bar.getAttribute('aria-valuemax')).toBe('100');
});

test('disclosures say whether they are open and what they control', () => {
  const toggles: HTMLElement[] = Array.prototype.slice.call(root.querySelectorAll('.disclosure'));
  expect(toggles.length).toBeGreaterThan(3);
  for (const t of toggles) {
    expect(['true', 'false']).toContain(t.getAttribute('aria-expanded'));
    expect(document.getElementById(t.getAttribute('aria-controls')!)).not.toBeNull();
  }
});
