/**
 * The current state of the cells a fix or an undo touches: value, formula and number format of just
 * those cells, read in ranges per sheet and column (targetRanges.ts). One sync lists the sheets (a target
 * on a sheet that is gone is not read: core refuses it), then one sync per block of ranges; usually 2.
 */
import { CellValue } from '../../core/grid';
import { CellRef, cellKey } from '../../core/fixes/cellEdit';
import { ListedCell } from '../../core/fixes/cellSource';
import { isDateFormat } from '../xlsx/dateFormat';
import { CancelToken, CellsRead } from '../workbookHost';
import { rangeAddress } from './a1';
import { ExcelEnv } from './excelEnv';
import { checkCancel, ErrorPlace, toHostError } from './hostErrors';
import { RangeLike, RequestContextLike } from './officeApi';
import { findSheet } from './sheetNames';
import { rangeBlocks, TargetRange, targetRanges } from './targetRanges';

/** A value from Range.values as a grid holds it: "" is an empty cell. */
export function gridValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return null;
}

function isFormula(f: unknown): boolean {
  return typeof f === 'string' && f.length > 1 && f.charAt(0) === '=';
}

interface LoadedRange {
  target: TargetRange;
  range: RangeLike;
}

function queueBlock(ctx: RequestContextLike, block: TargetRange[]): LoadedRange[] {
  return block.map(function (t) {
    const address = rangeAddress({ top: t.top, left: t.col, bottom: t.bottom, right: t.col });
    return { target: t, range: ctx.workbook.worksheets.getItem(t.sheet).getRange(address).load('values,formulas,numberFormat') };
  });
}

function collect(loaded: LoadedRange[], wanted: { [key: string]: true }, out: ListedCell[]): void {
  for (let i = 0; i < loaded.length; i++) {
    const t = loaded[i].target;
    const r = loaded[i].range;
    for (let k = 0; k <= t.bottom - t.top; k++) {
      const row = t.top + k;
      if (!wanted[cellKey(t.sheet, row, t.col)]) continue;
      const fmt = r.numberFormat[k][0];
      out.push({
        sheet: t.sheet,
        row: row,
        col: t.col,
        value: gridValue(r.values[k][0]),
        formula: isFormula(r.formulas[k][0]),
        dateFormatted: typeof fmt === 'string' && isDateFormat(fmt),
      });
    }
  }
}

export async function readCells(env: ExcelEnv, targets: CellRef[], cancel?: CancelToken): Promise<CellsRead> {
  const place: ErrorPlace = { action: 'đọc', sheet: null, range: null };
  try {
    return await env.excel.run(async function (ctx) {
      checkCancel(cancel);
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      const names: string[] = sheets.items.map(function (s) {
        return s.name;
      });
      const present: CellRef[] = [];
      const wanted: { [key: string]: true } = {};
      for (let i = 0; i < targets.length; i++) {
        const t = targets[i];
        if (!findSheet(sheets.items, t.sheet)) continue;
        // The name as the targets spell it, so that core finds the sheet.
        if (names.indexOf(t.sheet) < 0) names.push(t.sheet);
        present.push(t);
        wanted[cellKey(t.sheet, t.row, t.col)] = true;
      }
      const blocks = rangeBlocks(targetRanges(present), env.readBudget);
      const cells: ListedCell[] = [];
      for (let b = 0; b < blocks.length; b++) {
        checkCancel(cancel);
        const loaded = queueBlock(ctx, blocks[b]);
        await ctx.sync();
        collect(loaded, wanted, cells);
        if (b + 1 < blocks.length) await env.yieldToUi();
      }
      return { sheets: names, cells: cells };
    });
  } catch (e) {
    throw toHostError(e, place);
  }
}
