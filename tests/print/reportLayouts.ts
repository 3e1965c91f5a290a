/**
 * The registers the printed-summary tests report on: the bundled sample (the seed's Đảng bộ), and two
 * other layouts that make the summary look different:
 * - "chi bộ cơ sở": one chi bộ, one year (2024), a unit-info sheet without the committee counts,
 *   a flat member list with no chi bộ column, a meeting log with no chi bộ column;
 * - "đảng bộ, nửa năm": three chi bộ given by group-title rows, no political-theory column and no
 *   unit-info sheet, six months (01/01/2025-30/06/2025) with one chi bộ missing a month and another
 *   a quarter's chuyên đề meeting.
 * What each is built to give is written next to it, counted by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { analyze, AnalyzeOptions, Analysis } from '../../src/core/analyze';
import { CellValue, Grid, gridOf } from '../../src/core/grid';
import { buildSummarySheet, ReportOptions } from '../../src/core/report/summarySheet';
import { SheetModel } from '../../src/core/report/sheetModel';
import { readWorkbookFile } from '../../src/hosts/xlsx/readWorkbook';
import { writeSheetModel } from '../../src/hosts/xlsx/writeSheetModel';

export const SAMPLE_FILE = path.join(__dirname, '..', '..', 'assets', 'samples', 'so-dang-vien-mau.xlsx');

/** A fixed "today", so that the place-and-date line and the months asked for never change. */
export const TODAY = { y: 2026, m: 3, d: 2 };

export interface ReportCase {
  /** File-name friendly id. */
  id: string;
  grids: Grid[];
  date1904?: boolean;
  options?: AnalyzeOptions;
}

