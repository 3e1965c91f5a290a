/**
 * Write a SheetModel into the workbook: add the sheet, or refresh it in place (same tab, same object,
 * so other sheets' references to it survive) keeping the office's own text in its userText cells.
 *
 * Syncs: 1 to look at the workbook (sheets, and names from ExcelApi 1.4), +1 to read the office's text
 * when the sheet exists and the model has userText cells, + the write batches (one for a model under
 * the write budget, such as the summary sheet). Values go as one 2-D array per row block; then formats
 * grouped into rectangles, merges, column widths and row heights, names, print setup. Anything above
 * ExcelApi 1.1 is used only when the host has it and is skipped silently otherwise.
 */
import { columnLetter, MergedRange } from '../../core/grid';
import { columnPixels } from '../../core/report/rowHeight';
import { ModelCell, SheetModel } from '../../core/report/sheetModel';
import { CancelToken, ProgressSink, WriteSheetOptions, WriteSheetResult } from '../workbookHost';
import { parseAddress, rangeAddress } from './a1';
import { cellInput, formulaInput, WrittenValue } from './cellInput';
import { ExcelEnv } from './excelEnv';
import { CellLook, FormatRun, formatRuns, gapLook, lookOf } from './formatRanges';
import { ErrorPlace, toHostError } from './hostErrors';
import { jsonSize } from './jsonSize';
import { NamedItemCollectionLike, RangeLike, WorksheetLike } from './officeApi';
import { applyPrintSetup, PRINT_SETUP_STATEMENTS } from './printSetup';
import { findSheet } from './sheetNames';
import { keptText, userTextSources } from './userText';
import { STATEMENT_BYTES, WriteBatch, WriteOp } from './writeBatch';

/** Office.js column widths are in points: a width in characters -> pixels (Calibri 11) -> points. */
export function columnPoints(width: number): number {
  return Math.round(columnPixels(width) * 0.75 * 100) / 100;
}

/** The model's area: every row and column a cell, merge, name or width reaches. */
function modelArea(model: SheetModel): { height: number; width: number } {
  let height = 0;
  let width = model.columnWidths.length;
  const reach = function (r: MergedRange): void {
    if (r.bottom > height) height = r.bottom;
    if (r.right > width) width = r.right;
  };
  for (let i = 0; i < model.cells.length; i++) reach({ top: model.cells[i].row, left: model.cells[i].col, bottom: model.cells[i].row, right: model.cells[i].col });
  for (let i = 0; i < model.merges.length; i++) reach(model.merges[i]);
  for (let i = 0; i < model.names.length; i++) reach(model.names[i].range);
  return { height: height, width: width };
}

/** Names of the workbook that point into `sheet`, with their ranges (from NamedItem.value). */
function namesInto(names: NamedItemCollectionLike, sheet: string): { [name: string]: MergedRange } {
  const out: { [name: string]: MergedRange } = {};
  for (let i = 0; i < names.items.length; i++) {
    const n = names.items[i];
    if (n.type !== 'Range' || typeof n.value !== 'string') continue;
    const a = parseAddress(n.value);
    if (a && a.sheet !== null && a.sheet.toLowerCase() === sheet.toLowerCase()) out[n.name] = a.range;
  }
  return out;
}

interface PlannedCell {
  input: WrittenValue;
  formula: boolean;
  look: CellLook;
}

/** What each model cell becomes: the value to write (the office's text kept) and how it looks. */
function planCells(model: SheetModel, kept: { [pos: string]: string }): { cells: { [pos: string]: PlannedCell }; keptCount: number } {
  const cells: { [pos: string]: PlannedCell } = {};
  let keptCount = 0;
  for (let i = 0; i < model.cells.length; i++) {
    const c: ModelCell = model.cells[i];
    const pos = c.row + ':' + c.col;
    let input: WrittenValue = '';
    let formula = false;
    let hint = false;
    if (c.role === 'userText') {
      const typed = kept[pos];
      if (typed !== undefined) {
        input = cellInput(typed);
        keptCount++;
      } else if (c.value !== undefined && c.value !== null && c.value !== '') {
        input = cellInput(c.value);
      } else if (c.hint) {
        input = cellInput(c.hint);
        hint = true;
      }
    } else if (c.formula) {
      input = formulaInput(c.formula);
      formula = true;
    } else {
      input = cellInput(c.value);
    }
    cells[pos] = { input: input, formula: formula, look: lookOf(c.style, model.defaultFont, hint) };
  }
  return { cells: cells, keptCount: keptCount };
}

