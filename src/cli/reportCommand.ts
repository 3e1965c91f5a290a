/**
 * `so-ket bao-cao`: read the registers (never writing them), compute, and write the summary sheet and
 * the findings sheet into the report workbook. An existing report workbook is refreshed: the office's
 * own text is kept, everything computed is replaced, other sheets are left alone.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { countBySeverity } from '../core/findings';
import { isCellUnit } from '../core/unitKind';
import { openWorkbookFile } from '../hosts/xlsx/readWorkbook';
import { writeSheetModel } from '../hosts/xlsx/writeSheetModel';
import { writeWorkbookFile } from '../hosts/xlsx/writeWorkbookFile';
import { ParsedArgs } from './args';
import { UsageError } from './cliError';
import { CliEngine } from './engine';
import { figureSummaryLines } from './figureSummary';
import { countsText } from './findingsText';
import { CliIo } from './io';
import { jsonOutput } from './jsonOutput';
import { loadAnalysis } from './loadAnalysis';
import { sampleWorkbookPath } from './packageRoot';
import { samePath } from './paths';

export const DEFAULT_REPORT_FILE = 'bao-cao-so-ket.xlsx';

export async function reportCommand(args: ParsedArgs, io: CliIo, engine: CliEngine): Promise<number> {
  const outputShown = args.output || DEFAULT_REPORT_FILE;
  const output = path.resolve(io.cwd, outputShown);
  const inputPath = args.file ? path.resolve(io.cwd, args.file) : sampleWorkbookPath();
  if (samePath(inputPath, output)) {
    throw new UsageError(
      'Tệp báo cáo không được trùng với tệp sổ "' + (args.file || inputPath) + '" (tệp sổ chỉ được đọc); hãy chọn tên khác bằng -o.',
    );
  }
  const input = await loadAnalysis(args.file, io.cwd, { from: args.from, to: args.to }, engine);
  const a = input.analysis;
  const summary = engine.buildSummarySheet({ dataset: a.dataset, figures: a.figures, ctx: a.ctx });
  const findingsSheet = engine.buildFindingsSheet(a.findings);

  const refresh = fs.existsSync(output);
  const wb = refresh ? await openWorkbookFile(output, outputShown) : new ExcelJS.Workbook();
  if (!refresh) wb.creator = 'Sơ kết chi bộ';
  const written = writeSheetModel(wb, summary);
  writeSheetModel(wb, findingsSheet);
  await writeWorkbookFile(wb, output, outputShown);

  if (args.json) {
    io.stdout(jsonOutput(a.figures, a.findings));
    return 0;
  }
  const lines: string[] = [];
  lines.push((refresh ? 'Đã cập nhật báo cáo: ' : 'Đã ghi báo cáo: ') + output);
  lines.push('  (trang "' + summary.name + '" và trang "' + findingsSheet.name + '"; sổ đọc từ: ' + input.shown + ')');
  if (refresh && written.keptUserText > 0) {
    lines.push('  Giữ nguyên ' + written.keptUserText + ' ô nội dung do văn phòng tự viết.');
  }
  const figureLines = figureSummaryLines(a.figures, a.ctx.period, isCellUnit(a.dataset.unit));
  for (let i = 0; i < figureLines.length; i++) lines.push(figureLines[i]);
  const counts = countBySeverity(a.findings);
  lines.push(
    'Kiểm tra dữ liệu: ' +
      countsText(a.findings) +
      (a.findings.length ? ' (xem trang "' + findingsSheet.name + '" hoặc chạy: so-ket kiem-tra).' : '.'),
  );
  if (counts.error > 0) lines.push('Lưu ý: sổ còn lỗi; các số liệu liên quan có thể chưa đúng.');
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
