/**
 * Writes the sample registers to assets/samples/so-dang-vien-mau.xlsx (`npm run sample`). The workbook
 * is generated from core's sampleGrids(), so it is the same on every run.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { sampleSheetModels } from '../src/core/sample/sampleSheets';
import { writeSheetModel } from '../src/hosts/xlsx/writeSheetModel';
import { writeWorkbookFile } from '../src/hosts/xlsx/writeWorkbookFile';
import { sampleWorkbookPath } from '../src/cli/packageRoot';

/** The sample as an exceljs workbook. */
export function sampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sơ kết chi bộ';
  // Fixed dates so that the file does not change between runs.
  wb.created = new Date(Date.UTC(2021, 0, 4));
  wb.modified = wb.created;
  const models = sampleSheetModels();
  for (let i = 0; i < models.length; i++) writeSheetModel(wb, models[i]);
  return wb;
}

export async function makeSample(target: string): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await writeWorkbookFile(sampleWorkbook(), target);
}

if (require.main === module) {
  const target = process.argv[2] || sampleWorkbookPath();
  makeSample(target).then(
    function () {
      process.stdout.write('Đã ghi sổ mẫu: ' + target + '\n');
    },
    function (err: unknown) {
      process.stderr.write((err instanceof Error ? err.message : String(err)) + '\n');
      process.exitCode = 2;
    },
  );
}
