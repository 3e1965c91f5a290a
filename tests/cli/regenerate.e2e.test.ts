/**
 * Regenerating the report from the command line (`bao-cao -o` naming an existing report): the text
 * the office typed into every NoiDung_ range is kept, where the range now is, with its row grown to
 * show it; everything computed is refreshed (here for another period, after the office overwrote
 * a computed paragraph and a count); deleting the sheet and regenerating starts clean.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { estimateRowHeight } from '../../src/core/report/rowHeight';
import { SUMMARY_SHEET_NAME, USER_TEXT } from '../../src/core/report/summarySheet';
import { parseSheetRange } from '../../src/hosts/xlsx/writeSheetModel';
import { makeSample } from '../../scripts/makeSample';
import { captureIo, tempDir } from './cliFixtures';

let dir: string;
const REPORT = 'bao-cao-giu-noi-dung.xlsx';

beforeAll(async () => {
  dir = tempDir();
  await makeSample(path.join(dir, 'so.xlsx'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, REPORT));
  return wb;
}

/** The NoiDung_ names of the workbook with the top-left cell each points to. */
function userTextCells(wb: ExcelJS.Workbook): Record<string, { sheet: string; row: number; col: number }> {
  const out: Record<string, { sheet: string; row: number; col: number }> = {};
  for (const dn of wb.definedNames.model) {
    if (dn.name.indexOf('NoiDung_') !== 0) continue;
    expect([dn.name, dn.ranges.length]).toEqual([dn.name, 1]);
    const p = parseSheetRange(dn.ranges[0])!;
    out[dn.name] = { sheet: p.sheet, row: p.range.top, col: p.range.left };
  }
  return out;
}

async function baoCao(extra: string[]): Promise<string> {
  const io = captureIo(dir);
  expect(await main(['bao-cao', 'so.xlsx', '-o', REPORT].concat(extra), io)).toBe(0);
  return io.out;
}

const ALL_NAMES = Object.keys(USER_TEXT).map((k) => (USER_TEXT as Record<string, string>)[k]);

/** What the office types: a short text per place, and three paragraphs for the strengths. */
function typed(name: string): string {
  if (name === USER_TEXT.strengths) {
    const p =
      'Trong giai đoạn vừa qua, được sự quan tâm, chỉ đạo sát sao của cấp ủy cấp trên, đặc biệt là của Đảng ủy Khối các cơ quan tỉnh; cùng với sự phối hợp trong công tác lãnh đạo, chỉ đạo, tổ chức thực hiện, Đảng bộ đã đạt được nhiều kết quả.';
    return [p, p, p].join('\n');
  }
  return 'Nội dung văn phòng tự viết cho ' + name + '.';
}

describe('regenerating an existing report', () => {
  test('keeps the text typed into every NoiDung_ range and refreshes everything computed for the new period', async () => {
    await baoCao([]);
    const wb = await open();
    const before = userTextCells(wb);
    expect(Object.keys(before).sort()).toEqual(ALL_NAMES.slice().sort());
    const ws = wb.getWorksheet(SUMMARY_SHEET_NAME)!;
    for (const name of ALL_NAMES) ws.getCell(before[name].row, before[name].col).value = typed(name);
    // The office also overwrote a computed paragraph and a count of the appendix.
    let overview = 0;
    let membersCount = 0;
    ws.eachRow((row, r) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string' && v.indexOf('Ban chấp hành Đảng bộ') >= 0) overview = r;
      if (row.getCell(2).value === 'Tổng số đảng viên') membersCount = r;
    });
    expect([overview > 0, membersCount > 0]).toEqual([true, true]);
    ws.getCell(overview, 1).value = 'Văn phòng sửa tay đoạn này.';
    ws.getCell(membersCount, 7).value = 999;
    await wb.xlsx.writeFile(path.join(dir, REPORT));

    const out = await baoCao(['--tu', '01/01/2019', '--den', '31/12/2019']);
    expect(out).toContain('Giữ nguyên ' + ALL_NAMES.length + ' ô nội dung do văn phòng tự viết.');
    const back = await open();
    const after = userTextCells(back);
    const sheet = back.getWorksheet(SUMMARY_SHEET_NAME)!;
    for (const name of ALL_NAMES) {
      expect(after[name].sheet).toBe(SUMMARY_SHEET_NAME);
      const cell = sheet.getCell(after[name].row, after[name].col);
      expect([name, cell.value]).toEqual([name, typed(name)]);
      // The office's text is not the grey hint.
      expect([name, cell.font.italic === true && name !== USER_TEXT.recipients]).toEqual([name, false]);
    }
    // Three paragraphs of about 220 characters: the row grew to show them (16,5 cm at 14 pt).
    const strengths = after[USER_TEXT.strengths];
    const need = estimateRowHeight(typed(USER_TEXT.strengths), 622, { size: 14 });
    expect(need).toBeGreaterThan(8 * 15.75);
    expect(sheet.getRow(strengths.row).height).toBeGreaterThanOrEqual(need);
    // Computed text refreshed, for 2019: 64 members on 31/12/2019, 2 admitted, 48 + 16 meetings.
    const texts: string[] = [];
    sheet.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string') texts.push(v);
    });
    const all = texts.join('\n');
    expect(all).not.toContain('Văn phòng sửa tay đoạn này.');
    expect(all).toContain('Đảng bộ có 64 đảng viên, đạt tỷ lệ 68,8% so với tổng số 93 công chức, viên chức, người lao động.');
    expect(all).toContain('Trong năm 2019 toàn Đảng bộ đã kết nạp được 02 đảng viên mới');
    expect(all).toContain('Trong năm 2019, các chi bộ trực thuộc đã tổ chức 48 buổi sinh hoạt thường kỳ và 16 buổi sinh hoạt chuyên đề.');
    expect(all).toContain('Sơ kết 1 năm thực hiện');
    let count: ExcelJS.CellValue = null;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'Tổng số đảng viên') count = row.getCell(7).value;
    });
    expect(count).toBe(64);
  });

  test('deleting the sheet and regenerating starts clean', async () => {
    const wb = await open();
    wb.removeWorksheet(wb.getWorksheet(SUMMARY_SHEET_NAME)!.id);
    await wb.xlsx.writeFile(path.join(dir, REPORT));

    const out = await baoCao([]);
    expect(out).not.toContain('Giữ nguyên');
    const back = await open();
    const cells = userTextCells(back);
    expect(Object.keys(cells).sort()).toEqual(ALL_NAMES.slice().sort());
    const sheet = back.getWorksheet(SUMMARY_SHEET_NAME)!;
    for (const name of ALL_NAMES) {
      const cell = sheet.getCell(cells[name].row, cells[name].col);
      if (name === USER_TEXT.recipients) {
        expect(cell.value).toBe('\u2010 Đảng ủy Khối các cơ quan tỉnh (b/c);\n- Các chi bộ trực thuộc (t/h);\n- Lưu: VT, ĐU.');
        continue;
      }
      // The grey hint again, none of the office's old text.
      expect([name, String(cell.value).indexOf('(Nhập ')]).toEqual([name, 0]);
      expect(cell.font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });
    }
  });
});
