/**
 * Read sheets' used ranges into grids: one sync to size every sheet's used range (with its merged areas
 * from ExcelApi 1.13 and the 1904 probe from 1.2), then one sync per row block. Syncs = 1 + the number
 * of blocks over all sheets (+1 per block re-read after a size refusal, +1 per block in which some but
 * not all rows are hidden, to learn which, +1 per block with possible TCVN3/VNI text in a column of mixed
 * fonts, to learn each such cell's font). Progress is reported in rows;
 * cancellation is checked and the pane's event loop gets a turn between blocks.
 */
import { MergedRange } from '../../core/grid';
import { CancelToken, ProgressSink, ReadResult } from '../workbookHost';
import { parseAddress, rangeAddress, splitAreas } from './a1';
import { ColumnRun, columnRuns, dateColumns } from './dateColumns';
import { ExcelEnv } from './excelEnv';
import { BlockFormats, GridBuilder } from './gridFromRanges';
import { checkCancel, ErrorPlace, isPayloadTooLarge, officeErrorCode, toHostError } from './hostErrors';
import { FunctionResultLike, RangeAreasLike, RangeLike, RequestContextLike, WorksheetLike } from './officeApi';
import { RowBlocks } from './readBlocks';
import { jsonSize } from './jsonSize';
import { mayBeLegacy } from '../../core/text/legacyText';
import { missingSheetError } from './sheetNames';

interface SheetPlan {
  name: string;
  sheet: WorksheetLike;
  used: RangeLike;
  merged: RangeAreasLike | null;
  /** The AutoFilter's range (ExcelApi 1.9); a null object when the sheet has none. */
  filter: RangeLike | null;
}

function filterOf(range: RangeLike | null): MergedRange | undefined {
  if (!range || range.isNullObject) return undefined;
  const a = parseAddress(range.address);
  return a ? a.range : undefined;
}

function mergesOf(areas: RangeAreasLike | null): MergedRange[] | undefined {
  if (!areas || areas.isNullObject) return undefined;
  const out: MergedRange[] = [];
  const list = splitAreas(areas.address || '');
  for (let i = 0; i < list.length; i++) {
    const a = parseAddress(list[i]);
    if (a && (a.range.top !== a.range.bottom || a.range.left !== a.range.right)) out.push(a.range);
  }
  return out;
}

/** At most this many cells a block asks one by one for their font (the rest are judged by statistics). */
export const MAX_CELL_FONTS = 2000;

/**
 * Where a column of a block mixes fonts (a .VnTimeH title over .VnTime rows, say), the text cells that
 * may be TCVN3/VNI are asked for their own font, in one more sync for that block only.
 */
async function readMixedFonts(
  ctx: RequestContextLike,
  sheet: WorksheetLike,
  r0: number,
  left: number,
  values: unknown[][],
  columnFonts: (string | null)[],
  builder: GridBuilder,
): Promise<void> {
  const cells: { row: number; col: number; range: RangeLike }[] = [];
  for (let j = 0; j < columnFonts.length && cells.length < MAX_CELL_FONTS; j++) {
    if (columnFonts[j] !== null) continue;
    for (let i = 0; i < values.length && cells.length < MAX_CELL_FONTS; i++) {
      const v = (values[i] || [])[j];
      if (typeof v !== 'string' || !mayBeLegacy(v)) continue;
      const range = sheet.getCell(r0 + i - 1, left + j - 1);
      range.format.font.load('name');
      cells.push({ row: r0 + i, col: left + j, range: range });
    }
  }
  if (!cells.length) return;
  await ctx.sync();
  cells.forEach(function (c) {
    builder.addCellFont(c.row, c.col, c.range.format.font.name || null);
  });
}

/**
 * The hidden rows of a block: all of them when Excel says so, else (some hidden) one more sync that asks
 * each row. Only blocks that hold hidden rows pay for it.
 */
async function readHiddenRows(
  ctx: RequestContextLike,
  sheet: WorksheetLike,
  all: boolean | null,
  r0: number,
  r1: number,
  left: number,
  right: number,
  into: Set<number>,
): Promise<void> {
  if (all === true) {
    for (let r = r0; r <= r1; r++) into.add(r);
    return;
  }
  const rows: RangeLike[] = [];
  for (let r = r0; r <= r1; r++) rows.push(sheet.getRange(rangeAddress({ top: r, left: left, bottom: r, right: right })).load('rowHidden'));
  await ctx.sync();
  rows.forEach(function (range, i) {
    if (range.rowHidden) into.add(r0 + i);
  });
}

