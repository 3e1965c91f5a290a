/**
 * The lean .xlsx reader gives exactly what the exceljs reader gives: on the committed sample, the 15
 * messy workbooks, the planted workbook of the CLI tests and files exceljs writes with every kind of cell.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MESSY_CASES } from '../messy/messyWorkbooks';
import { writeBook } from '../messy/sheetBuilder';
import { writePlantedWorkbook } from '../cli/plantedWorkbook';
import { expectSameGrids } from './leanEquivalence';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'so-dang-vien-mau.xlsx');

test('the committed sample reads the same', async () => {
  await expectSameGrids(fs.readFileSync(SAMPLE));
});

test.each(MESSY_CASES.map((c) => [c.id, c] as const))('messy workbook "%s" reads the same', async (_id, c) => {
  await expectSameGrids(await writeBook(c.build()));
});

test('the planted workbook of the CLI tests reads the same', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-ket-lean-'));
  try {
    const file = path.join(dir, 'planted.xlsx');
    await writePlantedWorkbook(file);
    await expectSameGrids(fs.readFileSync(file));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
