/** The empty standard workbook for `so-ket mau`: core's template sheets plus their dropdown lists. */
import * as ExcelJS from 'exceljs';
import { dropdownAlert, templateWorkbook } from '../../core/sample/templateSheets';
import { writeSheetModel } from './writeSheetModel';

interface DataValidationsLike {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

export function writeTemplateWorkbook(ratingYear: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sơ kết chi bộ';
  const t = templateWorkbook(ratingYear);
  for (let i = 0; i < t.sheets.length; i++) writeSheetModel(wb, t.sheets[i]);
  for (let i = 0; i < t.dropdowns.length; i++) {
    const d = t.dropdowns[i];
    const ws = wb.getWorksheet(d.sheet);
    if (!ws) continue;
    const validations = (ws as unknown as { dataValidations: DataValidationsLike }).dataValidations;
    const alert = dropdownAlert(d);
    validations.add(d.range, {
      type: 'list',
      allowBlank: true,
      formulae: ['"' + d.values.join(',') + '"'],
      showErrorMessage: true,
      errorStyle: d.strict ? 'stop' : 'warning',
      errorTitle: alert.title,
      error: alert.message,
    });
  }
  return wb;
}
