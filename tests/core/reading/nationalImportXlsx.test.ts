/**
 * The 2025 national import file ("File nhập liệu") written as a real .xlsx with exceljs and read back
 * as the CLI reads it: IDs, card numbers and dates stored as text keep their form, and the departed
 * rows ("Đã chuyển sinh hoạt") are read with that status and leave the count.
 */
import * as ExcelJS from 'exceljs';
import { CellValue } from '../../../src/core/grid';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx/readWorkbook';
import { readRegisters } from '../../../src/core/registers';
import { computeFigures } from '../../../src/core/figures';
import { RULESET_2025 } from '../../../src/core/rulesets';
import { IMPORT_COLUMNS, IMPORT_LOW, IMPORT_MERGES, IMPORT_TOP } from './nationalImportColumns';

interface Row {
  name: string;
  gender: string;
  birth: string;
  personalId: string;
  card: string;
  admitted: string;
  official: string;
  status: string;
  left: string | null;
}

const ROWS: Row[] = [
  { name: 'Nguyễn Văn An', gender: 'Nam', birth: '12/03/1970', personalId: '026070001234', card: '012345678901', admitted: '03/02/1995', official: '03/02/1996', status: 'Đang sinh hoạt Đảng', left: null },
  { name: 'Trần Thị Bình', gender: 'Nữ', birth: '01/02/1990', personalId: '079190004567', card: '079000123456', admitted: '19/05/2015', official: '19/05/2016', status: 'Đã chuyển sinh hoạt', left: '15/08/2025' },
  { name: 'Lê Thị Cúc', gender: 'Nữ', birth: '05/11/1982', personalId: '001182000321', card: '001000654321', admitted: '02/09/2008', official: '02/09/2009', status: 'Đang sinh hoạt Đảng', left: null },
];

function dataRow(r: Row, i: number): CellValue[] {
  const out: CellValue[] = IMPORT_TOP.map(function () {
    return null;
  });
  out[0] = String(i + 1);
  out[1] = String(1001 + i);
  out[2] = r.name;
  out[4] = r.gender;
  out[5] = r.birth;
  out[6] = 'Kinh';
  out[7] = 'Không';
  out[8] = r.personalId;
  out[9] = r.card;
  out[13] = 'Chi bộ Văn phòng';
  out[26] = r.admitted;
  out[27] = r.official;
  out[29] = r.status;
  out[30] = r.left;
  return out;
}

async function importFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('File nhập liệu');
  const rows = [IMPORT_TOP, IMPORT_LOW].concat(ROWS.map(dataRow));
  rows.forEach(function (values, r) {
    values.forEach(function (v, c) {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      // The template formats its columns as text ("@"), so Excel keeps the leading zeros and the dates as typed.
      if (r >= 2) cell.numFmt = '@';
    });
  });
  IMPORT_MERGES.forEach(function (m) {
    ws.mergeCells(m.top, m.left, m.bottom, m.right);
  });
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('the national import file as a real .xlsx', () => {
  let res: ReturnType<typeof readRegisters>;
  beforeAll(async () => {
    const book = await readWorkbookBuffer(await importFile(), 'file-nhap-lieu.xlsx');
    res = readRegisters(book.grids, { date1904: book.date1904 });
  });

  test('is recognised as a member list with its two-row header, each field in its column', () => {
    expect(res.dataset.tables).toHaveLength(1);
    expect(res.dataset.tables[0]).toMatchObject({
      sheet: 'File nhập liệu',
      kind: 'members',
      headerRows: [1, 2],
      firstDataRow: 3,
      lastDataRow: 5,
      columns: IMPORT_COLUMNS,
    });
    expect(res.findings).toEqual([]);
  });

  test('card numbers keep their leading zeros and text dates are read as dates', () => {
    expect(res.dataset.members.map((m) => [m.name, m.cardNumber, m.birth, m.admitted, m.official])).toEqual([
      ['Nguyễn Văn An', '012345678901', { y: 1970, m: 3, d: 12 }, { y: 1995, m: 2, d: 3 }, { y: 1996, m: 2, d: 3 }],
      ['Trần Thị Bình', '079000123456', { y: 1990, m: 2, d: 1 }, { y: 2015, m: 5, d: 19 }, { y: 2016, m: 5, d: 19 }],
      ['Lê Thị Cúc', '001000654321', { y: 1982, m: 11, d: 5 }, { y: 2008, m: 9, d: 2 }, { y: 2009, m: 9, d: 2 }],
    ]);
    expect(res.dataset.members.map((m) => [m.gender, m.cell, m.ethnicity, m.religion])).toEqual([
      ['male', 'Chi bộ Văn phòng', 'Kinh', 'Không'],
      ['female', 'Chi bộ Văn phòng', 'Kinh', 'Không'],
      ['female', 'Chi bộ Văn phòng', 'Kinh', 'Không'],
    ]);
  });

  test('the departed member is read as transferred on her leaving date, and is not counted at the end of 2025', () => {
    const binh = res.dataset.members[1];
    expect([binh.status, binh.leftDate]).toEqual(['transferred', { y: 2025, m: 8, d: 15 }]);
    expect(res.dataset.members.map((m) => m.status)).toEqual(['active', 'transferred', 'active']);
    const ctx = { period: { from: { y: 2025, m: 1, d: 1 }, to: { y: 2025, m: 12, d: 31 } }, today: { y: 2026, m: 1, d: 10 }, ruleset: RULESET_2025 };
    const f = computeFigures(res.dataset, ctx).figures;
    // An and Cúc remain: one man, one woman.
    expect([f['members.total'], f['members.male'], f['members.female']]).toEqual([2, 1, 1]);
  });
});
