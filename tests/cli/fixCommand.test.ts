/**
 * `so-ket sua` end to end on a generated workbook with planted mistakes (plantedWorkbook.ts): the list
 * of fix groups, a fixed copy holding exactly the chosen fixes with every style kept and every other
 * cell unchanged, the registers file byte-identical, the list of what changed (printed and in the
 * "…-nhat-ky-sua.xlsx" beside the copy), kiem-tra on the copy clean of what was fixed, and the refusals.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { cellAt, Grid, isDateCell } from '../../src/core/grid';
import { readWorkbookFile } from '../../src/hosts/xlsx/readWorkbook';
import { captureIo, tempDir } from './cliFixtures';
import { MEMBERS, PlantedWorkbook, writePlantedWorkbook } from './plantedWorkbook';

let dir: string;
let input: string;
let planted: PlantedWorkbook;
beforeAll(async () => {
  dir = tempDir();
  input = path.join(dir, 'so.xlsx');
  planted = await writePlantedWorkbook(input);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function members(grids: Grid[]): Grid {
  return grids.filter((g) => g.sheet === MEMBERS)[0];
}

/** "dd/mm/yyyy" of a serial, computed apart from the engine. */
function dateText(serial: number): string {
  const d = new Date((serial - 25569) * 86400000);
  const p = (n: number) => (n < 10 ? '0' : '') + n;
  return p(d.getUTCDate()) + '/' + p(d.getUTCMonth() + 1) + '/' + d.getUTCFullYear();
}

/** A comparable form of a cell value (Dates by time). */
function valueKey(v: ExcelJS.CellValue): string {
  return v instanceof Date ? 'date:' + v.getTime() : JSON.stringify(v);
}

interface JsonFinding {
  code: string;
  row: number | null;
  column: string | null;
}

async function check(file: string): Promise<JsonFinding[]> {
  const io = captureIo(dir);
  await main(['kiem-tra', file, '--json'], io);
  return (JSON.parse(io.out) as { findings: JsonFinding[] }).findings;
}

describe('so-ket sua without a choice', () => {
  test('lists the numbered fix groups, form fixes first, corrections apart, and writes nothing', async () => {
    const files = fs.readdirSync(dir).sort();
    const io = captureIo(dir);
    expect(await main(['sua', 'so.xlsx'], io)).toBe(0);
    expect(io.err).toBe('');
    expect(fs.readdirSync(dir).sort()).toEqual(files);
    const lines = io.out.split('\n');
    // 28 cells of form fixes (J12 in two groups counts once), J59, K14 and H8.
    expect(lines[0]).toBe('Sổ "so.xlsx" có 15 nhóm đề xuất sửa được (31 ô).');
    expect(lines).toContain('   1. Chuyển 2 ô chữ mã TCVN3 sang Unicode (Trang "Danh sách đảng viên": B9, J12) [legacy-encoded-text]');
    expect(lines).toContain('   6. Sửa 3 ô: “Thạc sỹ” → “Thạc sĩ” (Trang "Danh sách đảng viên": J12, J52, J59) [category-variant]');
    const corrections = lines.indexOf('Sửa nội dung theo phỏng đoán (chỉ sửa khi chọn rõ bằng --nhom hoặc --ma; hãy xem kỹ từng ô):');
    expect(corrections).toBeGreaterThan(0);
    expect(lines.slice(corrections + 1, corrections + 3)).toEqual([
      '  14. Sửa 1 ô: “Trunq cấp” → “Trung cấp” (Trang "Danh sách đảng viên": K14) [unknown-category]',
      '  15. Sửa 1 ô: “12/10/1989” → “17/07/1989” (Trang "Danh sách đảng viên": H8) [official-late]',
    ]);
    expect(io.out).toContain('so-ket sua so.xlsx -o ban-sua.xlsx --tat-ca');
  });
});

