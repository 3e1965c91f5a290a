/**
 * The undo log: every batch of fixes applied to a workbook, oldest first, so that "Hoàn tác" can put the
 * previous values back exactly, even after the workbook was saved and opened again (hosts store the log
 * in the workbook: undoLogFormat.ts). Batches are undone last first. A batch whose cells the user has
 * changed since is not undone, unless the user insists (force): the message names the cell.
 */
import { CellValue } from '../grid';
import { CellEdit, CellRef, CellWrite, cellKey, cellPlace, editedCells, restoreWrites, sameCellValue } from './cellEdit';
import { CellSource } from './cellSource';
import { quoted } from './fixLabel';

export interface UndoBatch {
  /** Unique within the log: "1", "2", … */
  id: string;
  /** When the batch was applied, ISO 8601 ("2025-06-01T08:30:00.000Z"). */
  time: string;
  /** Vietnamese, as the pane lists it ("Sửa 37 ô: “Thạc sỹ” → “Thạc sĩ”"). */
  label: string;
  /** In the order applied; edits of one cell are chained. */
  edits: CellEdit[];
}

export interface UndoLog {
  /** Oldest first. */
  batches: UndoBatch[];
}

/** The log keeps at most this many batches by default; the oldest are dropped (they can no longer be undone). */
export const DEFAULT_MAX_BATCHES = 50;

export function emptyUndoLog(): UndoLog {
  return { batches: [] };
}

function nextId(log: UndoLog): string {
  let max = 0;
  for (let i = 0; i < log.batches.length; i++) {
    const n = parseInt(log.batches[i].id, 10);
    if (n > max) max = n;
  }
  return String(max + 1);
}

/**
 * A new log with the batch appended (the given log is not changed). `time` is when it was applied: the
 * caller reads the clock, core does not.
 */
export function recordBatch(
  log: UndoLog,
  edits: CellEdit[],
  label: string,
  time: Date | string,
  opts?: { maxBatches?: number },
): { log: UndoLog; batch: UndoBatch } {
  const batch: UndoBatch = {
    id: nextId(log),
    time: typeof time === 'string' ? time : time.toISOString(),
    label: label,
    edits: edits.slice(),
  };
  const max = opts && opts.maxBatches ? opts.maxBatches : DEFAULT_MAX_BATCHES;
  const batches = log.batches.concat([batch]);
  return { log: { batches: batches.length > max ? batches.slice(batches.length - max) : batches }, batch: batch };
}

export function lastBatch(log: UndoLog): UndoBatch | null {
  return log.batches.length ? log.batches[log.batches.length - 1] : null;
}

/** The cells the last batch changed, for the host to read before undoing. */
export function undoTargets(log: UndoLog): CellRef[] {
  const b = lastBatch(log);
  return b ? editedCells(b.edits) : [];
}

/** A cell of the batch that no longer holds what the fix wrote. */
export interface ChangedCell extends CellRef {
  /** What the fix left there. */
  expected: CellValue;
  /** What the cell holds now; null also when the sheet is gone. */
  now: CellValue;
  sheetMissing: boolean;
}

export type UndoResult =
  | {
      ok: true;
      batch: UndoBatch;
      /** The writes that restore the previous values (types included; null empties the cell), last edit first. */
      writes: CellWrite[];
      /** The log without the batch. */
      log: UndoLog;
      /** Cells changed since that were overwritten (force) or skipped because their sheet is gone. */
      changed: ChangedCell[];
    }
  | { ok: false; batch: UndoBatch | null; message: string; changed: ChangedCell[] };

function changedMessage(batch: UndoBatch, changed: ChangedCell[]): string {
  const c = changed[0];
  let s = 'Không hoàn tác được \u201c' + batch.label + '\u201d: ';
  if (c.sheetMissing) s += 'sổ không còn trang "' + c.sheet + '"';
  else s += cellPlace(c.sheet, c.row, c.col) + ' đã được sửa sau đó (đang là ' + quoted(c.now) + ', lúc sửa là ' + quoted(c.expected) + ')';
  if (changed.length > 1) s += ' và ' + (changed.length - 1) + ' ô khác cũng đã thay đổi';
  return s + '. Nếu vẫn hoàn tác, các giá trị đang có ở những ô đó sẽ bị ghi đè.';
}

/**
 * Undo the last batch: the writes that restore every cell it changed, and the log without it. Refused
 * when a cell no longer holds what the batch wrote (the user changed it since), unless `force`; with
 * force, changed cells are restored too, and cells on a sheet that is gone are skipped.
 */
export function undoBatch(log: UndoLog, current: CellSource, opts?: { force?: boolean }): UndoResult {
  const batch = lastBatch(log);
  if (!batch) return { ok: false, batch: null, message: 'Chưa có lần sửa nào để hoàn tác.', changed: [] };
  const expected: { [key: string]: CellValue } = {};
  for (let i = 0; i < batch.edits.length; i++) {
    const e = batch.edits[i];
    expected[cellKey(e.sheet, e.row, e.col)] = e.after;
  }
  const changed: ChangedCell[] = [];
  const gone: { [key: string]: true } = {};
  const cells = editedCells(batch.edits);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const k = cellKey(c.sheet, c.row, c.col);
    const now = current.cell(c.sheet, c.row, c.col);
    if (!now) {
      changed.push({ sheet: c.sheet, row: c.row, col: c.col, expected: expected[k], now: null, sheetMissing: true });
      gone[k] = true;
    } else if (now.formula || !sameCellValue(now.value, expected[k])) {
      changed.push({ sheet: c.sheet, row: c.row, col: c.col, expected: expected[k], now: now.value, sheetMissing: false });
    }
  }
  if (changed.length && !(opts && opts.force)) return { ok: false, batch: batch, message: changedMessage(batch, changed), changed: changed };
  const writes = restoreWrites(batch.edits).filter(function (w) {
    return !gone[cellKey(w.sheet, w.row, w.col)];
  });
  return { ok: true, batch: batch, writes: writes, log: { batches: log.batches.slice(0, log.batches.length - 1) }, changed: changed };
}
