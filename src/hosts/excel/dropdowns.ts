/**
 * Dropdown lists on register columns (data validation, ExcelApi 1.8; below that none are added and 0 is
 * returned). Excel keeps an explicit list to 255 characters and separates its items by commas, so a
 * list that is longer or has an item with a comma is left out.
 */
import { Dropdown, dropdownAlert } from '../../core/sample/templateSheets';
import { ExcelEnv } from './excelEnv';
import { ErrorPlace, toHostError } from './hostErrors';
import { findSheet } from './sheetNames';
import { STATEMENT_BYTES, WriteBatch } from './writeBatch';

const MAX_LIST = 255;

function listSource(values: string[]): string | null {
  for (let i = 0; i < values.length; i++) if (values[i].indexOf(',') >= 0) return null;
  const source = values.join(',');
  return source.length > 0 && source.length <= MAX_LIST ? source : null;
}

/** The alert shown when a typed value is not in the list (core's words, as in the xlsx template). */
function alertOf(d: Dropdown): { showAlert: boolean; style: string; title: string; message: string } {
  const alert = dropdownAlert(d);
  return { showAlert: true, style: d.strict ? 'Stop' : 'Warning', title: alert.title, message: alert.message };
}

export async function addDropdowns(env: ExcelEnv, dropdowns: Dropdown[]): Promise<number> {
  if (!env.features.dataValidation || dropdowns.length === 0) return 0;
  const place: ErrorPlace = { action: 'thêm danh sách chọn vào', sheet: null, range: null };
  try {
    return await env.excel.run(async function (ctx) {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      const batch = new WriteBatch(ctx, env.writeBudget, env.yieldToUi, undefined);
      let added = 0;
      for (let i = 0; i < dropdowns.length; i++) {
        const d = dropdowns[i];
        const sheet = findSheet(sheets.items, d.sheet);
        const source = listSource(d.values);
        if (!sheet || !source) continue;
        place.sheet = d.sheet;
        place.range = d.range;
        await batch.add({
          bytes: STATEMENT_BYTES * 4 + source.length * 2,
          cells: 0,
          queue: function () {
            const validation = sheet.getRange(d.range).dataValidation;
            validation.clear();
            validation.rule = { list: { inCellDropDown: true, source: source } };
            validation.errorAlert = alertOf(d);
            validation.ignoreBlanks = true;
          },
        });
        added++;
      }
      await batch.flush();
      return added;
    });
  } catch (e) {
    throw toHostError(e, place);
  }
}
