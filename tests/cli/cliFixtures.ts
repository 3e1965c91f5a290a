/** Fixtures for the command-line tests: a capturing io, a stand-in engine, small workbooks on disk. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { CliEngine } from '../../src/cli/engine';
import { CliIo } from '../../src/cli/io';
import { AnalyzeOptions } from '../../src/core/analyze';
import { Finding, makeFinding } from '../../src/core/findings';
import { Figures } from '../../src/core/figures';
import { emptyUnitInfo, DetectedTable } from '../../src/core/records';
import { RULESET_2018 } from '../../src/core/rulesets';
import { SheetModel } from '../../src/core/report/sheetModel';

export interface CapturedIo extends CliIo {
  out: string;
  err: string;
}

export function captureIo(cwd: string): CapturedIo {
  const io: CapturedIo = {
    out: '',
    err: '',
    cwd: cwd,
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'so-ket-cli-'));
}

export const MEMBER_TABLE: DetectedTable = {
  sheet: 'Danh sách đảng viên',
  kind: 'members',
  headerRows: [1],
  firstDataRow: 2,
  lastDataRow: 3,
  columns: { name: 'B' },
  headerText: { name: 'Họ và tên' },
  score: 1,
};

export const FAKE_FIGURES: Figures = {
  'members.total': 66,
  'members.male': 46,
  'members.female': 20,
  'staff.total': 93,
  'members.shareOfStaff': 66 / 93,
  'theory.advanced': 26,
  'cells.total': 4,
  'admissions.total': 6,
};

export const FAKE_HINT = 'Ghi những thuận lợi…';

export interface FakeEngine extends CliEngine {
  analyzeCalls: AnalyzeOptions[];
}

/** An engine that ignores the grids and returns what the test asks for. */
export function fakeEngine(opts?: { findings?: Finding[]; members?: boolean; figures?: Figures; throws?: Error }): FakeEngine {
  const o = opts || {};
  const calls: AnalyzeOptions[] = [];
  return {
    analyzeCalls: calls,
    analyze: (grids, a) => {
      calls.push(a);
      if (o.throws) throw o.throws;
      return {
        dataset: { members: [], meetings: [], unit: emptyUnitInfo(), tables: o.members === false ? [] : [MEMBER_TABLE] },
        findings: o.findings || [],
        figures: o.figures || FAKE_FIGURES,
        ctx: {
          period: { from: a.from || { y: 2018, m: 1, d: 1 }, to: a.to || { y: 2020, m: 12, d: 31 } },
          today: a.today || { y: 2025, m: 6, d: 1 },
          ruleset: RULESET_2018,
        },
      };
    },
    buildSummarySheet: (input): SheetModel => ({
      name: 'Báo cáo sơ kết',
      columnWidths: [50, 12],
      rowHeights: {},
      cells: [
        { row: 1, col: 1, value: 'Tổng số đảng viên' },
        { row: 1, col: 2, value: input.figures['members.total'] },
        { row: 3, col: 1, role: 'userText', hint: FAKE_HINT },
      ],
      merges: [],
      names: [{ name: 'NoiDung_ThuanLoi', range: { top: 3, left: 1, bottom: 3, right: 2 } }],
      print: { paper: 'A4', orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 }, fitToWidth: true },
      defaultFont: { name: 'Times New Roman', size: 13 },
    }),
    buildFindingsSheet: (findings): SheetModel => ({
      name: 'Kiểm tra dữ liệu',
      columnWidths: [20],
      rowHeights: {},
      cells: [{ row: 1, col: 1, value: findings.length }],
      merges: [],
      names: [],
      print: { paper: 'A4', orientation: 'landscape', margins: { top: 10, bottom: 10, left: 10, right: 10, header: 5, footer: 5 }, fitToWidth: true },
      defaultFont: { name: 'Times New Roman', size: 12 },
    }),
    today: () => ({ y: 2025, m: 6, d: 1 }),
  };
}

/** An "impossible date" finding at a member row, column D. */
export function dateFinding(row: number): Finding {
  return makeFinding(
    'impossible-date',
    { sheet: 'Danh sách đảng viên', row: row, column: 'D', value: '31/02/1980' },
    { value: '31/02/1980', field: 'Ngày sinh' },
    { groupKey: 'impossible-date|31/02/1980' },
  );
}

export function oldCardFinding(row: number): Finding {
  return makeFinding('card-number-old-format', { sheet: 'Danh sách đảng viên', row: row, column: 'M', value: '30.000123' }, { value: '30.000123' });
}

/** A small real workbook on disk (the fake engine does not look inside). */
export async function writeSmallWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách đảng viên');
  ws.addRow(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh']);
  ws.addRow([1, 'Nguyễn Văn An', 'Nam', '12/05/1980']);
  await wb.xlsx.writeFile(file);
}
