/**
 * "Tạo mẫu" and "Dữ liệu mẫu" add sheets and never overwrite one of the user's: a name already taken
 * gets the next free one ("Danh sách đảng viên (2)"), dropdowns follow the renamed sheets, and the new
 * sheets are listed at once.
 */
import { gridOf } from '../../src/core/grid';
import { SAMPLE_MEETING_ROWS, SAMPLE_MEMBER_ROWS } from '../../src/core/sample/sampleExpected';
import { sampleSheetModels } from '../../src/core/sample/sampleSheets';
import { MEETING_SHEET, MEMBER_SHEET, UNIT_SHEET } from '../../src/core/sample/templateColumns';
import { templateWorkbook } from '../../src/core/sample/templateSheets';
import { freeSheetName } from '../../src/taskpane/freeSheetName';
import { MemoryHost } from './memoryHost';
import { controllerOn, startedOn, TODAY } from './paneFixtures';

describe('free sheet names', () => {
  test('the name itself, else (2), (3)…, case-insensitively, within 31 characters', () => {
    expect(freeSheetName('Danh sách đảng viên', ['Sheet1'])).toBe('Danh sách đảng viên');
    expect(freeSheetName('Danh sách đảng viên', ['danh sách ĐẢNG viên'])).toBe('Danh sách đảng viên (2)');
    expect(freeSheetName('Sổ', ['Sổ', 'Sổ (2)'])).toBe('Sổ (3)');
    const long = 'Danh sách đảng viên chi bộ số 12'; // 32 characters: more than Excel allows with a suffix
    const name = freeSheetName(long.slice(0, 31), [long.slice(0, 31)]);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toBe('Danh sách đảng viên chi bộ (2)');
  });
});

describe('the empty template', () => {
  test('in a new workbook: the three standard sheets with their dropdowns, member list active', async () => {
    const { host, pane } = await startedOn([gridOf('Sheet1', [])]);
    await pane.writeTemplate();
    const t = templateWorkbook(TODAY.y - 1);
    expect(host.writes.map((w) => w.model.name)).toEqual([UNIT_SHEET, MEMBER_SHEET, MEETING_SHEET]);
    expect(host.writes.map((w) => w.model)).toEqual(t.sheets);
    expect(host.active).toBe(MEMBER_SHEET);
    expect(host.dropdowns).toEqual(t.dropdowns);
    expect(pane.state.status!.lines).toEqual([
      'Đã tạo sổ trống theo mẫu: các trang \u201CThông tin đơn vị\u201D, \u201CDanh sách đảng viên\u201D, \u201CSổ sinh hoạt chi bộ\u201D.',
      'Đã thêm ' + t.dropdowns.length + ' danh sách chọn.',
    ]);
    // The new sheets are read at once and listed.
    expect(pane.state.workbook.sheets.map((s) => s.sheet)).toEqual([UNIT_SHEET, MEMBER_SHEET, MEETING_SHEET]);
  });

  test('never overwrites a sheet of the user: taken names get the next free one, dropdowns follow', async () => {
    const mine = gridOf(MEMBER_SHEET, [['Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào Đảng'], ['Nguyễn Văn An', '02/03/1980', 'Nam', '19/05/2010']]);
    const { host, pane } = await startedOn([mine, gridOf('Sổ sinh hoạt chi bộ (2)', [['x']])]);
    const before = JSON.stringify(host.sheet(MEMBER_SHEET)!.grid.rows);
    await pane.writeTemplate();
    await pane.writeTemplate();
    const names = host.writes.map((w) => w.model.name);
    expect(names).toEqual([
      UNIT_SHEET,
      MEMBER_SHEET + ' (2)',
      MEETING_SHEET,
      UNIT_SHEET + ' (2)',
      MEMBER_SHEET + ' (3)',
      MEETING_SHEET + ' (3)',
    ]);
    expect(JSON.stringify(host.sheet(MEMBER_SHEET)!.grid.rows)).toBe(before);
    expect(host.sheet('Sổ sinh hoạt chi bộ (2)')!.grid.rows).toEqual([['x']]);
    const dropdownSheets = host.dropdowns.map((d) => d.sheet).filter((s, i, all) => all.indexOf(s) === i);
    expect(dropdownSheets).toEqual([MEMBER_SHEET + ' (2)', MEETING_SHEET, MEMBER_SHEET + ' (3)', MEETING_SHEET + ' (3)']);
  });

  test('where Excel has no dropdown lists the sheets are still added, and the user is told', async () => {
    const host = new MemoryHost([]);
    host.capabilities = { dataValidation: false, namedRanges: false, pageLayout: false };
    const pane = controllerOn(host);
    await pane.start();
    await pane.writeTemplate();
    expect(host.writes.length).toBe(3);
    expect(host.dropdowns).toEqual([]);
    expect(pane.state.status!.lines[1]).toBe('Excel này không hỗ trợ danh sách chọn; các trang mẫu vẫn dùng được.');
  });
});

describe('the sample data', () => {
  test('in an empty workbook: the sample registers, read back and listed with their row counts', async () => {
    const { host, pane } = await startedOn([gridOf('Sheet1', [])]);
    await pane.writeSample();
    expect(host.writes.map((w) => w.model)).toEqual(sampleSheetModels());
    const listed = pane.state.workbook.sheets.map((s) => [s.sheet, s.kind, s.records]);
    expect(listed).toEqual([
      [UNIT_SHEET, 'unit', 12],
      [MEMBER_SHEET, 'members', SAMPLE_MEMBER_ROWS],
      [MEETING_SHEET, 'meetings', SAMPLE_MEETING_ROWS],
    ]);
    expect(pane.state.status!.lines).toEqual([
      'Đã ghi dữ liệu mẫu vào các trang \u201CThông tin đơn vị\u201D, \u201CDanh sách đảng viên\u201D, \u201CSổ sinh hoạt chi bộ\u201D.',
    ]);
    // Then the report can be made at once: 66 members on 31/12/2020.
    await pane.generateReport();
    expect(pane.state.report!.figures[1].value).toBe('66 (71% của 93 CB-CC-VC-NLĐ)');
  });

  test('next to the user\'s data: new names, the user\'s sheets untouched, and a word about mixing them', async () => {
    const mine = gridOf(UNIT_SHEET, [['Tên đảng bộ', 'Đảng bộ Xã A'], ['Cấp ủy cấp trên', 'Đảng ủy Huyện B'], ['Địa danh', 'B']]);
    const { host, pane } = await startedOn([mine]);
    await pane.writeSample();
    expect(host.writes.map((w) => w.model.name)).toEqual([UNIT_SHEET + ' (2)', MEMBER_SHEET, MEETING_SHEET]);
    expect(host.sheet(UNIT_SHEET)!.grid.rows).toEqual(mine.rows);
    expect(pane.state.status!.lines[1]).toMatch(/^Sổ đã có dữ liệu khác/);
  });
});