describe('so-ket sua --tat-ca', () => {
  let before: string;
  let io: ReturnType<typeof captureIo>;
  beforeAll(async () => {
    before = sha(input);
    io = captureIo(dir);
    expect(await main(['sua', 'so.xlsx', '-o', 'ra.xlsx', '--tat-ca'], io)).toBe(0);
  });

  test('the registers file is byte-identical; the copy and its change list are written', () => {
    expect(sha(input)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'ra.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'ra-nhat-ky-sua.xlsx'))).toBe(true);
    expect(io.err).toBe('');
  });

  test('the copy holds the form fixes, with their types; formulas and corrections are left alone', async () => {
    const m = members((await readWorkbookFile(path.join(dir, 'ra.xlsx'))).grids);
    expect(cellAt(m, 9, 2)).toBe(planted.name9);
    expect([cellAt(m, 12, 10), cellAt(m, 52, 10), cellAt(m, 59, 10)]).toEqual(['Thạc sĩ', 'Thạc sĩ', 'Thạc sỹ']);
    expect(cellAt(m, 10, 6)).toBe('Kh\u00f4ng');
    // A two-digit year in a date cell becomes the date itself; in a General cell, the full date as text.
    expect(cellAt(m, 11, 4)).toBe(planted.birth11);
    expect(isDateCell(m, 11, 4)).toBe(true);
    expect(cellAt(m, 13, 4)).toBe(dateText(planted.birth13));
    expect(cellAt(m, 22, 9)).toBe('Chi bộ Văn phòng Sở');
    expect([cellAt(m, 47, 11), cellAt(m, 31, 10), cellAt(m, 28, 3)]).toEqual(['Cao cấp', 'Thạc sĩ', 'Nam']);
    expect(cellAt(m, 14, 11)).toBe('Trunq cấp');
    expect(cellAt(m, 8, 8)).toBe(32793);
    const out = await open(path.join(dir, 'ra.xlsx'));
    expect(out.getWorksheet(MEMBERS)!.getCell('J59').formula).toBe('"Thạc sỹ"');
  });

  test('only the fixed cells changed, and their styles did not: fonts (.VnTime kept) and number formats', async () => {
    const a = await open(input);
    const b = await open(path.join(dir, 'ra.xlsx'));
    const changed: string[] = [];
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name)!;
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const o = other.getCell(r, c);
          expect([ws.name, cell.address, JSON.stringify(o.style)]).toEqual([ws.name, cell.address, JSON.stringify(cell.style)]);
          if (valueKey(o.value) !== valueKey(cell.value)) changed.push(ws.name + '!' + cell.address);
        });
      });
    }
    expect(changed.sort()).toEqual(
      ['B9', 'C10', 'F10', 'C11', 'D11', 'J12', 'D13', 'J15', 'K18', 'I22', 'C28', 'J31', 'K31', 'J43', 'J47', 'K47', 'C52', 'J52', 'C53', 'K53', 'C61', 'J61', 'K63', 'K69', 'K70', 'J72', 'C74', 'J76']
        .map((x) => MEMBERS + '!' + x)
        .sort(),
    );
    const ws = b.getWorksheet(MEMBERS)!;
    expect([ws.getCell('B9').font.name, ws.getCell('J12').font.name]).toEqual(['.VnTime', '.VnTime']);
    expect(ws.getCell('D11').numFmt).toBe(a.getWorksheet(MEMBERS)!.getCell('D11').numFmt);
    expect(ws.getCell('D13').numFmt).toBe(a.getWorksheet(MEMBERS)!.getCell('D13').numFmt);
  });

  test('prints every change, the refusal and the font to change', () => {
    expect(io.out).toContain('Đã ghi bản sửa: ' + path.join(dir, 'ra.xlsx') + ' (sổ gốc "so.xlsx" không thay đổi).');
    expect(io.out).toContain('Sửa 28 ô theo 13 nhóm đề xuất:');
    expect(io.out).toContain('  - Trang "Danh sách đảng viên", ô J52: “Thạc sỹ” → “Thạc sĩ” (Cách viết khác của danh mục)');
    expect(io.out).toContain('  - Trang "Danh sách đảng viên", ô J12: “Th\u00b9c s\u00fc” → “Thạc sỹ” (Chữ mã cũ (TCVN3/VNI))');
    expect(io.out).toContain('  - Trang "Danh sách đảng viên", ô J12: “Thạc sỹ” → “Thạc sĩ” (Cách viết khác của danh mục)');
    expect(io.out).toContain('  - Không sửa ô J59 (trang "Danh sách đảng viên"): ô chứa công thức.');
    expect(io.out).toContain('Lưu ý: 2 ô đã sửa sang chữ Unicode nhưng vẫn dùng phông .VnTime');
    expect(io.out.split('\n').filter((l) => l.indexOf('  - Trang ') === 0).length).toBe(29);
  });

  test('the change list beside the copy has one row per change and the refusal with its reason', async () => {
    const log = await open(path.join(dir, 'ra-nhat-ky-sua.xlsx'));
    const ws = log.getWorksheet('Nhật ký sửa')!;
    const rows: string[][] = [];
    ws.eachRow((row) => {
      const vals: string[] = [];
      for (let c = 1; c <= 7; c++) {
        const v = row.getCell(c).value;
        vals.push(v === null || v === undefined ? '' : String(v));
      }
      rows.push(vals);
    });
    const byCell = (address: string) => rows.filter((r) => r[1] === MEMBERS && r[2] === address);
    expect(byCell('J52').map((r) => r.slice(3, 6))).toEqual([['Cách viết khác của danh mục', 'Thạc sỹ', 'Thạc sĩ']]);
    expect(byCell('J12').map((r) => [r[4], r[5]])).toEqual([
      ['Th\u00b9c s\u00fc', 'Thạc sỹ'],
      ['Thạc sỹ', 'Thạc sĩ'],
    ]);
    expect(byCell('D11').map((r) => r[5])).toEqual([dateText(planted.birth11)]);
    expect(byCell('B9')[0][6]).toBe('Ô vẫn dùng phông .VnTime; hãy đổi sang phông Unicode (ví dụ Times New Roman) để đọc đúng.');
    expect(byCell('J59').map((r) => r[6])).toEqual(['Không sửa ô J59 (trang "Danh sách đảng viên"): ô chứa công thức.']);
    expect(rows.filter((r) => /^\d+$/.test(r[0]) && r[1] === MEMBERS).length).toBe(29 + 1);
  });

  test('kiem-tra on the copy no longer reports what was fixed', async () => {
    const before = await check('so.xlsx');
    const after = await check('ra.xlsx');
    const formCodes = ['legacy-encoded-text', 'decomposed-text', 'category-variant', 'cell-name-variants', 'two-digit-year'];
    // The sample's 24 category variants, 2 TCVN3 cells, 1 decomposed, 2 two-digit years, 1 chi bộ spelling.
    expect(before.filter((f) => formCodes.indexOf(f.code) >= 0).length).toBe(30);
    expect(after.filter((f) => formCodes.indexOf(f.code) >= 0).map((f) => [f.code, f.row, f.column])).toEqual([['category-variant', 59, 'J']]);
    expect(after.filter((f) => f.code === 'unknown-category' || f.code === 'official-late').length).toBe(2);
  });
});

