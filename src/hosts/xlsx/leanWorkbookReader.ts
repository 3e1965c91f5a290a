/**
 * The lean .xlsx reader: the same WorkbookGrids as readWorkbook.ts (exceljs), read straight from the zip
 * archive with a streaming tokenizer, for the command line's big registers (a 100,000-member file reads
 * in a fraction of exceljs's time and memory). Which sheets, in which order, with which names, and the
 * date system follow exceljs's reading of workbook.xml and its relationships. A file the lean reader does
 * not read as exceljs would (LeanUnsupported) is read with exceljs instead, so the result is the same.
 */
import { Grid } from '../../core/grid';
import { CellStyles } from './cellStyles';
import { LeanUnsupported } from './leanUnsupported';
import { readFileBytes, readWorkbookBuffer, WorkbookGrids } from './readWorkbook';
import { SharedString, SharedStringsReader } from './sharedStrings';
import { SheetGridReader, xmlDecode } from './sheetGridReader';
import { WorkbookError } from './workbookError';
import { XmlHandler, XmlScanner } from './xmlScanner';
import { childrenNamed, lastChild, parseXmlTree } from './xmlTree';
import { ZipArchive, entryBytes, entryChunks, openZipArchive } from './zipArchive';

/** Inflated chunk size: big enough that per-chunk work is negligible, small enough to stay lean. */
const CHUNK = 1 << 20;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  if (buf.length < bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[i] !== bytes[i]) return false;
  return true;
}

/** What exceljs's loader checks before unzipping (readWorkbook.ts loadWorkbook), with the same errors. */
function checkSignature(buf: Buffer, name: string): void {
  if (buf.length === 0) throw new WorkbookError('empty', name, true);
  if (startsWith(buf, OLE_MAGIC)) {
    throw new WorkbookError(buf.indexOf(Buffer.from('EncryptedPackage', 'utf16le')) >= 0 ? 'encrypted' : 'old-xls', name, true);
  }
  if (!startsWith(buf, [0x50, 0x4b])) throw new WorkbookError('not-xlsx', name, true);
}

async function scanPart(buf: Buffer, zip: ZipArchive, part: string, handler: XmlHandler, chunkSize: number): Promise<void> {
  const entry = zip.byName.get(part);
  if (!entry) throw new LeanUnsupported('missing part ' + part);
  const scanner = new XmlScanner(handler);
  if (entry.size < chunkSize) scanner.write(entryBytes(buf, entry));
  else for await (const chunk of entryChunks(buf, entry, chunkSize)) scanner.write(chunk);
  scanner.end();
  // exceljs builds a part's model when its root closes: an unfinished part is its to judge.
  if (!scanner.complete) throw new LeanUnsupported('unfinished part ' + part);
}

/** Relationship Id -> Target of a .rels part (exceljs keeps the last of repeated ids). */
function relationships(buf: Buffer, zip: ZipArchive, part: string): Map<string, string> | null {
  const entry = zip.byName.get(part);
  if (!entry) return null;
  const root = parseXmlTree(entryBytes(buf, entry));
  const out = new Map<string, string>();
  const rels = childrenNamed(root, 'Relationship');
  for (let i = 0; i < rels.length; i++) out.set(rels[i].attrs.Id, rels[i].attrs.Target);
  return out;
}

interface SheetRef {
  name: string;
  id: number;
  part: string;
  sheetNo: string;
}

/** exceljs's worksheet name rules: what it refuses makes the file unreadable for it. */
function checkedName(raw: string | undefined, taken: string[]): string {
  if (raw === undefined) throw new LeanUnsupported('sheet without a name');
  const name = xmlDecode(raw);
  if (name === '' || name === 'History' || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) throw new LeanUnsupported('sheet name exceljs refuses');
  // exceljs cuts a longer name to 31 characters, then finds the cut name taken (by the sheet itself) and fails.
  if (name.length > 31) throw new LeanUnsupported('sheet name over 31 characters');
  const lower = name.toLowerCase();
  for (let i = 0; i < taken.length; i++) if (taken[i].toLowerCase() === lower) throw new LeanUnsupported('duplicate sheet name');
  taken.push(name);
  return name;
}

