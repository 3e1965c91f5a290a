/**
 * Fixes and "Hoàn tác" in Excel: the pane's controller over the Office.js gateway over the strict fake.
 * Applying every fix group and then undoing every batch leaves every sheet exactly as it was (and no
 * sheet of the add-in's behind); formats of fixed cells never change; the undo log survives saving and
 * reopening the workbook (in a very hidden sheet from ExcelApi 1.2, in the document settings at 1.1); an
 * undo is refused when the user changed a fixed cell since, unless forced; a formula cell is refused and
 * reported while the rest of its group is fixed.
 */
import { UNDO_LOG_SHEET_NAME } from '../../src/core/fixes/undoLogFormat';
import { UNDO_LOG_SETTING } from '../../src/hosts/excel/undoLogStore';
import { everySheet, MEMBERS, paneOnFake, plantedName9, plantedState } from './plantedOnExcel';

function statusText(s: { status: { lines: string[] } | null }): string {
  return s.status ? s.status.lines.join('\n') : '';
}

async function checked(version: string) {
  const env = paneOnFake(plantedState(), version);
  await env.pane.start();
  await env.pane.check();
  return env;
}

function groupNamed(env: Awaited<ReturnType<typeof checked>>, label: string) {
  const found = env.pane.state.fixGroups!.filter((g) => g.label === label);
  expect(found).toHaveLength(1);
  return found[0];
}

describe.each(['1.17', '1.1'])('fixes in Excel (ExcelApi %s)', (version) => {
  test('every fix group applied, then every batch undone: every sheet exactly as before, formats never touched', async () => {
    const env = await checked(version);
    const { fake, pane } = env;
    const before = everySheet(fake.state);
    const sheetCount = fake.state.sheets.length;
    const active = fake.state.activeSheetId;
    const members = fake.state.sheetByName(MEMBERS)!;
    const formatsBefore = JSON.stringify(members.rows.map((row) => (row || []).map((c) => (c ? [c.nf, c.fmt] : null))));
    expect(pane.state.undo).toEqual({ label: null, batches: 0, refused: null, damaged: null });

    const tried: string[] = [];
    let batches = 0;
    for (;;) {
      const next = pane.state.fixGroups!.filter((g) => tried.indexOf(g.key) < 0)[0];
      if (!next) break;
      tried.push(next.key);
      await pane.fixGroup(next.key);
      expect(pane.state.status!.kind === 'success' || pane.state.status!.kind === 'warning').toBe(true);
      if (/^Đã sửa \d+ ô\./.test(statusText(pane.state))) batches++;
      // Converted TCVN3 text keeps its old font (formats are never changed): the user is told to switch it.
      if (next.key.indexOf('legacy-encoded-text') === 0) expect(statusText(pane.state)).toContain('vẫn giữ phông cũ');
    }
    expect(batches).toBeGreaterThanOrEqual(8);
    expect(tried.filter((k) => k.indexOf('legacy-encoded-text') === 0).length).toBe(1);
    expect(pane.state.undo!.batches).toBe(batches);
    // Fixed: the TCVN3 name, the decomposed text, the years; the formula is not.
    expect(members.cell(9, 2)!.v).toBe(plantedName9());
    expect(members.cell(12, 10)!.v).toBe('Thạc sĩ');
    expect(members.cell(10, 6)!.v).toBe('Không'.normalize('NFC'));
    expect(members.cell(11, 4)!.v).toBe(27458); // 05/03/1975 as a date serial, in its date-formatted cell
    expect(members.cell(13, 4)).toMatchObject({ v: '12/11/1982', q: true });
    expect(members.cell(52, 10)!.v).toBe('Thạc sĩ');
    expect(members.cell(59, 10)).toMatchObject({ f: '="Thạc sỹ"', v: 'Thạc sỹ' });
    // Values changed; number formats and fonts did not.
    expect(JSON.stringify(members.rows.map((row) => (row || []).map((c) => (c ? [c.nf, c.fmt] : null))))).toBe(formatsBefore);

    // Where the log is, and the pane never lists it.
    const logSheet = fake.state.sheetByName(UNDO_LOG_SHEET_NAME);
    if (version === '1.1') {
      expect(logSheet).toBeNull();
      expect(Array.isArray(fake.state.savedSettings[UNDO_LOG_SETTING])).toBe(true);
    } else {
      expect(logSheet!.visibility).toBe('VeryHidden');
      expect(String(logSheet!.cell(1, 1)!.v).charAt(0)).toBe('~');
      expect(fake.state.settings[UNDO_LOG_SETTING]).toBeUndefined();
    }
    expect(pane.state.workbook.hidden).toEqual([]);
    expect(pane.state.workbook.sheets.map((s) => s.sheet)).not.toContain(UNDO_LOG_SHEET_NAME);

    let undone = 0;
    while (pane.state.undo!.label && undone < 50) {
      const label = pane.state.undo!.label;
      await pane.undo();
      expect(statusText(pane.state)).toMatch(new RegExp('^Đã hoàn tác “' + label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '”'));
      undone++;
    }
    expect(undone).toBe(batches);
    expect(pane.state.undo!.label).toBeNull();
    expect(everySheet(fake.state)).toEqual(before);
    expect(fake.state.sheets.length).toBe(sheetCount);
    expect(fake.state.sheetByName(UNDO_LOG_SHEET_NAME)).toBeNull();
    expect(fake.state.activeSheetId).toBe(active);
    expect(fake.state.settings[UNDO_LOG_SETTING]).toBeUndefined();
    expect(fake.state.savedSettings[UNDO_LOG_SETTING]).toBeUndefined();
    expect(fake.stats.failedSyncs).toBe(0);
  }, 60000);

  test('saved and reopened: "Hoàn tác" shows the batch and restores exactly', async () => {
    const env = await checked(version);
    const before = everySheet(env.fake.state);
    const group = groupNamed(env, 'Sửa 3 ô: “Thạc sỹ” → “Thạc sĩ”');
    await env.pane.fixGroup(group.key);
    expect(statusText(env.pane.state)).toMatch(/^Đã sửa 2 ô\./);
    const label = env.pane.state.undo!.label!;
    expect(label).toBe('Sửa 2 ô: “Thạc sỹ” → “Thạc sĩ”');

    // The user saves and closes; the workbook opens again with a new pane.
    const again = paneOnFake(env.fake.state.reopened(), version);
    await again.pane.start();
    expect(again.pane.state.undo!.label).toBe(label);
    expect(again.pane.state.undo!.batches).toBe(1);
    await again.pane.undo();
    expect(statusText(again.pane.state)).toBe('Đã hoàn tác “' + label + '” (2 ô).');
    expect(everySheet(again.fake.state)).toEqual(before);
    expect(again.fake.state.sheetByName(UNDO_LOG_SHEET_NAME)).toBeNull();
    expect(again.pane.state.undo!.label).toBeNull();
  }, 60000);

  test('undo refused after the user changed a fixed cell; "Vẫn hoàn tác" restores it anyway', async () => {
    const env = await checked(version);
    const before = everySheet(env.fake.state);
    const group = groupNamed(env, 'Sửa 3 ô: “Thạc sỹ” → “Thạc sĩ”');
    await env.pane.fixGroup(group.key);
    const members = env.fake.state.sheetByName(MEMBERS)!;
    members.cell(52, 10)!.v = 'Tiến sĩ';
    await env.pane.undo();
    expect(env.pane.state.status!.kind).toBe('warning');
    const refused = env.pane.state.undo!.refused!;
    expect(refused).toContain('ô J52 (trang "Danh sách đảng viên") đã được sửa sau đó (đang là “Tiến sĩ”, lúc sửa là “Thạc sĩ”)');
    expect(statusText(env.pane.state)).toBe(refused);
    expect(members.cell(52, 10)!.v).toBe('Tiến sĩ');
    expect(env.pane.state.undo!.batches).toBe(1);

    await env.pane.undo(true);
    expect(statusText(env.pane.state)).toMatch(/^Đã hoàn tác/);
    expect(env.pane.state.undo!.refused).toBeNull();
    expect(everySheet(env.fake.state)).toEqual(before);
  }, 60000);

  test('a formula cell is refused and reported; the rest of its group is fixed', async () => {
    const env = await checked(version);
    const group = groupNamed(env, 'Sửa 3 ô: “Thạc sỹ” → “Thạc sĩ”');
    await env.pane.fixGroup(group.key);
    const lines = env.pane.state.status!.lines;
    expect(env.pane.state.status!.kind).toBe('warning');
    expect(lines[0]).toBe('Đã sửa 2 ô.');
    expect(lines[1]).toBe('1 đề xuất không sửa được:');
    expect(lines[2]).toBe('Không sửa ô J59 (trang "Danh sách đảng viên"): ô chứa công thức.');
    const members = env.fake.state.sheetByName(MEMBERS)!;
    expect(members.cell(59, 10)).toMatchObject({ f: '="Thạc sỹ"', v: 'Thạc sỹ' });
    expect(members.cell(52, 10)!.v).toBe('Thạc sĩ');
    // The re-check no longer lists the fixed cells; the formula's finding stays.
    const left = env.pane.state.fixGroups!.filter((g) => g.key === group.key);
    expect(left.map((g) => g.cells)).toEqual([1]);
  }, 60000);
});

