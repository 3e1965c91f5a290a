/**
 * The standalone page's worker protocol, run in-process through structured clones: the file is read into the
 * same grids as the command line reads, files that are not workbooks come back as the CLI's Vietnamese
 * messages, the report workbook holds the sheets asked for, "Hủy" terminates the worker, and a worker that
 * cannot run (a browser too old for its script) gives a message saying what to use instead.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { fromPlainGrid } from '../../src/hosts/file/fileMessages';
import { FileWorkerClient, WORKER_FAILED_MESSAGE, WorkerLike } from '../../src/hosts/file/fileWorkerClient';
import { CancelledError, HostError } from '../../src/hosts/workbookHost';
import { readWorkbookFile } from '../../src/hosts/xlsx/readWorkbook';
import { buildFindingsSheet } from '../../src/core/report/findingsSheet';
import { SUMMARY_SHEET_NAME } from '../../src/core/report/summarySheet';
import { arrayBufferOf, inProcessWorker, TestWorker } from './inProcessWorker';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'so-dang-vien-mau.xlsx');

function client(made: TestWorker[]): FileWorkerClient {
  return new FileWorkerClient(function () {
    const w = inProcessWorker();
    made.push(w);
    return w;
  });
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}

test('the sample read in the worker gives the grids the command line reads, with progress up to the end', async () => {
  const made: TestWorker[] = [];
  const steps: [number, number][] = [];
  const read = await client(made).read('so-dang-vien-mau.xlsx', arrayBufferOf(fs.readFileSync(SAMPLE)), function (done, total) {
    steps.push([done, total]);
  });
  const cli = await readWorkbookFile(SAMPLE);
  expect(read.date1904).toBe(cli.date1904);
  expect(read.sheets.map((s) => s.grid.sheet)).toEqual(['Thông tin đơn vị', 'Danh sách đảng viên', 'Sổ sinh hoạt chi bộ']);
  expect(read.sheets.map((s) => s.visible)).toEqual([true, true, true]);
  expect(read.sheets.map((s) => fromPlainGrid(s.grid))).toEqual(cli.grids);
  // Members' birth dates are date cells: the sets made it through the clone.
  expect(fromPlainGrid(read.sheets[1].grid).dateCells!.size).toBeGreaterThan(60);
  const last = steps[steps.length - 1];
  expect(last[0]).toBe(last[1]);
  for (let i = 1; i < steps.length; i++) expect(steps[i][0]).toBeGreaterThanOrEqual(steps[i - 1][0]);
  expect(made).toHaveLength(1);
});

test('a hidden sheet is read and marked as hidden', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hiện').getCell('A1').value = 'x';
  wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 'y';
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const read = await client([]).read('an.xlsx', arrayBufferOf(bytes));
  expect(read.sheets.map((s) => [s.grid.sheet, s.visible])).toEqual([
    ['Hiện', true],
    ['Ẩn', false],
  ]);
});

describe('files that are not workbooks: the CLI messages, naming the file', () => {
  const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const cases: [string, string, Uint8Array, string][] = [
    ['an old .xls', 'so.xls', new Uint8Array(OLE.concat(new Array(600).fill(0))), 'sổ Excel cũ (.xls)'],
    ['a password-protected workbook', 'mat-khau.xlsx', new Uint8Array(OLE.concat(Array.from(Buffer.from('..EncryptedPackage..', 'utf16le')))), 'được đặt mật khẩu'],
    ['a text file', 'ghi-chu.xlsx', new Uint8Array(Buffer.from('Họ và tên;Ngày sinh\n', 'utf8')), 'không phải là sổ Excel (.xlsx)'],
    ['a damaged zip', 'hong.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8]), 'bị hỏng'],
    ['an empty file', 'rong.xlsx', new Uint8Array(0), 'tệp rỗng'],
  ];
  test.each(cases)('%s', async (_label, name, bytes, reason) => {
    const err = await failure(client([]).read(name, arrayBufferOf(bytes)));
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toContain('Không mở được tệp "' + name + '"');
    expect(err.message).toContain(reason);
    expect(err.message).not.toMatch(/\bat \w|Error:/);
  });
});

test('the report request gives a workbook with the sheets in the order asked, written by the xlsx writer', async () => {
  const summary = { ...buildFindingsSheet([], { linkToCells: false }), name: SUMMARY_SHEET_NAME };
  const findings = buildFindingsSheet([], { linkToCells: false });
  const bytes = await client([]).writeReport({ type: 'report', sheets: [summary, findings] });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([SUMMARY_SHEET_NAME, findings.name]);
  expect(wb.creator).toBe('Sơ kết chi bộ');
});

test('"Hủy" terminates the worker and rejects with CancelledError; the next request starts a new worker', async () => {
  const made: TestWorker[] = [];
  const c = client(made);
  const reading = c.read('so-dang-vien-mau.xlsx', arrayBufferOf(fs.readFileSync(SAMPLE)));
  expect(c.busy).toBe(true);
  c.cancel();
  expect(await failure(reading)).toBeInstanceOf(CancelledError);
  expect(made[0].terminated).toBe(true);
  expect(c.busy).toBe(false);
  const again = await c.read('so-dang-vien-mau.xlsx', arrayBufferOf(fs.readFileSync(SAMPLE)));
  expect(again.sheets).toHaveLength(3);
  expect(made).toHaveLength(2);
});

test('a worker whose script cannot run, or that cannot be made, gives the Vietnamese message, not an error object', async () => {
  const broken: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(): void {
      const self = this;
      setTimeout(function () {
        if (self.onerror) self.onerror({ message: "SyntaxError: Unexpected token '...'" });
      }, 0);
    },
    terminate(): void {},
  };
  const viaError = await failure(new FileWorkerClient(() => broken).read('a.xlsx', new ArrayBuffer(4)));
  expect(viaError).toBeInstanceOf(HostError);
  expect(viaError.message).toBe(WORKER_FAILED_MESSAGE);
  const viaCreate = await failure(
    new FileWorkerClient(() => {
      throw new Error('SecurityError: Failed to construct Worker');
    }).read('a.xlsx', new ArrayBuffer(4)),
  );
  expect(viaCreate.message).toBe(WORKER_FAILED_MESSAGE);
  expect(WORKER_FAILED_MESSAGE).toContain('Chrome, Edge hoặc Firefox bản mới');
});