/** The worksheets exceljs lists, in its order, from workbook.xml and its relationships. */
function sheetRefs(buf: Buffer, zip: ZipArchive): { sheets: SheetRef[]; date1904: boolean } {
  const worksheetParts = new Map<string, string>();
  for (let i = 0; i < zip.entries.length; i++) {
    const n = zip.entries[i].name;
    const loose = n.match(/xl\/worksheets\/sheet(\d+)[.]xml/);
    if (!loose) continue;
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(n)) throw new LeanUnsupported('odd worksheet part ' + n);
    worksheetParts.set(n, loose[1]);
  }
  const wbEntry = zip.byName.get('xl/workbook.xml');
  if (!wbEntry) throw new LeanUnsupported('no xl/workbook.xml');
  const root = parseXmlTree(entryBytes(buf, wbEntry));
  if (!root || root.name !== 'workbook') throw new LeanUnsupported('workbook.xml root');
  const pr = lastChild(root, 'workbookPr');
  const date1904 = !!pr && pr.attrs.date1904 === '1';
  const rels = relationships(buf, zip, 'xl/_rels/workbook.xml.rels') || new Map<string, string>();
  const sheets: SheetRef[] = [];
  const ids: number[] = [];
  const parts: string[] = [];
  const names: string[] = [];
  const all = childrenNamed(lastChild(root, 'sheets'), 'sheet');
  for (let i = 0; i < all.length; i++) {
    const id = parseInt(all[i].attrs.sheetId, 10);
    if (!(id >= 1) || ids.indexOf(id) >= 0) throw new LeanUnsupported('sheet id');
    ids.push(id);
    const target = rels.get(all[i].attrs['r:id']);
    if (target === undefined) continue;
    const part = 'xl/' + target.replace(/^(\s|\/xl\/)+/, '');
    const sheetNo = worksheetParts.get(part);
    if (sheetNo === undefined) continue;
    if (parts.indexOf(part) >= 0) throw new LeanUnsupported('a worksheet listed twice');
    parts.push(part);
    sheets.push({ name: checkedName(all[i].attrs.name, names), id: id, part: part, sheetNo: sheetNo });
  }
  if (!sheets.length) throw new LeanUnsupported('no worksheets');
  return { sheets: sheets, date1904: date1904 };
}

export interface LeanOptions {
  /** Size of the inflated chunks the parts are scanned in (tests use tiny ones to cut tags apart). */
  chunkSize?: number;
}

/** The lean reading alone: LeanUnsupported when the file needs exceljs. */
export async function readWorkbookLean(buf: Buffer, name: string, options?: LeanOptions): Promise<WorkbookGrids> {
  const chunkSize = (options && options.chunkSize) || CHUNK;
  checkSignature(buf, name);
  const zip = openZipArchive(buf);
  const refs = sheetRefs(buf, zip);
  const stylesEntry = zip.byName.get('xl/styles.xml');
  const styles = new CellStyles(stylesEntry ? parseXmlTree(entryBytes(buf, stylesEntry)) : null);
  let sharedStrings: SharedString[] | null = null;
  if (zip.byName.has('xl/sharedStrings.xml')) {
    const sst = new SharedStringsReader();
    await scanPart(buf, zip, 'xl/sharedStrings.xml', sst, chunkSize);
    sharedStrings = sst.values;
  }
  const grids: Grid[] = [];
  for (let i = 0; i < refs.sheets.length; i++) {
    const ref = refs.sheets[i];
    const rels = relationships(buf, zip, 'xl/worksheets/_rels/sheet' + ref.sheetNo + '.xml.rels');
    const reader = new SheetGridReader({
      name: ref.name,
      date1904: refs.date1904,
      styles: styles,
      sharedStrings: sharedStrings,
      rels: rels ? new Set(Array.from(rels.keys())) : null,
    });
    await scanPart(buf, zip, ref.part, reader, chunkSize);
    grids.push(reader.grid());
  }
  return { grids: grids, date1904: refs.date1904 };
}

/**
 * Read a workbook's bytes into grids: the lean reader, or exceljs where the lean reader cannot vouch
 * for the result. Errors are the same WorkbookErrors as readWorkbookBuffer's.
 */
export async function readWorkbookBufferLean(buf: Buffer, name: string): Promise<WorkbookGrids> {
  try {
    return await readWorkbookLean(buf, name);
  } catch (err) {
    if (err instanceof WorkbookError) throw err;
    // LeanUnsupported, or anything unexpected: exceljs decides.
    return readWorkbookBuffer(buf, name);
  }
}

/** Read a workbook file into grids, leanly. Throws WorkbookError with a Vietnamese message naming the file. */
export async function readWorkbookFileLean(path: string, name?: string): Promise<WorkbookGrids> {
  return readWorkbookBufferLean(await readFileBytes(path, name), name || path);
}