describe('a damaged undo log', () => {
  test('is shown; on the user’s choice a new, empty log replaces it, and fixes work again', async () => {
    const state = plantedState();
    // A log sheet whose content cannot be read (cut short by another program).
    const logSheet = state.addSheet(UNDO_LOG_SHEET_NAME);
    logSheet.visibility = 'VeryHidden';
    logSheet.ensure(1, 1).v = '~{"v":1,"b":[{"i":"1","t"';
    const env = paneOnFake(state, '1.17');
    await env.pane.start();
    await env.pane.check();
    expect(env.pane.state.undo!.damaged).toBeTruthy();
    const before = everySheet(env.fake.state);

    await env.pane.resetUndoLog();
    expect(statusText(env.pane.state)).toContain('Đã bắt đầu nhật ký hoàn tác mới');
    expect(env.pane.state.undo).toEqual({ label: null, batches: 0, refused: null, damaged: null });
    // The registers are untouched by the reset; the damaged log is gone.
    expect(everySheet(env.fake.state).filter((s) => s.indexOf(UNDO_LOG_SHEET_NAME) < 0)).toEqual(
      before.filter((s) => s.indexOf(UNDO_LOG_SHEET_NAME) < 0),
    );
    expect(env.fake.state.sheetByName(UNDO_LOG_SHEET_NAME)).toBeNull();

    const group = env.pane.state.fixGroups!.filter((g) => g.kind === 'form')[0];
    await env.pane.fixGroup(group.key);
    expect(statusText(env.pane.state)).toMatch(/^Đã sửa \d+ ô\./);
    expect(env.pane.state.undo!.batches).toBe(1);
  });
});
