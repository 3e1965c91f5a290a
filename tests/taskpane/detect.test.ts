/**
 * The "Sổ dữ liệu" step: the pane reads the visible, non-empty sheets (not its own output sheets), lists
 * what it recognised with row counts, and the user's corrections change the analysis, are saved in the
 * workbook and come back when the pane is opened again.
 */
import { analyze } from '../../src/core/analyze';
import { gridOf } from '../../src/core/grid';
import { SAMPLE_MEETING_ROWS, SAMPLE_MEMBER_ROWS } from '../../src/core/sample/sampleExpected';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { MEETING_SHEET, MEMBER_SHEET, UNIT_KEYS, UNIT_SHEET } from '../../src/core/sample/templateColumns';
import { SheetEntry } from '../../src/taskpane/paneState';
import { MemoryHost } from './memoryHost';
import { controllerOn, sample, startedOn, todayFixed, unusualMemberList } from './paneFixtures';

function entry(list: SheetEntry[], sheet: string): SheetEntry {
  for (let i = 0; i < list.length; i++) if (list[i].sheet === sheet) return list[i];
  throw new Error('sheet not listed: ' + sheet);
}

function fieldColumn(e: SheetEntry, field: string): string | null {
  for (let i = 0; i < e.fields.length; i++) if (e.fields[i].field === field) return e.fields[i].column;
  throw new Error('field not listed: ' + field);
}

