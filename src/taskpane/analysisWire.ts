/**
 * The messages between the pane and the analysis Worker, and the grids' wire form. Every message is
 * plain data (objects, arrays, strings, numbers, booleans, null): the structured clone of Internet
 * Explorer 11 copies no Map or Set, and the polyfilled ones (core-js) would arrive as empty objects, so
 * a grid's date cells, hidden rows and fonts travel as arrays. Grids go in slices of rows (and their
 * date cells in slices of keys), one message each, so that the pane's thread never copies a whole
 * register in one go; the answers' long lists (findings, the cells of the report's sheets) come back the
 * same way, in `part` messages before the answer that they complete.
 */
import { AnalyzeOptions } from '../core/analyze';
import { CellWrite } from '../core/fixes/cellEdit';
import { CellValue, Grid, MergedRange } from '../core/grid';
import { Finding } from '../core/findings';
import { FixGroup } from '../core/fixes/fixGroups';
import { PaneAnalysis, ReportModels, ReportRequest } from './paneAnalysis';

/** A grid without its rows (they follow in `rows` messages, in order). */
export interface WireGridHead {
  sheet: string;
  originRow: number;
  originCol: number;
  merges?: MergedRange[];
  /** The grid has date cells: their keys follow in `dates` messages. */
  hasDateCells?: boolean;
  hiddenRows?: number[];
  autoFilter?: MergedRange;
  /** [key, font name] pairs. */
  fonts?: string[][];
}

/** The pane to the Worker. `grids` starts a new set of grids (the rows follow); `writes` applies fixes to them. */
export type WorkerRequest =
  | { t: 'grids'; heads: WireGridHead[] }
  | { t: 'rows'; grid: number; rows: CellValue[][] }
  | { t: 'dates'; grid: number; keys: string[] }
  | { t: 'writes'; writes: CellWrite[] }
  | { t: 'analyze'; id: number; options: AnalyzeOptions }
  | { t: 'report'; id: number; request: ReportRequest };

/** The Worker to the pane. `ready` is its first message: a Worker that fails before it never started. */
export type WorkerReply =
  | { t: 'ready' }
  | { t: 'part'; id: number; path: PartPath; items: unknown[] }
  | { t: 'analysis'; id: number; result: PaneAnalysis }
  | { t: 'report'; id: number; result: ReportModels }
  | { t: 'error'; id: number; name: string; message: string };

/** The long lists of the answers, sent in parts: the findings, the cells of each report sheet. */
export type PartPath = 'findings' | 'summary.cells' | 'findings.cells';

/** Items per `part` message. */
export const PART_ITEMS = 2000;

/**
 * A fix group's findings are findings of the answer: they cross as their places in `findings` (a copy
 * of each would double the message), in `fixGroupFindings`, and are put back by `withFixGroupFindings`.
 */
export function withoutFixGroupFindings(a: PaneAnalysis): PaneAnalysis & { fixGroupFindings: number[][] } {
  const index = new Map<Finding, number>();
  for (let i = 0; i < a.findings.length; i++) index.set(a.findings[i], i);
  const places: number[][] = [];
  const groups: FixGroup[] = [];
  for (let g = 0; g < a.fixGroups.length; g++) {
    const group = a.fixGroups[g];
    const at: number[] = [];
    for (let i = 0; i < group.findings.length; i++) at.push(index.get(group.findings[i]) as number);
    places.push(at);
    groups.push({ key: group.key, code: group.code, kind: group.kind, title: group.title, label: group.label, findings: [], cells: group.cells });
  }
  const out = {} as PaneAnalysis & { fixGroupFindings: number[][] };
  for (const k in a) if (Object.prototype.hasOwnProperty.call(a, k)) (out as unknown as { [k: string]: unknown })[k] = (a as unknown as { [k: string]: unknown })[k];
  out.fixGroups = groups;
  out.fixGroupFindings = places;
  return out;
}

export function withFixGroupFindings(a: PaneAnalysis & { fixGroupFindings?: number[][] }): PaneAnalysis {
  const places = a.fixGroupFindings;
  if (!places) return a;
  for (let g = 0; g < a.fixGroups.length; g++) {
    const list: Finding[] = [];
    for (let i = 0; i < places[g].length; i++) list.push(a.findings[places[g][i]]);
    a.fixGroups[g].findings = list;
  }
  delete a.fixGroupFindings;
  return a;
}

/** The object holding a part's list, and the list's key in it (null when the answer has no such object). */
function holderOf(result: unknown, path: PartPath): { obj: { [key: string]: unknown }; key: string } | null {
  const keys = path.split('.');
  let obj = result as { [key: string]: unknown } | null;
  for (let i = 0; i < keys.length - 1 && obj; i++) obj = obj[keys[i]] as { [key: string]: unknown } | null;
  return obj ? { obj: obj, key: keys[keys.length - 1] } : null;
}

/**
 * Post an answer with its long lists in parts first: the answer itself goes with those lists empty (a
 * shallow copy of each object holding one; the result is not changed).
 */
export function postInParts(
  post: (reply: WorkerReply) => void,
  id: number,
  result: unknown,
  paths: PartPath[],
  make: (result: unknown) => WorkerReply,
  partItems?: number,
): void {
  const size = partItems || PART_ITEMS;
  let out = result as { [key: string]: unknown };
  out = shallow(out);
  for (let p = 0; p < paths.length; p++) {
    const keys = paths[p].split('.');
    // Copy the objects on the way, so that emptying the list leaves the caller's result whole.
    let obj = out;
    for (let i = 0; i < keys.length - 1 && obj; i++) {
      const next = obj[keys[i]] as { [key: string]: unknown } | null;
      if (!next) {
        obj = next as unknown as { [key: string]: unknown };
        break;
      }
      obj[keys[i]] = shallow(next);
      obj = obj[keys[i]] as { [key: string]: unknown };
    }
    if (!obj) continue;
    const key = keys[keys.length - 1];
    const list = obj[key] as unknown[];
    for (let i = 0; i < list.length; i += size) post({ t: 'part', id: id, path: paths[p], items: list.slice(i, i + size) });
    obj[key] = [];
  }
  post(make(out));
}

function shallow(o: { [key: string]: unknown }): { [key: string]: unknown } {
  const c: { [key: string]: unknown } = {};
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) c[k] = o[k];
  return c;
}

/** The parts received for one answer, put back into it when it arrives. */
export class PartsCollector {
  private readonly lists: { [path: string]: unknown[] } = {};

  add(path: PartPath, items: unknown[]): void {
    const list = this.lists[path] || (this.lists[path] = []);
    for (let i = 0; i < items.length; i++) list.push(items[i]);
  }

  /** The answer with its lists filled in. */
  complete(result: unknown): void {
    for (const path in this.lists) {
      const h = holderOf(result, path as PartPath);
      if (h) h.obj[h.key] = this.lists[path];
    }
  }
}

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
  if (g.dateCells) h.hasDateCells = true;
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
  if (h.hasDateCells) g.dateCells = new Set<string>();
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
    const dates = grids[k].dateCells;
    if (dates) {
      const keys = setToArray(dates);
      for (let d = 0; d < keys.length; d += budget) out.push({ t: 'dates', grid: k, keys: keys.slice(d, d + budget) });
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