async function readSheet(
  ctx: RequestContextLike,
  env: ExcelEnv,
  plan: SheetPlan,
  place: ErrorPlace,
  report: (rows: number) => void,
  cancel: CancelToken | undefined,
): Promise<GridBuilder> {
  const top = plan.used.rowIndex + 1;
  const left = plan.used.columnIndex + 1;
  const cols = plan.used.columnCount;
  const right = left + cols - 1;
  const builder = new GridBuilder(top, left);
  const blocks = new RowBlocks(plan.used.rowCount, cols, env.readBudget);
  let runs: ColumnRun[] | null = null;
  while (!blocks.done()) {
    checkCancel(cancel);
    let size = blocks.nextSize();
    for (;;) {
      const r0 = top + blocks.offset;
      const r1 = r0 + size - 1;
      place.range = rangeAddress({ top: r0, left: left, bottom: r1, right: right });
      // rowHidden (ExcelApi 1.2) says whether none, all or some rows of the block are hidden.
      const hiddenProp = env.features.v1_2 ? ',rowHidden' : '';
      const block = plan.sheet.getRange(place.range).load((runs === null ? 'values,numberFormat' : 'values') + hiddenProp);
      // The font each column of the block shares (null when mixed): a TCVN3/VNI column is known by its font.
      const fonts: RangeLike[] = [];
      for (let j = 0; j < cols; j++) {
        const column = plan.sheet.getRange(rangeAddress({ top: r0, left: left + j, bottom: r1, right: left + j }));
        column.format.font.load('name');
        fonts.push(column);
      }
      const formats: { run: ColumnRun; range: RangeLike }[] = [];
      if (runs !== null) {
        for (let i = 0; i < runs.length; i++) {
          const address = rangeAddress({ top: r0, left: left + runs[i].from, bottom: r1, right: left + runs[i].to });
          formats.push({ run: runs[i], range: plan.sheet.getRange(address).load('numberFormat') });
        }
      }
      try {
        await ctx.sync();
      } catch (e) {
        const smaller = blocks.shrink(size);
        if (isPayloadTooLarge(e) && smaller > 0) {
          size = smaller;
          continue;
        }
        throw e;
      }
      let bytes = jsonSize(block.values);
      let blockFormats: BlockFormats[];
      if (runs === null) {
        bytes += jsonSize(block.numberFormat);
        runs = columnRuns(dateColumns(block.values, block.numberFormat, cols));
        blockFormats = [{ firstCol: 0, numberFormat: block.numberFormat }];
      } else {
        blockFormats = formats.map(function (f) {
          bytes += jsonSize(f.range.numberFormat);
          return { firstCol: f.run.from, numberFormat: f.range.numberFormat };
        });
      }
      builder.addBlock(r0, block.values, blockFormats);
      const columnFonts = fonts.map(function (f) {
        return f.format.font.name || null;
      });
      builder.addColumnFonts(r0, block.values, columnFonts);
      await readMixedFonts(ctx, plan.sheet, r0, left, block.values, columnFonts, builder);
      if (env.features.v1_2 && block.rowHidden !== false) await readHiddenRows(ctx, plan.sheet, block.rowHidden, r0, r1, left, right, builder.hiddenRows);
      blocks.advance(size, bytes);
      report(size);
      break;
    }
    await env.yieldToUi();
  }
  return builder;
}

export async function readGrids(env: ExcelEnv, sheets: string[], progress?: ProgressSink, cancel?: CancelToken): Promise<ReadResult> {
  const place: ErrorPlace = { action: 'đọc', sheet: sheets.length === 1 ? sheets[0] : null, range: null };
  try {
    return await env.excel.run(async function (ctx) {
      checkCancel(cancel);
      const plans: SheetPlan[] = sheets.map(function (name) {
        const sheet = ctx.workbook.worksheets.getItem(name);
        const used = (env.features.v1_2 ? sheet.getUsedRange(true) : sheet.getUsedRange()).load('rowIndex,columnIndex,rowCount,columnCount');
        const merged = env.features.mergedAreas ? used.getMergedAreasOrNullObject().load('address') : null;
        const filter = env.features.autoFilter ? sheet.autoFilter.getRangeOrNullObject().load('address') : null;
        return { name: name, sheet: sheet, used: used, merged: merged, filter: filter };
      });
      // DATE(1904,1,1) is 0 in a workbook that counts from 1904, 1462 otherwise. Below ExcelApi 1.2 it cannot be asked: 1900 assumed.
      const probe: FunctionResultLike | null = env.features.v1_2 ? ctx.workbook.functions.date(1904, 1, 1).load('value') : null;
      await ctx.sync();
      const date1904 = !!probe && probe.value === 0;
      let total = 0;
      for (let i = 0; i < plans.length; i++) total += plans[i].used.rowCount;
      let done = 0;
      const report = function (rows: number): void {
        done += rows;
        if (progress) progress(done, total);
      };
      const grids = [];
      for (let i = 0; i < plans.length; i++) {
        place.sheet = plans[i].name;
        place.range = null;
        const builder = await readSheet(ctx, env, plans[i], place, report, cancel);
        const grid = builder.build(plans[i].name, mergesOf(plans[i].merged));
        const filter = filterOf(plans[i].filter);
        if (filter) grid.autoFilter = filter;
        grids.push(grid);
      }
      return { grids: grids, date1904: date1904 };
    });
  } catch (e) {
    if (officeErrorCode(e) === 'ItemNotFound' && place.range === null) {
      const missing = await missingSheetError(env.excel, sheets);
      if (missing) throw missing;
    }
    throw toHostError(e, place);
  }
}
