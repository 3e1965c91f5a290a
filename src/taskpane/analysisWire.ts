/**
 * The messages between the pane and the analysis Worker, and the grids' wire form. Every message is
 * plain data (objects, arrays, strings, numbers, booleans, null): the structured clone of Internet
 * Explorer 11 copies no Map or Set, and the polyfilled ones (core-js) would arrive as empty objects, so
 * a grid's date cells, hidden rows and fonts travel as arrays. Grids go in slices of rows, one message
 * each, so that the pane's thread never copies a whole register in one go.
 */
import { AnalyzeOptions } from '../core/analyze';
import { CellWrite } from '../core/fixes/cellEdit';
import { CellValue, Grid, MergedRange } from '../core/grid';
import { PaneAnalysis, ReportModels, ReportRequest } from './paneAnalysis';

/** A grid without its rows (they follow in `rows` messages, in order). */
export interface WireGridHead {
  sheet: string;
  originRow: number;
  originCol: number;
  merges?: MergedRange[];
  dateCells?: string[];
  hiddenRows?: number[];
  autoFilter?: MergedRange;
  /** [key, font name] pairs. */
  fonts?: string[][];
}

/** The pane to the Worker. `grids` starts a new set of grids (the rows follow); `writes` applies fixes to them. */
export type WorkerRequest =
  | { t: 'grids'; heads: WireGridHead[] }
  | { t: 'rows'; grid: number; rows: CellValue[][] }
  | { t: 'writes'; writes: CellWrite[] }
  | { t: 'analyze'; id: number; options: AnalyzeOptions }
  | { t: 'report'; id: number; request: ReportRequest };

/** The Worker to the pane. `ready` is its first message: a Worker that fails before it never started. */
export type WorkerReply =
  | { t: 'ready' }
  | { t: 'analysis'; id: number; result: PaneAnalysis }
  | { t: 'report'; id: number; result: ReportModels }
  | { t: 'error'; id: number; name: string; message: string };

function setToArray<T>(s: ReadonlySet<T>): T[] {
  const out: T[] = [];
  s.forEach(function (v) {
    out.push(v);
  });
  return out;
}

export function gridHead(g: Grid): WireGridHead {
  const h: WireGridHead = { sheet: g.sheet, originRow: g.originRow, originCol: g.originCol };
  if (g.merges) h.merges = g.merges;
  if (g.dateCells) h.dateCells = setToArray(g.dateCells);
  if (g.hiddenRows) h.hiddenRows = setToArray(g.hiddenRows);
  if (g.autoFilter) h.autoFilter = g.autoFilter;
  if (g.fonts) {
    const pairs: string[][] = [];
    g.fonts.forEach(function (font, key) {
      pairs.push([key, font]);
    });
    h.fonts = pairs;
  }
  return h;
}

/** The grid of a head, with no rows yet. */
export function gridOfHead(h: WireGridHead): Grid {
  const g: Grid = { sheet: h.sheet, rows: [], originRow: h.originRow, originCol: h.originCol };
  if (h.merges) g.merges = h.merges;
  if (h.dateCells) {
    const cells = new Set<string>();
    for (let i = 0; i < h.dateCells.length; i++) cells.add(h.dateCells[i]);
    g.dateCells = cells;
  }
  if (h.hiddenRows) {
    const rows = new Set<number>();
    for (let i = 0; i < h.hiddenRows.length; i++) rows.add(h.hiddenRows[i]);
    g.hiddenRows = rows;
  }
  if (h.autoFilter) g.autoFilter = h.autoFilter;
  if (h.fonts) {
    const fonts = new Map<string, string>();
    for (let i = 0; i < h.fonts.length; i++) fonts.set(h.fonts[i][0], h.fonts[i][1]);
    g.fonts = fonts;
  }
  return g;
}

/** About this many cells per `rows` message (a row is never split). */
export const SLICE_CELLS = 50000;

/**
 * The messages that give the Worker these grids: the heads, then the rows in slices of about
 * `sliceCells` cells.
 */
export function gridMessages(grids: Grid[], sliceCells?: number): WorkerRequest[] {
  const budget = sliceCells || SLICE_CELLS;
  const out: WorkerRequest[] = [{ t: 'grids', heads: grids.map(gridHead) }];
  for (let k = 0; k < grids.length; k++) {
    const rows = grids[k].rows;
    let i = 0;
    while (i < rows.length) {
      let cells = 0;
      let j = i;
      while (j < rows.length && (j === i || cells + (rows[j] ? rows[j].length : 0) <= budget)) {
        cells += rows[j] ? rows[j].length : 0;
        j++;
      }
      out.push({ t: 'rows', grid: k, rows: rows.slice(i, j) });
      i = j;
    }
  }
  return out;
}

/** An error as it crosses: its name (HostError, CancelledError…) and its already-Vietnamese message. */
export function errorReply(id: number, e: unknown): WorkerReply {
  const err = e as { name?: unknown; message?: unknown } | null;
  return {
    t: 'error',
    id: id,
    name: err && typeof err.name === 'string' ? err.name : 'Error',
    message: err && typeof err.message === 'string' ? err.message : String(e),
  };
}
