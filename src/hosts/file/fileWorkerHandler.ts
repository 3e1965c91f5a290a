/**
 * The worker's side of the standalone page (runs inside the Web Worker; tests run it in-process): read an
 * .xlsx file's bytes into plain grids with the same code as the command line (workbookBytes + worksheetGrid),
 * and write sheet models into a new workbook with the same xlsx writer as `so-ket bao-cao`. Failures come back
 * as one Vietnamese line, never a stack trace.
 */
import * as ExcelJS from 'exceljs';
import { SheetModel } from '../../core/report/sheetModel';
import { loadWorkbookBytes } from '../xlsx/workbookBytes';
import { WorkbookError } from '../xlsx/workbookError';
import { worksheetToGrid } from '../xlsx/worksheetGrid';
import { writeSheetModel } from '../xlsx/writeSheetModel';
import { FileSheet, toPlainGrid, WorkerReply, WorkerRequest } from './fileMessages';

export type PostReply = (reply: WorkerReply, transfer?: ArrayBuffer[]) => void;

/** The report workbook's author, as the command line writes it. */
export const REPORT_CREATOR = 'Sơ kết chi bộ';

/** Progress units: loading the file (unzip and parse) counts as LOAD_UNITS, then one unit per worksheet. */
const LOAD_UNITS = 4;

export function readFailureMessage(name: string): string {
  return 'Không mở được tệp "' + name + '": không đọc được nội dung của tệp (tệp có thể bị hỏng).';
}

export const REPORT_FAILURE_MESSAGE = 'Không tạo được tệp báo cáo trong trình duyệt; hãy thử lại, hoặc dùng lệnh so-ket bao-cao.';

/** The bytes of a Node Buffer or a Uint8Array view as an ArrayBuffer of their own (transferable). */
function ownArrayBuffer(data: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return copy.buffer;
}

async function readFile(name: string, bytes: ArrayBuffer, post: PostReply): Promise<void> {
  post({ type: 'progress', done: 0, total: LOAD_UNITS + 1 });
  const wb = await loadWorkbookBytes(new Uint8Array(bytes), name);
  const date1904 = !!(wb.properties && wb.properties.date1904);
  const total = LOAD_UNITS + wb.worksheets.length;
  post({ type: 'progress', done: LOAD_UNITS, total: total });
  const sheets: FileSheet[] = [];
  for (let i = 0; i < wb.worksheets.length; i++) {
    const ws = wb.worksheets[i];
    sheets.push({ grid: toPlainGrid(worksheetToGrid(ws, date1904)), visible: !ws.state || ws.state === 'visible' });
    post({ type: 'progress', done: LOAD_UNITS + i + 1, total: total });
  }
  post({ type: 'read', sheets: sheets, date1904: date1904 });
}

async function writeReport(sheets: SheetModel[], post: PostReply): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = REPORT_CREATOR;
  for (let i = 0; i < sheets.length; i++) {
    writeSheetModel(wb, sheets[i]);
    post({ type: 'progress', done: i + 1, total: sheets.length + 1 });
  }
  const bytes = ownArrayBuffer((await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array);
  post({ type: 'report', bytes: bytes }, [bytes]);
}

/** Answer one request: progress replies, then one 'read', 'report' or 'error' reply. Never throws. */
export async function handleRequest(req: WorkerRequest, post: PostReply): Promise<void> {
  try {
    if (req.type === 'read') await readFile(req.name, req.bytes, post);
    else if (req.type === 'report') await writeReport(req.sheets, post);
    else post({ type: 'error', message: REPORT_FAILURE_MESSAGE });
  } catch (err) {
    let message: string;
    if (err instanceof WorkbookError) message = err.message;
    else if (req.type === 'read') message = readFailureMessage(req.name);
    else message = REPORT_FAILURE_MESSAGE;
    post({ type: 'error', message: message });
  }
}