/** Values as one 2-D array per row block, each block under half the write budget. */
function valueOps(sheet: WorksheetLike, env: ExcelEnv, area: { height: number; width: number }, cells: { [pos: string]: PlannedCell }): WriteOp[] {
  const ops: WriteOp[] = [];
  const limitBytes = env.writeBudget.bytes / 2;
  const limitCells = env.writeBudget.cells / 2;
  let rows: WrittenValue[][] = [];
  let top = 1;
  let bytes = 0;
  let formulas = false;
  const flush = function (): void {
    if (!rows.length) return;
    const block = rows;
    const useFormulas = formulas;
    const range = { top: top, left: 1, bottom: top + block.length - 1, right: area.width };
    ops.push({
      bytes: bytes + STATEMENT_BYTES,
      cells: block.length * area.width,
      queue: function () {
        const target = sheet.getRange(rangeAddress(range));
        if (useFormulas) target.formulas = block;
        else target.values = block;
      },
    });
    top += block.length;
    rows = [];
    bytes = 0;
    formulas = false;
  };
  for (let r = 1; r <= area.height; r++) {
    const row: WrittenValue[] = [];
    for (let c = 1; c <= area.width; c++) {
      const p = cells[r + ':' + c];
      row.push(p ? p.input : '');
      if (p && p.formula) formulas = true;
    }
    const size = jsonSize(row) + 1;
    if (rows.length && (bytes + size > limitBytes || (rows.length + 1) * area.width > limitCells)) flush();
    rows.push(row);
    bytes += size;
  }
  flush();
  return ops;
}

const BORDER_INDEXES: { [side: string]: string[] } = {
  t: ['EdgeTop', 'InsideHorizontal'],
  b: ['EdgeBottom', 'InsideHorizontal'],
  l: ['EdgeLeft', 'InsideVertical'],
  r: ['EdgeRight', 'InsideVertical'],
};

/** The border items that draw `sides` on every cell of `range`. */
function borderIndexes(sides: string, range: MergedRange): string[] {
  const out: string[] = [];
  for (let i = 0; i < sides.length; i++) {
    const list = BORDER_INDEXES[sides.charAt(i)];
    for (let k = 0; k < list.length; k++) {
      const idx = list[k];
      if (idx === 'InsideHorizontal' && range.top === range.bottom) continue;
      if (idx === 'InsideVertical' && range.left === range.right) continue;
      if (out.indexOf(idx) < 0) out.push(idx);
    }
  }
  return out;
}

function formatOp(sheet: WorksheetLike, env: ExcelEnv, run: FormatRun): WriteOp | null {
  const address = rangeAddress(run.range);
  const v = run.value;
  const at = function (): RangeLike {
    return sheet.getRange(address);
  };
  const single = function (apply: (r: RangeLike) => void): WriteOp {
    return {
      bytes: STATEMENT_BYTES,
      cells: 0,
      queue: function () {
        apply(at());
      },
    };
  };
  switch (run.kind) {
    case 'fontName':
      return single((r) => (r.format.font.name = String(v)));
    case 'fontSize':
      return single((r) => (r.format.font.size = Number(v)));
    case 'bold':
      return single((r) => (r.format.font.bold = true));
    case 'italic':
      return single((r) => (r.format.font.italic = true));
    case 'underline':
      return single((r) => (r.format.font.underline = String(v)));
    case 'fontColor':
      return single((r) => (r.format.font.color = String(v)));
    case 'fill':
      return single((r) => (r.format.fill.color = String(v)));
    case 'horizontal':
      return single((r) => (r.format.horizontalAlignment = String(v)));
    case 'vertical':
      return single((r) => (r.format.verticalAlignment = String(v)));
    case 'wrap':
      return single((r) => (r.format.wrapText = true));
    case 'indent':
      return env.features.pageLayout ? single((r) => (r.format.indentLevel = Number(v))) : null;
    case 'numberFormat': {
      const rows: string[][] = [];
      for (let i = run.range.top; i <= run.range.bottom; i++) {
        const row: string[] = [];
        for (let j = run.range.left; j <= run.range.right; j++) row.push(String(v));
        rows.push(row);
      }
      return {
        bytes: jsonSize(rows) + STATEMENT_BYTES,
        cells: rows.length * rows[0].length,
        queue: function () {
          at().numberFormat = rows;
        },
      };
    }
    case 'borders': {
      const indexes = borderIndexes(String(v), run.range);
      return {
        bytes: STATEMENT_BYTES * indexes.length,
        cells: 0,
        queue: function () {
          const borders = at().format.borders;
          for (let i = 0; i < indexes.length; i++) borders.getItem(indexes[i]).style = 'Continuous';
        },
      };
    }
  }
  return null;
}

/** Consecutive indexes with the same value: [[first, last, value]]. */
function sameRuns(first: number, last: number, valueAt: (i: number) => number | undefined): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = first; i <= last; i++) {
    const v = valueAt(i);
    if (v === undefined) continue;
    const prev = out[out.length - 1];
    if (prev && prev[1] === i - 1 && prev[2] === v) prev[1] = i;
    else out.push([i, i, v]);
  }
  return out;
}

