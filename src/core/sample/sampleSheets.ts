/** The sample workbook as sheet models, ready for a host to write (`npm run sample`). */
import { SheetModel } from '../report/sheetModel';
import { registerSheetModel } from './registerSheetModel';
import { sampleSheets } from './sampleRegisters';

export const SAMPLE_FILE_NAME = 'so-dang-vien-mau.xlsx';

export function sampleSheetModels(): SheetModel[] {
  return sampleSheets().map(function (s) {
    return registerSheetModel(s.grid, s.layout);
  });
}