describe('detecting the sample registers', () => {
  test('lists the unit info, the member list and the meeting log with their row counts', async () => {
    const { pane } = await sample();
    const sheets = pane.state.workbook.sheets;
    expect(sheets.map((s) => [s.sheet, s.kind])).toEqual([
      [UNIT_SHEET, 'unit'],
      [MEMBER_SHEET, 'members'],
      [MEETING_SHEET, 'meetings'],
    ]);
    const members = entry(sheets, MEMBER_SHEET);
    expect(members.records).toBe(SAMPLE_MEMBER_ROWS);
    // Three title rows, a blank row, a two-row header (5-6) and a row of column numbers (7): data from row 8.
    expect(members.headerRows).toEqual([5, 6]);
    expect(members.summary).toBe(SAMPLE_MEMBER_ROWS + ' đảng viên, dòng 8–' + (8 + SAMPLE_MEMBER_ROWS - 1));
    expect(fieldColumn(members, 'name')).toBe('B');
    expect(fieldColumn(members, 'admitted')).toBe('G');
    const meetings = entry(sheets, MEETING_SHEET);
    expect(meetings.records).toBe(SAMPLE_MEETING_ROWS);
    expect(meetings.summary).toContain(SAMPLE_MEETING_ROWS + ' buổi sinh hoạt');
    const unit = entry(sheets, UNIT_SHEET);
    expect(unit.records).toBe(UNIT_KEYS.length);
    expect(unit.summary).toBe(UNIT_KEYS.length + ' mục thông tin');
    expect(sheets.every((s) => !s.chosenByUser)).toBe(true);
    expect(pane.state.status!.lines[0]).toBe('Đã đọc 3 trang của sổ.');
  });

  test('prefills the period the unit info gives, in dd/mm/yyyy', async () => {
    const { pane } = await sample();
    expect(pane.state.period).toEqual({ from: '01/01/2018', to: '31/12/2020', edited: false });
  });

  test('offers every column of the sheet with its header text', async () => {
    const { pane } = await sample();
    const members = entry(pane.state.workbook.sheets, MEMBER_SHEET);
    expect(members.columns[1]).toEqual({ letter: 'B', header: 'Họ và tên' });
    // Two-row header: the group label over the column is shown with it.
    const j = members.columns.filter((c) => c.letter === 'J')[0];
    expect(j.header).toBe('Trình độ / Chuyên môn');
  });

  test('does not read hidden sheets, empty sheets or the sheets the add-in writes', async () => {
    const grids = sampleGrids();
    const host = new MemoryHost(grids);
    host.sheets.push({ grid: gridOf('Báo cáo sơ kết', [['BÁO CÁO'], ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào Đảng']]), visible: true });
    host.sheets.push({ grid: gridOf('Kiểm tra dữ liệu', [['x']]), visible: true });
    host.sheets.push({ grid: gridOf('Sheet1', []), visible: true });
    host.sheets.push({ grid: gridOf('Cũ', [['Họ và tên', 'Ngày sinh']]), visible: false });
    const pane = controllerOn(host);
    await pane.start();
    expect(host.reads[0]).toEqual([UNIT_SHEET, MEMBER_SHEET, MEETING_SHEET]);
    expect(pane.state.workbook.hidden).toEqual(['Cũ']);
  });

  test('an empty workbook says so and points to the templates', async () => {
    const { pane } = await startedOn([gridOf('Sheet1', [])]);
    expect(pane.state.workbook.sheets).toEqual([]);
    expect(pane.state.status!.lines[0]).toContain('Sổ chưa có trang nào có dữ liệu');
  });
});

describe('correcting the detection', () => {
  test('pointing a field at another column changes the analysis, and is saved and reloaded', async () => {
    const { host, pane } = await startedOn([unusualMemberList()]);
    const before = entry(pane.state.workbook.sheets, 'Danh sách');
    expect(fieldColumn(before, 'admitted')).toBeNull();
    expect(pane.state.findings!.groups[0].rules.map((r) => r.title)).toContain('Thiếu cột bắt buộc');

    await pane.setFieldColumn('Danh sách', 'admitted', 'E');
    const after = entry(pane.state.workbook.sheets, 'Danh sách');
    expect(after.chosenByUser).toBe(true);
    expect(fieldColumn(after, 'admitted')).toBe('E');
    const titles = pane.state.findings!.groups.map((g) => g.rules.map((r) => r.title).join('|')).join('|');
    expect(titles).not.toContain('Thiếu cột bắt buộc');
    expect(pane.state.status!.lines).toEqual(['Đã lưu lựa chọn vào sổ.']);
    expect(host.choices.tableOverrides).toEqual([{ sheet: 'Danh sách', kind: 'members', columns: { admitted: 'E' } }]);

    // The pane opened again on the same workbook reads the saved choice.
    const again = controllerOn(host);
    await again.start();
    expect(fieldColumn(entry(again.state.workbook.sheets, 'Danh sách'), 'admitted')).toBe('E');
    // The saved choice reaches core: all three admission dates are read from column E.
    const a = analyze([unusualMemberList()], { today: todayFixed(), overrides: again.overrides });
    expect(a.dataset.members.filter((m) => m.admitted !== null).length).toBe(3);
  });

  test('"Bỏ qua" leaves a sheet out of the analysis, and "Dùng nhận dạng tự động" brings it back', async () => {
    const { host, pane } = await sample();
    const countsBefore = pane.state.findings!.counts;
    await pane.setSheetKind(MEETING_SHEET, 'ignore');
    const meetings = entry(pane.state.workbook.sheets, MEETING_SHEET);
    expect(meetings.kind).toBe('ignore');
    expect(meetings.summary).toBe('Trang này không được đọc.');
    const a = analyze(sampleGrids(), { today: todayFixed(), overrides: [{ sheet: MEETING_SHEET, kind: 'ignore' }] });
    expect(a.dataset.meetings.length).toBe(0);
    expect(pane.state.findings!.counts).toEqual(countBy(a.findings));
    expect(pane.state.findings!.counts).not.toEqual(countsBefore);
    expect(host.choices.tableOverrides).toEqual([{ sheet: MEETING_SHEET, kind: 'ignore' }]);

    const reopened = controllerOn(host);
    await reopened.start();
    expect(entry(reopened.state.workbook.sheets, MEETING_SHEET).kind).toBe('ignore');

    await reopened.resetSheet(MEETING_SHEET);
    expect(entry(reopened.state.workbook.sheets, MEETING_SHEET).kind).toBe('meetings');
    expect(entry(reopened.state.workbook.sheets, MEETING_SHEET).records).toBe(SAMPLE_MEETING_ROWS);
    expect(host.choices.tableOverrides).toEqual([]);
  });

  test('header rows typed by the user are used; a bad value is refused in Vietnamese', async () => {
    const { host, pane } = await startedOn([unusualMemberList()]);
    await pane.setHeaderRows('Danh sách', '3-5');
    expect(pane.state.status).toEqual({
      kind: 'error',
      lines: ['Dòng tiêu đề phải là một số dòng (ví dụ 5) hoặc hai dòng liền nhau (ví dụ 5-6).'],
    });
    expect(host.saves).toBe(0);
    await pane.setHeaderRows('Danh sách', '4');
    // Row 4 holds a member, not headers; the pane follows the user all the same.
    const e = entry(pane.state.workbook.sheets, 'Danh sách');
    expect(e.chosenByUser).toBe(true);
    expect(host.choices.tableOverrides).toEqual([{ sheet: 'Danh sách', kind: 'members', headerRows: [4] }]);
    await pane.setHeaderRows('Danh sách', '3');
    expect(entry(pane.state.workbook.sheets, 'Danh sách').records).toBe(3);
    expect(entry(pane.state.workbook.sheets, 'Danh sách').headerRows).toEqual([3]);
  });

  test('a choice that cannot be saved is still used, and the user is told', async () => {
    const { host, pane } = await sample();
    host.failNext = { method: 'saveChoices', error: new Error('settings') };
    await pane.setSheetKind(UNIT_SHEET, 'ignore');
    expect(entry(pane.state.workbook.sheets, UNIT_SHEET).kind).toBe('ignore');
    expect(pane.state.status!.kind).toBe('warning');
    expect(pane.state.status!.lines[0]).toContain('Không lưu được lựa chọn');
  });
});

function countBy(findings: { severity: 'error' | 'warning' | 'info' }[]): Record<string, number> {
  const c: Record<string, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

describe('a sheet holding several registers', () => {
  test('says what each table on the sheet gave, with its rows', async () => {
    const header = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng'];
    const grid = gridOf('Danh sách', [
      ['DANH SÁCH ĐẢNG VIÊN CHI BỘ VĂN PHÒNG'],
      header,
      [1, 'Nguyễn Văn An', 'Nam', '01/03/1975', '01/02/2005'],
      [2, 'Trần Thị Bình', 'Nữ', '02/03/1975', '02/02/2005'],
      [],
      ['DANH SÁCH ĐẢNG VIÊN CHI BỘ KỸ THUẬT'],
      header,
      [1, 'Lê Văn Cường', 'Nam', '03/03/1975', '03/02/2005'],
    ]);
    const { pane } = await startedOn([grid]);
    const e = entry(pane.state.workbook.sheets, 'Danh sách');
    expect(e.kind).toBe('members');
    expect(e.summary).toBe('Trang có 2 bảng: 2 đảng viên, dòng 3–4; 1 đảng viên, dòng 8');
  });
});
