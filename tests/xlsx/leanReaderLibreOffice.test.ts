/**
 * Workbooks written by another program than exceljs: LibreOffice Calc 7 saved these as .xlsx (its own XML:
 * s="0" on every cell, t="n", rows with every attribute, its own styles and shared strings). They are
 * the messy "everything-at-once" and "date-1904" workbooks and the CLI's planted workbook, converted with
 * `soffice --headless --convert-to xlsx`. The lean reader reads them itself and gives exceljs's grids.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookLean } from '../../src/hosts/xlsx/leanWorkbookReader';
import { expectSameGrids } from './leanEquivalence';

const DIR = path.join(__dirname, 'fixtures', 'libreoffice');

test.each(['everything-at-once.xlsx', 'date-1904.xlsx', 'planted.xlsx'])('%s', async (file) => {
  const bytes = fs.readFileSync(path.join(DIR, file));
  await expectSameGrids(bytes);
  const read = await readWorkbookLean(bytes, file);
  expect(read.grids.length).toBeGreaterThan(0);
  expect(read.grids.some((g) => g.rows.length > 20)).toBe(true);
});