function sizeOps(sheet: WorksheetLike, model: SheetModel): WriteOp[] {
  const ops: WriteOp[] = [];
  const widths = sameRuns(1, model.columnWidths.length, function (c) {
    return model.columnWidths[c - 1];
  });
  widths.forEach(function (w) {
    ops.push({
      bytes: STATEMENT_BYTES,
      cells: 0,
      queue: function () {
        sheet.getRange(columnLetter(w[0]) + '1:' + columnLetter(w[1]) + '1').format.columnWidth = columnPoints(w[2]);
      },
    });
  });
  const rowsWithHeight = Object.keys(model.rowHeights)
    .map(Number)
    .sort(function (a, b) {
      return a - b;
    });
  const heights = rowsWithHeight.length
    ? sameRuns(rowsWithHeight[0], rowsWithHeight[rowsWithHeight.length - 1], function (r) {
        return model.rowHeights[r];
      })
    : [];
  heights.forEach(function (h) {
    ops.push({
      bytes: STATEMENT_BYTES,
      cells: 0,
      queue: function () {
        sheet.getRange('A' + h[0] + ':A' + h[1]).format.rowHeight = h[2];
      },
    });
  });
  return ops;
}

function statement(queue: () => void, statements?: number): WriteOp {
  return { bytes: STATEMENT_BYTES * (statements || 1), cells: 0, queue: queue };
}

export async function writeSheetModel(
  env: ExcelEnv,
  model: SheetModel,
  opts?: WriteSheetOptions,
  progress?: ProgressSink,
  cancel?: CancelToken,
): Promise<WriteSheetResult> {
  const place: ErrorPlace = { action: 'ghi', sheet: model.name, range: null };
  const f = env.features;
  try {
    return await env.excel.run(async function (ctx) {
      const sheets = ctx.workbook.worksheets.load('items/name');
      const names = f.names ? ctx.workbook.names.load('items/name,type,value') : null;
      await ctx.sync();
      const existing = findSheet(sheets.items, model.name);
      const sheetName = existing ? existing.name : model.name;
      place.sheet = sheetName;
      const oldNames = names ? namesInto(names, sheetName) : null;

      // The office's own text, where it is now.
      const kept: { [pos: string]: string } = {};
      if (existing) {
        const sources = userTextSources(model, oldNames);
        const reads = sources.map(function (s) {
          return { source: s, range: existing.getCell(s.row - 1, s.col - 1).load('values') };
        });
        if (reads.length) {
          await ctx.sync();
          for (let i = 0; i < reads.length; i++) {
            const text = keptText(reads[i].source.cell, reads[i].range.values[0][0]);
            if (text !== null) kept[reads[i].source.cell.row + ':' + reads[i].source.cell.col] = text;
          }
        }
      }

      const sheet: WorksheetLike = existing || ctx.workbook.worksheets.add(model.name);
      const area = modelArea(model);
      const planned = planCells(model, kept);
      const ops: WriteOp[] = [];
      if (existing) {
        ops.push(
          statement(function () {
            const used = sheet.getUsedRange();
            if (f.v1_2) used.unmerge();
            used.clear();
            if (f.standardHeight) used.format.useStandardHeight = true;
          }, 3),
        );
      }
      if (names) {
        // The sheet's old names and any name the model uses go; the model's names are added afresh.
        const doomed: string[] = [];
        const lowerModel = model.names.map(function (n) {
          return n.name.toLowerCase();
        });
        for (let i = 0; i < names.items.length; i++) {
          const n = names.items[i].name;
          if (oldNames![n] || lowerModel.indexOf(n.toLowerCase()) >= 0) doomed.push(n);
        }
        doomed.forEach(function (n) {
          ops.push(
            statement(function () {
              names.getItem(n).delete();
            }),
          );
        });
      }
      const valueBlocks = valueOps(sheet, env, area, planned.cells);
      for (let i = 0; i < valueBlocks.length; i++) ops.push(valueBlocks[i]);
      const gap = gapLook(model.defaultFont);
      const runs = formatRuns(area.height, area.width, function (r, c) {
        const p = planned.cells[r + ':' + c];
        return p ? p.look : gap;
      });
      for (let i = 0; i < runs.length; i++) {
        const op = formatOp(sheet, env, runs[i]);
        if (op) ops.push(op);
      }
      if (f.v1_2) {
        model.merges.forEach(function (m) {
          if (m.top === m.bottom && m.left === m.right) return;
          ops.push(
            statement(function () {
              sheet.getRange(rangeAddress(m)).merge(false);
            }),
          );
        });
        sizeOps(sheet, model).forEach(function (op) {
          ops.push(op);
        });
      }
      if (names) {
        model.names.forEach(function (n) {
          ops.push(
            statement(function () {
              ctx.workbook.names.add(n.name, sheet.getRange(rangeAddress(n.range)));
            }),
          );
        });
      }
      if (f.pageLayout) {
        ops.push(
          statement(function () {
            applyPrintSetup(sheet.pageLayout, model.print);
          }, PRINT_SETUP_STATEMENTS),
        );
      }
      if (opts && opts.activate) ops.push(statement(() => sheet.activate()));

      const batch = new WriteBatch(ctx, env.writeBudget, env.yieldToUi, cancel);
      for (let i = 0; i < ops.length; i++) {
        await batch.add(ops[i]);
        if (progress) progress(i + 1, ops.length);
      }
      place.range = null;
      await batch.flush();
      return { refreshed: !!existing, keptUserText: planned.keptCount };
    });
  } catch (e) {
    throw toHostError(e, place);
  }
}
