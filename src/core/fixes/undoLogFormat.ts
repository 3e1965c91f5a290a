/**
 * The undo log as text, for a host to keep in the workbook: compact JSON, and split into chunks that fit
 * in one cell each (Excel: at most 32,767 characters), e.g. in column A of a hidden sheet, or kept whole
 * in the document settings.
 *
 * Format (version 1):
 *   {"v":1,"b":[{"i":"1","t":"2025-06-01T08:30:00.000Z","l":"Sửa 37 ô: …",
 *                "s":["Danh sách đảng viên"],"c":["category-variant"],"g":["category-variant|education|thạc sỹ"],
 *                "e":[[0,12,10,"Thạc sỹ","Thạc sĩ",0,0], …]}]}
 * Each batch has its own tables of sheet names (s), finding codes (c) and group keys (g); an edit is
 * [sheet index, row, column, before, after, code index, group index]. Values keep their JSON type:
 * text, number (dates as serials), true/false, null for an empty cell. Every chunk starts with "~" so that
 * no chunk can read as a number, a date or a formula when a host writes it as a cell value.
 */
import { CellValue } from '../grid';
import { CATALOGUE, FindingCode } from '../findings';
import { CellEdit } from './cellEdit';
import { UndoBatch, UndoLog } from './undoLog';

export const UNDO_LOG_VERSION = 1;
/** The most characters one Excel cell holds. */
export const CELL_TEXT_LIMIT = 32767;
export const CHUNK_MARK = '~';
/** The very hidden sheet a workbook keeps its undo log in (one chunk per cell of column A). */
export const UNDO_LOG_SHEET_NAME = 'SoKet_HoanTac';

type EditTuple = [number, number, number, CellValue, CellValue, number, number];

interface BatchJson {
  i: string;
  t: string;
  l: string;
  s: string[];
  c: string[];
  g: string[];
  e: EditTuple[];
}

/** The log cannot be read back: the text was damaged or written by another program. */
export class UndoLogFormatError extends Error {
  constructor(detail: string) {
    super('Nhật ký hoàn tác lưu trong sổ bị hỏng (' + detail + '); không hoàn tác được các lần sửa trước.');
    this.name = 'UndoLogFormatError';
    Object.setPrototypeOf(this, UndoLogFormatError.prototype);
  }
}

function indexIn(list: string[], value: string): number {
  let i = list.indexOf(value);
  if (i < 0) {
    list.push(value);
    i = list.length - 1;
  }
  return i;
}

function batchJson(b: UndoBatch): BatchJson {
  const out: BatchJson = { i: b.id, t: b.time, l: b.label, s: [], c: [], g: [], e: [] };
  for (let i = 0; i < b.edits.length; i++) {
    const e = b.edits[i];
    out.e.push([indexIn(out.s, e.sheet), e.row, e.col, e.before, e.after, indexIn(out.c, e.findingCode), indexIn(out.g, e.groupKey)]);
  }
  return out;
}

export function serializeUndoLog(log: UndoLog): string {
  return JSON.stringify({ v: UNDO_LOG_VERSION, b: log.batches.map(batchJson) });
}

function isCellValue(v: unknown): v is CellValue {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && isFinite(v));
}

function isStringArray(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

function isPositiveInteger(v: unknown): v is number {
  return typeof v === 'number' && v >= 1 && v === Math.floor(v);
}

function batchFromJson(j: unknown, n: number): UndoBatch {
  const b = j as BatchJson;
  const where = 'lần sửa thứ ' + (n + 1);
  if (!b || typeof b !== 'object' || typeof b.i !== 'string' || typeof b.t !== 'string' || typeof b.l !== 'string') {
    throw new UndoLogFormatError(where + ' thiếu thông tin');
  }
  if (!isStringArray(b.s) || !isStringArray(b.c) || !isStringArray(b.g) || !Array.isArray(b.e)) throw new UndoLogFormatError(where + ' thiếu bảng tên');
  const edits: CellEdit[] = [];
  for (let i = 0; i < b.e.length; i++) {
    const t = b.e[i];
    const ok =
      Array.isArray(t) &&
      t.length === 7 &&
      typeof b.s[t[0]] === 'string' &&
      isPositiveInteger(t[1]) &&
      isPositiveInteger(t[2]) &&
      isCellValue(t[3]) &&
      isCellValue(t[4]) &&
      typeof b.c[t[5]] === 'string' &&
      Object.prototype.hasOwnProperty.call(CATALOGUE, b.c[t[5]]) &&
      typeof b.g[t[6]] === 'string';
    if (!ok) throw new UndoLogFormatError(where + ', ô thứ ' + (i + 1) + ' không đọc được');
    edits.push({
      sheet: b.s[t[0]],
      row: t[1],
      col: t[2],
      before: t[3],
      after: t[4],
      findingCode: b.c[t[5]] as FindingCode,
      groupKey: b.g[t[6]],
    });
  }
  return { id: b.i, time: b.t, label: b.l, edits: edits };
}

export function parseUndoLog(text: string): UndoLog {
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch (err) {
    throw new UndoLogFormatError('không phải JSON');
  }
  const o = j as { v?: unknown; b?: unknown };
  if (!o || typeof o !== 'object') throw new UndoLogFormatError('không phải JSON');
  if (o.v !== UNDO_LOG_VERSION) throw new UndoLogFormatError('phiên bản ' + String(o.v) + ' không được hỗ trợ');
  if (!Array.isArray(o.b)) throw new UndoLogFormatError('thiếu danh sách các lần sửa');
  const batches: UndoBatch[] = [];
  for (let i = 0; i < o.b.length; i++) batches.push(batchFromJson(o.b[i], i));
  return { batches: batches };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * The log as chunks of at most `maxChars` characters each (the mark included), never splitting a
 * surrogate pair. Always at least one chunk.
 */
export function undoLogChunks(log: UndoLog, maxChars?: number): string[] {
  const max = maxChars === undefined ? CELL_TEXT_LIMIT : maxChars;
  if (max < 3) throw new RangeError('maxChars must be at least 3');
  const text = serializeUndoLog(log);
  const room = max - CHUNK_MARK.length;
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + room);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    out.push(CHUNK_MARK + text.slice(i, end));
    i = end;
  }
  return out;
}

/**
 * The log from its chunks, as a host read them back (in order; empty cells after the last chunk are
 * ignored). No chunk at all is an empty log.
 */
export function undoLogFromChunks(chunks: (CellValue | undefined)[]): UndoLog {
  let n = chunks.length;
  while (n > 0 && (chunks[n - 1] === null || chunks[n - 1] === undefined || chunks[n - 1] === '')) n--;
  if (n === 0) return { batches: [] };
  let text = '';
  for (let i = 0; i < n; i++) {
    const c = chunks[i];
    if (typeof c !== 'string' || c.indexOf(CHUNK_MARK) !== 0) throw new UndoLogFormatError('phần thứ ' + (i + 1) + ' không đọc được');
    text += c.slice(CHUNK_MARK.length);
  }
  return parseUndoLog(text);
}
