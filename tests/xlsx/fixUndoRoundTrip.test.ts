/**
 * Fixes and their undo through real .xlsx files: every fix applied to the planted workbook with its undo
 * log kept in a very hidden sheet (one chunk per cell of column A), the workbook saved and opened again,
 * then undone from the log read back: every cell of the registers holds its old value with its old type.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { applyWrites } from '../../src/core/fixes/cellEdit';
import { fixPlan } from '../../src/core/fixes/fixPlan';
import { emptyUndoLog, recordBatch, undoBatch, UndoLog } from '../../src/core/fixes/undoLog';
import { undoLogChunks, undoLogFromChunks } from '../../src/core/fixes/undoLogFormat';
import { CellValue } from '../../src/core/grid';
import { loadWorkbook, workbookToGrids } from '../../src/hosts/xlsx/readWorkbook';
import { workbookCellSource, writeCellValues } from '../../src/hosts/xlsx/workbookCells';
import { tempDir } from '../cli/cliFixtures';
import { writePlantedWorkbook } from '../cli/plantedWorkbook';

const LOG_SHEET = 'SoKet_HoanTac';
const TODAY = { y: 2025, m: 6, d: 1 };

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function storeLog(wb: ExcelJS.Workbook, log: UndoLog, maxChars: number): number {
  const old = wb.getWorksheet(LOG_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(LOG_SHEET, { state: 'veryHidden' });
  const chunks = undoLogChunks(log, maxChars);
  chunks.forEach((c, i) => {
    ws.getCell(i + 1, 1).value = c;
  });
  return chunks.length;
}

function readLog(wb: ExcelJS.Workbook): UndoLog {
  const ws = wb.getWorksheet(LOG_SHEET);
  if (!ws) return emptyUndoLog();
  const chunks: CellValue[] = [];
  ws.getColumn(1).eachCell({ includeEmpty: true }, (cell) => {
    chunks.push(typeof cell.value === 'string' ? cell.value : null);
  });
  return undoLogFromChunks(chunks);
}

/** Every cell of every register sheet: "sheet!A1" -> typed value. */
function cellsOf(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (ws.name === LOG_SHEET) continue;
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        out.set(ws.name + '!' + cell.address, v instanceof Date ? 'date:' + v.getTime() : typeof v + ':' + JSON.stringify(v));
      });
    });
  }
  return out;
}

test('apply every fix, save, reopen, undo from the stored log: the registers are as before, types included', async () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, 'so.xlsx');
    await writePlantedWorkbook(file);
    const original = await loadWorkbook(fs.readFileSync(file), 'so.xlsx');
    const wb = await loadWorkbook(fs.readFileSync(file), 'so.xlsx');
    const read = workbookToGrids(wb);
    const a = analyze(read.grids, { today: TODAY });
    const plan = fixPlan(a.findings, { allForm: true, codes: ['unknown-category', 'official-late'] }, workbookCellSource(wb, read.date1904), {
      date1904: read.date1904,
    });
    expect(plan.cells).toBe(30);
    writeCellValues(wb, applyWrites(plan.edits));
    const chunks = storeLog(wb, recordBatch(emptyUndoLog(), plan.edits, plan.label, new Date()).log, 500);
    expect(chunks).toBeGreaterThan(3);

    // Saved and opened again: the fixes are there, the log reads back.
    const reopened = await loadWorkbook(await bytesOf(wb), 'so.xlsx');
    expect(reopened.getWorksheet(LOG_SHEET)!.state).toBe('veryHidden');
    expect(cellsOf(reopened)).not.toEqual(cellsOf(original));
    const log = readLog(reopened);
    expect(log.batches.length).toBe(1);
    expect(log.batches[0].label).toBe('Sửa 30 ô theo 15 nhóm đề xuất');

    const r = undoBatch(log, workbookCellSource(reopened, false));
    if (!r.ok) throw new Error(r.message);
    writeCellValues(reopened, r.writes);
    storeLog(reopened, r.log, 500);
    const after = await loadWorkbook(await bytesOf(reopened), 'so.xlsx');
    expect(cellsOf(after)).toEqual(cellsOf(original));
    expect(readLog(after).batches).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('after the user edits a fixed cell in the saved workbook, the undo is refused, naming the cell', async () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, 'so.xlsx');
    await writePlantedWorkbook(file);
    const wb = await loadWorkbook(fs.readFileSync(file), 'so.xlsx');
    const read = workbookToGrids(wb);
    const a = analyze(read.grids, { today: TODAY });
    const plan = fixPlan(a.findings, { codes: ['category-variant'] }, workbookCellSource(wb, false));
    writeCellValues(wb, applyWrites(plan.edits));
    storeLog(wb, recordBatch(emptyUndoLog(), plan.edits, plan.label, new Date()).log, 32767);
    const reopened = await loadWorkbook(await bytesOf(wb), 'so.xlsx');
    reopened.getWorksheet('Danh sách đảng viên')!.getCell('J52').value = 'Tiến sĩ';
    const r = undoBatch(readLog(reopened), workbookCellSource(reopened, false));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('ô J52 (trang "Danh sách đảng viên") đã được sửa sau đó (đang là “Tiến sĩ”, lúc sửa là “Thạc sĩ”)');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
