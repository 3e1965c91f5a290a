/**
 * The pane over a file read in the browser (FileHost): the same controller as in Excel, but the file is only
 * read. "Tải về báo cáo" hands over a new workbook (summary, then findings without links, as `so-ket bao-cao`
 * writes them) under a name made from the file's; no fixes, no cell to go to; a file without a member list
 * says so in the CLI's words; "Hủy" stops the report before anything is downloaded.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { analyze } from '../../src/core/analyze';
import { memberListMissing } from '../../src/core/memberListMissing';
import { FINDINGS_SHEET_NAME, buildFindingsSheet } from '../../src/core/report/findingsSheet';
import { SheetModel } from '../../src/core/report/sheetModel';
import { SUMMARY_SHEET_NAME, buildSummarySheet } from '../../src/core/report/summarySheet';
import { FILE_NOT_WRITTEN_MESSAGE, FileHost } from '../../src/hosts/file/fileHost';
import { FileWorkerClient } from '../../src/hosts/file/fileWorkerClient';
import { fromPlainGrid, toPlainGrid } from '../../src/hosts/file/fileMessages';
import { PaneController } from '../../src/taskpane/controller';
import { todayFixed } from '../taskpane/paneFixtures';
import { arrayBufferOf, inProcessWorker } from './inProcessWorker';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'so-dang-vien-mau.xlsx');

interface Opened {
  pane: PaneController;
  host: FileHost;
  saved: { name: string; bytes: ArrayBuffer }[];
  sent: SheetModel[][];
  client: FileWorkerClient;
}

async function openFile(name: string, bytes: Uint8Array): Promise<Opened> {
  const client = new FileWorkerClient(inProcessWorker);
  const read = await client.read(name, arrayBufferOf(bytes));
  const saved: { name: string; bytes: ArrayBuffer }[] = [];
  const sent: SheetModel[][] = [];
  const host = new FileHost(
    { name: name, sheets: read.sheets, date1904: read.date1904 },
    function (sheets, progress) {
      sent.push(sheets);
      return client.writeReport({ type: 'report', sheets: sheets }, progress);
    },
    function (b, fileName) {
      saved.push({ name: fileName, bytes: b });
    },
    function () {
      client.cancel();
    },
  );
  const pane = new PaneController(host, { today: todayFixed, yieldToUi: () => Promise.resolve() });
  await pane.start();
  return { pane, host, saved, sent, client };
}

function sample(): Promise<Opened> {
  return openFile('so-dang-vien-mau.xlsx', fs.readFileSync(SAMPLE));
}

test('the sample is detected as in Excel; no fixes or undo are offered and no sheet can be written into the file', async () => {
  const { pane, host } = await sample();
  expect(pane.downloadsReport).toBe(true);
  expect(pane.state.workbook.sheets.map((s) => [s.sheet, s.kind])).toEqual([
    ['Thông tin đơn vị', 'unit'],
    ['Danh sách đảng viên', 'members'],
    ['Sổ sinh hoạt chi bộ', 'meetings'],
  ]);
  expect(pane.state.status).toEqual({ kind: 'info', lines: ['Đã đọc 3 trang của sổ.'] });
  expect(pane.state.fixGroups).toBeNull();
  expect(pane.state.undo).toBeNull();
  await expect(host.writeSheet()).rejects.toThrow(FILE_NOT_WRITTEN_MESSAGE);
});

test('"Tải về báo cáo" downloads the summary and the findings (no links), in the CLI order, and writes nothing else', async () => {
  const { pane, saved, sent, host } = await sample();
  pane.setPeriodText('from', '01/01/2019');
  pane.setPeriodText('to', '31/12/2020');
  await pane.generateReport();

  const grids = host.file.sheets.map((s) => fromPlainGrid(s.grid));
  const a = analyze(grids, { today: todayFixed(), from: { y: 2019, m: 1, d: 1 }, to: { y: 2020, m: 12, d: 31 } });
  expect(sent).toEqual([
    [
      buildSummarySheet({ dataset: a.dataset, figures: a.figures, ctx: a.ctx, options: { percentDecimals: 1 } }),
      buildFindingsSheet(a.findings, { linkToCells: false }),
    ],
  ]);
  expect(saved.map((s) => s.name)).toEqual(['bao-cao-so-ket-so-dang-vien-mau.xlsx']);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(saved[0].bytes as unknown as ExcelJS.Buffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([SUMMARY_SHEET_NAME, FINDINGS_SHEET_NAME]);
  expect(pane.state.status!.lines.slice(0, 2)).toEqual([
    'Đã tạo tệp báo cáo \u201Cbao-cao-so-ket-so-dang-vien-mau.xlsx\u201D (trang \u201CBáo cáo sơ kết\u201D và trang \u201CKiểm tra dữ liệu\u201D); trình duyệt đã tải tệp về (thường vào thư mục Tải xuống).',
    'Tệp sổ của bạn không bị thay đổi.',
  ]);
  expect(pane.state.report!.figures.length).toBeGreaterThan(3);
});

test('without the findings sheet, only the summary is in the file', async () => {
  const { pane, sent, saved } = await sample();
  pane.setWriteFindings(false);
  await pane.generateReport();
  expect(sent.map((s) => s.map((m) => m.name))).toEqual([[SUMMARY_SHEET_NAME]]);
  expect(saved).toHaveLength(1);
  expect(pane.state.status!.lines[0]).toContain('(trang \u201CBáo cáo sơ kết\u201D)');
});

test('"Hủy" while the report is built: nothing is downloaded and the pane says it stopped', async () => {
  const { pane, saved, client } = await sample();
  const running = pane.generateReport();
  // Cancel once the worker has the report request.
  while (!client.busy) await new Promise((r) => setTimeout(r, 1));
  pane.cancel();
  await running;
  expect(saved).toEqual([]);
  expect(pane.state.busy).toBeNull();
  expect(pane.state.status!.kind).not.toBe('success');
  expect(pane.state.status!.lines.join(' ')).toMatch(/hủy|dừng/i);
});

test('a file without a member list says so in the CLI words, naming the file', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Ghi chú').addRows([['Việc cần làm'], ['Họp chi bộ tháng 3']]);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const { pane, saved } = await openFile('ghi-chu.xlsx', bytes);
  expect(pane.state.status).toEqual({ kind: 'warning', lines: [memberListMissing('ghi-chu.xlsx')] });
  await pane.generateReport();
  expect(saved).toEqual([]);
  expect(pane.state.status!.kind).toBe('error');
});

test('the plain grid form keeps every part of a grid', () => {
  const g = {
    sheet: 'S',
    rows: [['a', 1, true, null]],
    originRow: 1,
    originCol: 1,
    merges: [{ top: 1, left: 1, bottom: 2, right: 2 }],
    dateCells: new Set(['1:2']),
    hiddenRows: new Set([3]),
    autoFilter: { top: 1, left: 1, bottom: 5, right: 4 },
    fonts: new Map([['1:1', '.VnTime']]),
  };
  expect(fromPlainGrid(JSON.parse(JSON.stringify(toPlainGrid(g))))).toEqual(g);
});
