/**
 * @jest-environment jsdom
 */
/**
 * "Sửa cả nhóm", "Sửa" and "Hoàn tác" clicked in the page, on the in-memory workbook with planted mistakes:
 * the group's button is named by what it does, the status says how many cells were fixed and which were
 * not, "Hoàn tác" names the last batch and puts the old values back, and is disabled when there is
 * nothing left to undo.
 */
import { mountTaskpane, PaneApp } from '../../src/taskpane/app';
import { MEMBERS, plantedRegisters, TODAY } from '../core/fixes/plantedRegisters';
import { buttonNamed, buttons, accessibleName, text, visiblePanel } from './domHelpers';
import { MemoryHost } from './memoryHost';

let root: HTMLElement;
let app: PaneApp | null = null;

beforeEach(() => {
  document.body.innerHTML = '<main id="app"></main>';
  root = document.getElementById('app')!;
});

afterEach(() => {
  if (app) app.destroy();
  app = null;
});

async function click(b: HTMLElement): Promise<void> {
  b.click();
  await app!.controller.idle();
}

/** The status lines shown, one sentence group per line, joined by spaces. */
function status(): string {
  const lines: Element[] = Array.prototype.slice.call(root.querySelectorAll('[role="status"] p, [role="alert"] p'));
  return lines.map((p) => text(p)).join(' ');
}

function plantedHost(): MemoryHost {
  const p = plantedRegisters();
  const host = new MemoryHost(p.grids);
  host.formulas[MEMBERS] = new Set(p.formulas[MEMBERS]);
  return host;
}

test('"Sửa cả nhóm" then "Hoàn tác" from the page', async () => {
  const host = plantedHost();
  const original = JSON.stringify(host.sheet(MEMBERS)!.grid.rows);
  app = mountTaskpane(root, host, { today: () => ({ y: TODAY.y, m: TODAY.m, d: TODAY.d }) });
  await app.ready;
  await click(buttonNamed(root, 'Kiểm tra'));
  const panel = visiblePanel(root);
  // Nothing to undo yet: the button is there, disabled.
  const undoBefore = buttonNamed(panel, 'Hoàn tác');
  expect(undoBefore.disabled).toBe(true);
  await click(buttonNamed(panel, 'Kiểm tra dữ liệu'));
  expect(buttonNamed(panel, 'Hoàn tác').disabled).toBe(true);

  // Form fixes and guesses are listed apart; a guess says it is one.
  expect(text(panel.querySelector('.fix-forms h4'))).toBe('Sửa cách viết (không đổi nội dung)');
  const group = buttonNamed(panel, 'Sửa cả nhóm — Sửa 3 ô: “Thạc sỹ” → “Thạc sĩ”');
  expect(text(group)).toBe('Sửa cả nhóm');
  await click(group);
  expect(status()).toBe('Đã sửa 2 ô. 1 đề xuất không sửa được: Không sửa ô J59 (trang "Danh sách đảng viên"): ô chứa công thức.');
  expect(host.sheet(MEMBERS)!.grid.rows[52 - 1][10 - 1]).toBe('Thạc sĩ');
  expect(host.undoLog.length).toBe(1);

  // One finding's own "Sửa": the guess of a correction says so in its name.
  await click(buttonNamed(root, 'Kiểm tra'));
  const fixOne = buttons(panel).filter((b) => accessibleName(b) === 'Sửa ô K14 (phỏng đoán): “Trunq cấp” → “Trung cấp”');
  if (fixOne.length === 0) {
    // The finding sits in a closed group: open it.
    const toggles = buttons(panel).filter((b) => /^Danh mục không nhận ra|không có trong danh mục/i.test(text(b)));
    for (const t of toggles) if (t.getAttribute('aria-expanded') === 'false') await click(t);
  }
  await click(buttonNamed(panel, 'Sửa ô K14 (phỏng đoán): “Trunq cấp” → “Trung cấp”'));
  expect(status()).toBe('Đã sửa 1 ô.');
  expect(host.sheet(MEMBERS)!.grid.rows[14 - 1][11 - 1]).toBe('Trung cấp');

  // Hoàn tác, last batch first.
  const undo1 = buttonNamed(panel, 'Hoàn tác: Sửa 1 ô: “Trunq cấp” → “Trung cấp”');
  expect(undo1.disabled).toBe(false);
  expect(text(panel.querySelector('.undo-note'))).toBe('Còn 1 lần sửa trước đó có thể hoàn tác lần lượt.');
  await click(undo1);
  expect(status()).toBe('Đã hoàn tác “Sửa 1 ô: “Trunq cấp” → “Trung cấp”” (1 ô).');
  await click(buttonNamed(panel, 'Hoàn tác: Sửa 2 ô: “Thạc sỹ” → “Thạc sĩ”'));
  expect(status()).toBe('Đã hoàn tác “Sửa 2 ô: “Thạc sỹ” → “Thạc sĩ”” (2 ô).');
  expect(JSON.stringify(host.sheet(MEMBERS)!.grid.rows)).toBe(original);
  expect(host.undoLog).toEqual([]);
  expect(buttonNamed(panel, 'Hoàn tác').disabled).toBe(true);
  expect(text(panel.querySelector('.undo-note'))).toBe('Chưa có lần sửa nào để hoàn tác.');
});

test('"Sửa mọi lỗi cách viết" fixes every form problem in one batch, and one "Hoàn tác" undoes it all', async () => {
  const host = plantedHost();
  const original = JSON.stringify(host.sheet(MEMBERS)!.grid.rows);
  app = mountTaskpane(root, host, { today: () => ({ y: TODAY.y, m: TODAY.m, d: TODAY.d }) });
  await app.ready;
  await click(buttonNamed(root, 'Kiểm tra'));
  const panel = visiblePanel(root);
  await click(buttonNamed(panel, 'Kiểm tra dữ liệu'));
  const groupsBefore = app!.controller.state.fixGroups!.filter((g) => g.kind === 'form');
  expect(groupsBefore.length).toBeGreaterThan(1);
  const all = buttonNamed(panel, 'Sửa mọi lỗi cách viết');
  expect(accessibleName(all)).toMatch(/^Sửa mọi lỗi cách viết: \d+ ô, không đổi nội dung$/);
  await click(all);
  expect(status()).toMatch(/^Đã sửa \d+ ô\./);
  expect(host.undoLog.length).toBe(1);
  // What is left of the form groups is only what could not be written (the formula cell).
  const left = app!.controller.state.fixGroups!.filter((g) => g.kind === 'form');
  expect(left.every((g) => g.findings.every((f) => f.row === 59))).toBe(true);
  // Guesses were not applied: the misspelt "Trunq cấp" is still there.
  expect(host.sheet(MEMBERS)!.grid.rows[14 - 1][11 - 1]).toBe('Trunq cấp');

  await click(buttonNamed(panel, 'Hoàn tác: ' + app!.controller.state.undo!.label));
  expect(JSON.stringify(host.sheet(MEMBERS)!.grid.rows)).toBe(original);
  expect(host.undoLog).toEqual([]);
});
