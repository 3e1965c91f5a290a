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
import { MergedRange } from '../../core/grid';
import { SheetModel } from '../../core/report/sheetModel';
import { CancelToken, ProgressSink, WriteSheetOptions, WriteSheetResult } from '../workbookHost';
import { parseAddress, rangeAddress } from './a1';
import { ExcelEnv } from './excelEnv';
import { formatOp } from './formatOps';
import { formatRuns, gapLook } from './formatRanges';
import { ErrorPlace, toHostError } from './hostErrors';
import { modelArea, planCells } from './modelCells';
import { NamedItemCollectionLike, WorksheetLike } from './officeApi';
import { applyPrintSetup, PRINT_SETUP_STATEMENTS } from './printSetup';
import { findSheet } from './sheetNames';
import { keptText, rowHeightsWithKeptText, userTextSources } from '../../core/report/keptUserText';
import { sizeOps } from './sizeOps';
import { valueOps } from './valueBlocks';
import { STATEMENT_BYTES, WriteBatch, WriteOp } from './writeBatch';

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
      // Planning a big model (thousands of findings rows) is work of its own, in three stretches: the
      // cells, their values, their formats; the pane gets a turn after each.
      await env.yieldToUi();
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
      const valueBlocks = valueOps(sheet, env.writeBudget, area, planned.cells);
      for (let i = 0; i < valueBlocks.length; i++) ops.push(valueBlocks[i]);
      await env.yieldToUi();
      const gap = gapLook(model.defaultFont);
      const runs = formatRuns(area.height, area.width, function (r, c) {
        const p = planned.cells[r + ':' + c];
        return p ? p.look : gap;
      });
      for (let i = 0; i < runs.length; i++) {
        const op = formatOp(sheet, runs[i], f.pageLayout);
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
        const sized: SheetModel = {
          name: model.name,
          columnWidths: model.columnWidths,
          rowHeights: rowHeightsWithKeptText(model, kept),
          cells: model.cells,
          merges: model.merges,
          names: model.names,
          print: model.print,
          defaultFont: model.defaultFont,
        };
        sizeOps(sheet, sized).forEach(function (op) {
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
            applyPrintSetup(sheet.pageLayout, model.print, model.defaultFont);
          }, PRINT_SETUP_STATEMENTS),
        );
      }
      if (f.pageLayout) {
        const breaks = model.pageBreaksBefore || [];
        if (existing || breaks.length) {
          ops.push(
            statement(function () {
              if (existing) sheet.horizontalPageBreaks.removePageBreaks();
              breaks.forEach(function (row) {
                sheet.horizontalPageBreaks.add('A' + row);
              });
            }, breaks.length + 1),
          );
        }
      }
      if (opts && opts.activate) ops.push(statement(() => sheet.activate()));

      // The formats planned: a turn before the first batch is queued.
      await env.yieldToUi();
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
