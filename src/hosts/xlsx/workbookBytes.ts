/**
 * What a file's bytes are, before exceljs sees them, and loading them: an empty file, an old .xls or a
 * password-protected workbook (both OLE compound files), something that is not a zip archive, or a zip that
 * exceljs cannot read, each become a WorkbookError with its Vietnamese message naming the file. Works on plain
 * Uint8Arrays (no Node Buffer, no file system): the command line and the standalone page's Web Worker share it.
 */
import * as ExcelJS from 'exceljs';
import { WorkbookError, WorkbookErrorCode } from './workbookError';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b];
/**
 * An OpenDocument file is a zip too; its first part, stored uncompressed, is "mimetype" holding this text
 * (LibreOffice's own .ods): told apart from a damaged .xlsx so that the message says what to do.
 */
const ODS_MIMETYPE = ascii('application/vnd.oasis.opendocument.spreadsheet');
const ODS_SEARCH = 200;

function ascii(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}

/** "EncryptedPackage" in UTF-16LE: the stream an encrypted .xlsx keeps inside its OLE container. */
const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');

function utf16le(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
  return out;
}

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  if (buf.length < bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[i] !== bytes[i]) return false;
  return true;
}

function contains(buf: Uint8Array, bytes: number[]): boolean {
  const first = bytes[0];
  const last = buf.length - bytes.length;
  outer: for (let i = 0; i <= last; i++) {
    if (buf[i] !== first) continue;
    for (let j = 1; j < bytes.length; j++) if (buf[i + j] !== bytes[j]) continue outer;
    return true;
  }
  return false;
}

/** Why these bytes cannot be an .xlsx workbook, or null when they look like one (a zip archive). */
export function workbookBytesProblem(buf: Uint8Array): WorkbookErrorCode | null {
  if (buf.length === 0) return 'empty';
  if (startsWith(buf, OLE_MAGIC)) return contains(buf, ENCRYPTED_PACKAGE) ? 'encrypted' : 'old-xls';
  if (!startsWith(buf, ZIP_MAGIC)) return 'not-xlsx';
  if (contains(buf.subarray(0, ODS_SEARCH), ODS_MIMETYPE)) return 'ods';
  return null;
}

/** Load .xlsx bytes into an exceljs workbook. `name` is the file name shown in messages. */
export async function loadWorkbookBytes(buf: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const problem = workbookBytesProblem(buf);
  if (problem) throw new WorkbookError(problem, name, true);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer type; a Node Buffer or a Uint8Array is what its zip reader takes.
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new WorkbookError('corrupt', name, true);
  }
  if (wb.worksheets.length === 0) throw new WorkbookError('not-xlsx', name, true);
  return wb;
}
