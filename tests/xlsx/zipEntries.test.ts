/**
 * The parts of an .xlsx archive, read from its central directory, and the warning about what a copy
 * rewritten by exceljs would lack (charts, pivot tables, macros…).
 */
import * as ExcelJS from 'exceljs';
import { partsLostByRewrite, zipEntryNames } from '../../src/hosts/xlsx/zipEntries';

/** A zip archive of stored (uncompressed) entries, built by hand; CRCs are left 0 (nothing here checks them). */
function storedZip(entries: { name: string; data: string }[], comment?: string): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = Buffer.from(e.data, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const note = Buffer.from(comment || '', 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(note.length, 20);
  return Buffer.concat([...locals, dir, end, note]);
}

test('the part names of a workbook exceljs wrote', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Danh sách').getCell('A1').value = 'Họ và tên';
  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const names = zipEntryNames(buf);
  expect(names).toContain('xl/workbook.xml');
  expect(names).toContain('xl/worksheets/sheet1.xml');
  expect(partsLostByRewrite(buf)).toEqual([]);
});

test('charts, pivot tables and macros are named in Vietnamese, each once; an archive comment does not hide them', () => {
  const buf = storedZip(
    [
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/charts/chart1.xml', data: '<c/>' },
      { name: 'xl/charts/chart2.xml', data: '<c/>' },
      { name: 'xl/pivotTables/pivotTable1.xml', data: '<p/>' },
      { name: 'xl/vbaProject.bin', data: 'x' },
    ],
    'ghi chú',
  );
  expect(zipEntryNames(buf)).toEqual([
    'xl/workbook.xml',
    'xl/charts/chart1.xml',
    'xl/charts/chart2.xml',
    'xl/pivotTables/pivotTable1.xml',
    'xl/vbaProject.bin',
  ]);
  expect(partsLostByRewrite(buf)).toEqual(['biểu đồ', 'bảng tổng hợp (PivotTable)', 'macro']);
});

test('bytes that are not a zip archive have no parts', () => {
  expect(zipEntryNames(Buffer.from('STT,Họ và tên\n'))).toEqual([]);
  expect(zipEntryNames(Buffer.alloc(0))).toEqual([]);
});
