/**
 * The names of the parts inside an .xlsx file (a zip archive), read from the archive's central
 * directory without unpacking anything. Used to tell the user what a copy rewritten by exceljs loses.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535 bytes. */
const MAX_END_SEARCH = 22 + 65535;

/** Part names in the archive, in directory order; [] when the bytes are not a readable zip archive. */
export function zipEntryNames(buf: Buffer): string[] {
  const stop = Math.max(0, buf.length - MAX_END_SEARCH);
  let end = -1;
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== DIRECTORY_ENTRY) return names;
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Parts exceljs does not read, so a workbook it rewrites no longer has them; labels in Vietnamese. */
const LOST_PARTS: { prefix: string; label: string }[] = [
  { prefix: 'xl/charts/', label: 'biểu đồ' },
  { prefix: 'xl/chartsheets/', label: 'trang biểu đồ' },
  { prefix: 'xl/pivotTables/', label: 'bảng tổng hợp (PivotTable)' },
  { prefix: 'xl/slicers/', label: 'bộ lọc slicer' },
  { prefix: 'xl/timelines/', label: 'bộ lọc thời gian' },
  { prefix: 'xl/vbaProject.bin', label: 'macro' },
  { prefix: 'xl/ctrlProps/', label: 'nút điều khiển' },
  { prefix: 'xl/externalLinks/', label: 'liên kết tới sổ khác' },
];

/** What a copy of this workbook written by exceljs would lack, e.g. ["biểu đồ", "bảng tổng hợp (PivotTable)"]. */
export function partsLostByRewrite(buf: Buffer): string[] {
  const names = zipEntryNames(buf);
  const out: string[] = [];
  for (let i = 0; i < LOST_PARTS.length; i++) {
    for (let j = 0; j < names.length; j++) {
      if (names[j].indexOf(LOST_PARTS[i].prefix) === 0) {
        out.push(LOST_PARTS[i].label);
        break;
      }
    }
  }
  return out;
}