describe('so-ket sua with chosen groups and rules', () => {
  test('a correction group by its number and a rule by its code: only those cells change', async () => {
    const list = captureIo(dir);
    await main(['sua', 'so.xlsx'], list);
    const line = list.out.split('\n').filter((l) => l.indexOf('[unknown-category]') > 0)[0];
    const n = line.trim().split('.')[0];
    const io = captureIo(dir);
    expect(await main(['sua', 'so.xlsx', '-o', 'ra2.xlsx', '--nhom', n, '--ma', 'official-late'], io)).toBe(0);
    expect(io.out).toContain('Sửa 2 ô theo 2 nhóm đề xuất:');
    const m = members((await readWorkbookFile(path.join(dir, 'ra2.xlsx'))).grids);
    expect(cellAt(m, 14, 11)).toBe('Trung cấp');
    // 17/07/1988 (32341) plus twelve months, no 29 February in between.
    expect(cellAt(m, 8, 8)).toBe(32706);
    expect(isDateCell(m, 8, 8)).toBe(true);
    expect(cellAt(m, 9, 2)).not.toBe(planted.name9);
    expect(cellAt(m, 52, 10)).toBe('Thạc sỹ');
  });

  test('nothing left to fix for the choice: exit 0, and no file written', async () => {
    const io = captureIo(dir);
    expect(await main(['sua', 'ra.xlsx', '-o', 'ra3.xlsx', '--ma', 'two-digit-year'], io)).toBe(0);
    expect(io.out).toBe('Không có ô nào được sửa; chưa ghi tệp nào.\n');
    expect(fs.existsSync(path.join(dir, 'ra3.xlsx'))).toBe(false);
  });
});

describe('so-ket sua refuses, with exit 2 and one Vietnamese line, writing nothing', () => {
  test.each([
    [['sua', 'so.xlsx', '-o', './so.xlsx', '--tat-ca'], 'Tệp ra không được trùng với tệp sổ "so.xlsx" (tệp sổ chỉ được đọc); hãy chọn tên khác bằng -o. Xem: so-ket --help'],
    [['sua', 'so.xlsx', '-o', 'ra.xlsx', '--tat-ca'], 'Tệp "ra.xlsx" đã có; hãy chọn tên khác để không ghi đè. Xem: so-ket --help'],
    [['sua', 'so.xlsx', '-o', 'ra4.xlsx', '--nhom', '16'], 'Không có nhóm số 16: sổ "so.xlsx" có 15 nhóm sửa được (chạy so-ket sua "so.xlsx" để xem danh sách). Xem: so-ket --help'],
    [['sua', 'so.xlsx', '-o', 'ra4.xlsx', '--nhom', 'category-variant|education|tiến sỹ'], 'Không có nhóm "category-variant|education|tiến sỹ" trong sổ "so.xlsx" (chạy so-ket sua "so.xlsx" để xem danh sách). Xem: so-ket --help'],
    [['sua', 'so.xlsx', '-o', 'ra4.xlsx', '--ma', 'impossible-date'], 'Mã "impossible-date" không phải loại đề xuất sửa được; các mã sửa được: legacy-encoded-text, decomposed-text, category-variant, cell-name-variants, two-digit-year, unknown-category, cell-not-in-member-list, official-too-early, official-late. Xem: so-ket --help'],
    [['sua', 'khong-co.xlsx', '--tat-ca'], 'Không mở được tệp "khong-co.xlsx": không tìm thấy tệp.'],
  ])('%j', async (argv, message) => {
    const files = fs.readdirSync(dir).sort();
    const io = captureIo(dir);
    expect(await main(argv as string[], io)).toBe(2);
    expect(io.err).toBe(message + '\n');
    expect(io.out).toBe('');
    expect(fs.readdirSync(dir).sort()).toEqual(files);
  });
});
