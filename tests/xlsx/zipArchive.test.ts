/**
 * The lean reader's zip directory: zip64 records (as big archives have them, built here by rewriting a
 * small archive's directory the way a zip64 writer lays it out), and what it refuses.
 */
import * as ExcelJS from 'exceljs';
import { LeanUnsupported } from '../../src/hosts/xlsx/leanUnsupported';
import { readWorkbookLean } from '../../src/hosts/xlsx/leanWorkbookReader';
import { openZipArchive } from '../../src/hosts/xlsx/zipArchive';
import { bytesOf, expectSameGrids, plainBook } from './leanEquivalence';

/** The same archive with a zip64 end record and locator, and every entry's offset in a zip64 extra field. */
function asZip64(buf: Buffer): Buffer {
  let end = buf.length - 22;
  while (buf.readUInt32LE(end) !== 0x06054b50) end--;
  const count = buf.readUInt16LE(end + 10);
  const dirOffset = buf.readUInt32LE(end + 16);
  const entries: Buffer[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const head = Buffer.from(buf.subarray(p, p + 46 + nameLength));
    const offset = head.readUInt32LE(42);
    head.writeUInt32LE(0xffffffff, 42);
    const extra = Buffer.alloc(12);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8, 2);
    extra.writeUInt32LE(offset, 4);
    extra.writeUInt32LE(0, 8);
    head.writeUInt16LE(extraLength + 12, 30);
    entries.push(Buffer.concat([head, extra, buf.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength + commentLength)]));
    p += 46 + nameLength + extraLength + commentLength;
  }
  const dir = Buffer.concat(entries);
  const z64Offset = dirOffset + dir.length;
  const z64 = Buffer.alloc(56);
  z64.writeUInt32LE(0x06064b50, 0);
  z64.writeUInt32LE(44, 4);
  z64.writeUInt16LE(45, 12);
  z64.writeUInt16LE(45, 14);
  z64.writeUInt32LE(count, 24);
  z64.writeUInt32LE(count, 32);
  z64.writeUInt32LE(dir.length, 40);
  z64.writeUInt32LE(dirOffset, 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeUInt32LE(z64Offset, 8);
  locator.writeUInt32LE(1, 16);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(0xffff, 8);
  eocd.writeUInt16LE(0xffff, 10);
  eocd.writeUInt32LE(0xffffffff, 12);
  eocd.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([buf.subarray(0, dirOffset), dir, z64, locator, eocd]);
}

async function sampleBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['Họ và tên', 'Ngày sinh']);
  ws.addRow(['Nguyễn Văn An', new Date(Date.UTC(1980, 4, 12))]);
  ws.getCell('B2').numFmt = 'dd/mm/yyyy';
  return bytesOf(wb);
}

test('a zip64 directory reads as the plain one, and exceljs agrees', async () => {
  const plain = await sampleBytes();
  const z64 = asZip64(plain);
  expect(openZipArchive(z64).entries.map((e) => [e.name, e.offset])).toEqual(openZipArchive(plain).entries.map((e) => [e.name, e.offset]));
  expect(plainBook(await readWorkbookLean(z64, 'x'))).toEqual(plainBook(await readWorkbookLean(plain, 'x')));
  await expectSameGrids(z64);
});

test('an encrypted entry or an unknown compression method is left to exceljs', async () => {
  const plain = await sampleBytes();
  const dirAt = (buf: Buffer): number => {
    let end = buf.length - 22;
    while (buf.readUInt32LE(end) !== 0x06054b50) end--;
    return buf.readUInt32LE(end + 16);
  };
  const encrypted = Buffer.from(plain);
  const p = dirAt(encrypted);
  encrypted.writeUInt16LE(encrypted.readUInt16LE(p + 8) | 1, p + 8);
  expect(() => openZipArchive(encrypted)).toThrow(LeanUnsupported);
  const bzip = Buffer.from(plain);
  bzip.writeUInt16LE(12, dirAt(bzip) + 10);
  expect(() => openZipArchive(bzip)).toThrow(LeanUnsupported);
});