function serial(d: number, m: number, y: number): number {
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

/** A key–value unit-info sheet; date values are serials in date-formatted cells. */
function unitSheet(pairs: [string, CellValue, boolean?][]): Grid {
  const rows: CellValue[][] = [['THÔNG TIN ĐƠN VỊ', null], [null, null]];
  const dateCells = new Set<string>();
  for (let i = 0; i < pairs.length; i++) {
    rows.push([pairs[i][0], pairs[i][1]]);
    if (pairs[i][2]) dateCells.add(i + 3 + ':2');
  }
  return gridOf('Thông tin đơn vị', rows, { dateCells: dateCells });
}

/**
 * Chi bộ cơ sở, 2024. 12 members: 3 men, 9 women; theory: 3 trung cấp, 7 sơ cấp, 2 none (no cao
 * cấp); education: 2 thạc sĩ, 10 đại học (none trung cấp or sơ cấp); one admitted on 15/05/2024,
 * still probationary. 40 staff: 12/40 = 30%. Meetings: a thường kỳ meeting each month (12) and a
 * chuyên đề meeting each quarter (4), everyone present (11 until May, then 12), every one with a
 * resolution.
 */
export function cellUnitCase(): ReportCase {
  const unit = unitSheet([
    ['Tên đảng bộ', 'Chi bộ Trường Tiểu học Kim Đồng'],
    ['Cấp ủy cấp trên', 'Đảng ủy xã Tân Lập'],
    ['Địa danh', 'Tân Lập'],
    ['Nhiệm kỳ', '2022-2025'],
    ['Tổng số CB-CC-VC-NLĐ', 40],
    ['Kỳ báo cáo từ ngày', serial(1, 1, 2024), true],
    ['Kỳ báo cáo đến ngày', serial(31, 12, 2024), true],
    ['Tên văn bản được sơ kết', 'Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ'],
    ['Số ký hiệu', '07'],
    ['Người ký', 'Lê Thị Hồng'],
  ]);
  const given = ['An', 'Bình', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Lan', 'Mai', 'Ngọc', 'Oanh', 'Phương'];
  const members: CellValue[][] = [
    ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', 'Ngày chính thức', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Trạng thái'],
  ];
  const theory = ['Trung cấp', 'Trung cấp', 'Trung cấp', 'Sơ cấp', 'Sơ cấp', 'Sơ cấp', 'Sơ cấp', 'Sơ cấp', 'Sơ cấp', 'Sơ cấp', null, null];
  for (let i = 0; i < 12; i++) {
    const male = i < 3;
    const newcomer = i === 11;
    members.push([
      i + 1,
      (male ? 'Trần Văn ' : 'Nguyễn Thị ') + given[i],
      male ? 'Nam' : 'Nữ',
      '0' + ((i % 9) + 1) + '/0' + ((i % 9) + 1) + '/' + (1975 + i),
      newcomer ? '15/05/2024' : '0' + ((i % 9) + 1) + '/03/' + (2000 + i),
      newcomer ? null : '0' + ((i % 9) + 1) + '/03/' + (2001 + i),
      i < 2 ? 'Thạc sĩ' : 'Đại học',
      theory[i],
      newcomer ? 'Dự bị' : 'Đang sinh hoạt',
    ]);
  }
  const meetings: CellValue[][] = [['STT', 'Ngày sinh hoạt', 'Hình thức', 'Tổng số', 'Có mặt', 'Vắng có lý do', 'Vắng không lý do', 'Có nghị quyết/kết luận']];
  let n = 0;
  for (let m = 1; m <= 12; m++) {
    // The newcomer is admitted on 15/05: 11 members until then.
    const size = m <= 5 ? 11 : 12;
    const mm = (m < 10 ? '0' : '') + m;
    meetings.push([++n, '05/' + mm + '/2024', 'Thường kỳ', size, size, 0, 0, 'Có']);
    if (m % 3 === 0) meetings.push([++n, '20/' + mm + '/2024', 'Chuyên đề', size, size, 0, 0, 'Có']);
  }
  return {
    id: 'chi-bo-co-so',
    grids: [unit, gridOf('Danh sách đảng viên', members), gridOf('Sổ sinh hoạt', meetings)],
  };
}

/**
 * Đảng bộ of three chi bộ (group-title rows), 01/01/2025-30/06/2025, no unit-info sheet, no theory
 * column. 18 members: Kế hoạch 7, Kỹ thuật 6, Xưởng 5; 10 men, 8 women; education 3 thạc sĩ, 12 đại
 * học, 3 trung cấp; one admitted on 10/03/2025. Meetings: Kế hoạch 6 thường kỳ + 2 chuyên đề;
 * Kỹ thuật 5 thường kỳ (none in April) + 2 chuyên đề; Xưởng 6 thường kỳ + 1 chuyên đề (none in the
 * second quarter): 17 + 5 meetings; 2 of 3 chi bộ every month, 2 of 3 every quarter.
 */
export function groupedCase(): ReportCase {
  const cells = ['Chi bộ Phòng Kế hoạch', 'Chi bộ Phòng Kỹ thuật', 'Chi bộ Xưởng sản xuất'];
  const sizes = [7, 6, 5];
  const rows: CellValue[][] = [
    ['CÔNG TY CƠ KHÍ HÀ BẮC'],
    ['DANH SÁCH ĐẢNG VIÊN'],
    [],
    ['STT', 'Họ và tên', 'Nam/Nữ', 'Ngày sinh', 'Ngày vào Đảng', 'Ngày chính thức', 'Trình độ chuyên môn', 'Trạng thái'],
  ];
  const roman = ['I', 'II', 'III'];
  const family = ['Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng'];
  let k = 0;
  for (let c = 0; c < cells.length; c++) {
    rows.push([roman[c] + '. ' + cells[c]]);
    for (let j = 0; j < sizes[c]; j++) {
      const male = k % 9 < 5;
      const newcomer = k === 17;
      const education = k < 3 ? 'Thạc sĩ' : k < 15 ? 'Đại học' : 'Trung cấp';
      rows.push([
        k + 1,
        family[k % 6] + (male ? ' Văn ' : ' Thị ') + 'Thành ' + (k + 1),
        male ? 'Nam' : 'Nữ',
        '12/0' + ((k % 9) + 1) + '/' + (1970 + k),
        newcomer ? '10/03/2025' : '1' + (k % 9) + '/10/' + (1998 + k),
        newcomer ? null : '1' + (k % 9) + '/10/' + (1999 + k),
        education,
        newcomer ? 'Dự bị' : 'Đang sinh hoạt',
      ]);
      k++;
    }
  }
  const meetings: CellValue[][] = [['Chi bộ', 'Ngày sinh hoạt', 'Hình thức', 'Tổng số', 'Có mặt', 'Vắng có lý do', 'Vắng không lý do', 'Nghị quyết']];
  for (let c = 0; c < cells.length; c++) {
    for (let m = 1; m <= 6; m++) {
      const size = c === 2 && m < 3 ? sizes[c] - 1 : sizes[c];
      const mm = '0' + m;
      if (!(c === 1 && m === 4)) meetings.push([cells[c], '08/' + mm + '/2025', 'Thường kỳ', size, size - 1, 1, 0, 'x']);
      if ((m === 2 || m === 5) && !(c === 2 && m === 5)) meetings.push([cells[c], '22/' + mm + '/2025', 'Chuyên đề', size, size, 0, 0, 'x']);
    }
  }
  return {
    id: 'dang-bo-nua-nam',
    grids: [gridOf('Đảng viên', rows), gridOf('Sinh hoạt', meetings)],
    options: { from: { y: 2025, m: 1, d: 1 }, to: { y: 2025, m: 6, d: 30 } },
  };
}

export async function sampleCase(): Promise<ReportCase> {
  const wb = await readWorkbookFile(SAMPLE_FILE);
  return { id: 'mau', grids: wb.grids, date1904: wb.date1904 };
}

export async function allCases(): Promise<ReportCase[]> {
  return [await sampleCase(), cellUnitCase(), groupedCase()];
}

export function analyzeCase(c: ReportCase): Analysis {
  return analyze(c.grids, Object.assign({ date1904: c.date1904, today: TODAY }, c.options || {}));
}

export interface WrittenReport {
  case: ReportCase;
  analysis: Analysis;
  model: SheetModel;
  file: string;
}

/** Analyze, build the summary and write it alone into `dir/<id>.xlsx`, as the hosts write it. */
export async function writeReport(c: ReportCase, dir: string, options?: ReportOptions): Promise<WrittenReport> {
  const analysis = analyzeCase(c);
  const model = buildSummarySheet({ dataset: analysis.dataset, figures: analysis.figures, ctx: analysis.ctx, options: options });
  const wb = new ExcelJS.Workbook();
  writeSheetModel(wb, model);
  const file = path.join(dir, c.id + '.xlsx');
  fs.writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return { case: c, analysis: analysis, model: model, file: file };
}
