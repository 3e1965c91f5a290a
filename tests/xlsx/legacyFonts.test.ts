/**
 * A workbook typed in .VnTime: the xlsx reader gives the core each text cell's font, so cells that
 * statistics alone would leave (they are Unicode words too: "Chi bé", "Cã") are read as the font draws
 * them, and capitals from .VnTimeH come back as capitals.
 */
import * as ExcelJS from 'exceljs';
import { fontAt } from '../../src/core/grid';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/readWorkbook';
import { readRegisters } from '../../src/core/registers';

const TODAY = { y: 2026, m: 11, d: 27 };

async function workbook(withFonts: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  const base = withFonts ? { name: '.VnTime' } : {};
  const upper = withFonts ? { name: '.VnTimeH' } : {};
  // "DANH SÁCH ĐẢNG VIÊN" in .VnTimeH: stored in small letters.
  ws.getCell('A1').value = 'danh s\u00b8ch \u00ae\u00b6ng vi\u00aan';
  ws.getCell('A1').font = upper;
  const header = ['STT', 'H\u00e4 v\u00b5 t\u00aan', 'Gi\u00edi t\u00ddnh', 'Ng\u00b5y sinh', 'Ng\u00b5y v\u00b5o \u00a7\u00b6ng', 'Chi b\u00e9'];
  const rows = [
    [1, 'NguyÔn V¨n Hïng', 'Nam', '05/03/1975', '01/02/2008', 'Chi b\u00e9'],
    [2, 'TrÇn ThÞ Thu H\u00ad\u00acng', 'N\u00f7', '12/11/1982', '19/05/2008', 'Chi b\u00e9'],
  ];
  ws.addRow([]);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  for (let r = 3; r <= 5; r++) for (let c = 1; c <= 6; c++) ws.getCell(r, c).font = base;
  // A rich-text cell: its font is on the run.
  ws.getCell('F5').value = { richText: [{ text: 'Chi b\u00e9', font: withFonts ? { name: '.VnTime' } : {} }] };
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('fonts of text cells from an .xlsx file', () => {
  test('the reader keeps the font names of text cells, rich text included', async () => {
    const { grids } = await readWorkbookBuffer(await workbook(true), 'vntime.xlsx');
    const g = grids[0];
    expect(fontAt(g, 1, 1)).toBe('.VnTimeH');
    expect(fontAt(g, 3, 2)).toBe('.VnTime');
    expect(fontAt(g, 5, 6)).toBe('.VnTime');
  });

  test('with the fonts, every legacy cell is read, "Chi bé" as "Chi bộ" and the H-font title in capitals', async () => {
    const { grids } = await readWorkbookBuffer(await workbook(true), 'vntime.xlsx');
    const res = readRegisters(grids, { today: TODAY });
    expect(res.dataset.members.map((m) => [m.name, m.gender, m.cell])).toEqual([
      ['Nguyễn Văn Hùng', 'male', 'Chi bộ'],
      ['Trần Thị Thu Hương', 'female', 'Chi bộ'],
    ]);
    const legacy = res.findings.filter((f) => f.code === 'legacy-encoded-text');
    const title = legacy.filter((f) => f.row === 1)[0];
    expect(title.suggestion).toBe('DANH SÁCH ĐẢNG VIÊN');
    expect(legacy.filter((f) => f.value === 'Chi b\u00e9').map((f) => f.suggestion)).toEqual(['Chi bộ', 'Chi bộ', 'Chi bộ']);
  });

  test('without them, the title comes back in small letters, and the sheet still reads "Chi bé" as TCVN3', async () => {
    const { grids } = await readWorkbookBuffer(await workbook(false), 'plain.xlsx');
    const res = readRegisters(grids, { today: TODAY });
    const legacy = res.findings.filter((f) => f.code === 'legacy-encoded-text');
    expect(legacy.filter((f) => f.row === 1)[0].suggestion).toBe('danh sách đảng viên');
    expect(res.dataset.members.map((m) => m.cell)).toEqual(['Chi bộ', 'Chi bộ']);
  });
});
