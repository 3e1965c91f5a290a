/**
 * Finding a register table in a sheet: the header (one row, or two rows with merged group labels), the
 * mapping of columns to fields, a row of column numbers under the header, and the kinds of the rows
 * below (records, blank rows, group-title rows, total rows, the signature block that ends the table).
 * Everything here works on absolute Excel rows and columns and never looks at sheet names or letters.
 */
import { CellValue, Grid, MergedRange, cellAt, columnLetter, columnNumber, isBlank, lastCol, lastRow } from './grid';
import { cleanText, fold } from './text/normalize';
import { CompiledField, HeaderVariant, MIN_MATCH_SCORE, headerVariants, matchHeader } from './schema/fieldSpec';
import { rowHeading } from './schema/rowHeading';

/** What a kind of register needs from its header. */
export interface TableSchema {
  kind: 'members' | 'meetings';
  fields: CompiledField[];
  /**
   * Fields without which the sheet is not this kind: alternatives, each a set of fields that together
   * will do (the name column of a member list, or its two columns "Họ và đệm" | "Tên").
   */
  key: string[][];
  /** Required fields; each entry lists alternatives, any one of which will do. */
  required: string[][];
  /** Fewest mapped fields for a table of this kind. */
  minFields: number;
  /** For fields with several columns (yearly ratings): the key of a column, or null to skip it. */
  multiKey?: (fieldId: string, foldedHeader: string) => string | null;
}

export interface TableLayout {
  /** Excel rows of the header (one or two). */
  headerRows: number[];
  /** Row of column numbers under the header ("1 2 3", "(1) (2) (3)"), skipped. */
  columnNumberRow: number | null;
  /** First row after the header and the column-number row. */
  firstDataRow: number;
  /** field id -> 1-based column (multi fields as "rating:2020"). */
  columns: { [field: string]: number };
  /** Header text of each mapped field, as written ("Trình độ / Chuyên môn"). */
  headerText: { [field: string]: string };
  /** Fields that more than one column could be, with the column chosen. */
  ambiguous: { field: string; cols: number[]; chosen: number }[];
  /** Sum of weight x match score of the mapped fields. */
  rawScore: number;
  /** 0..1 confidence. */
  score: number;
  /** The mapping is enough for a table of the schema's kind. */
  valid: boolean;
  firstCol: number;
  lastCol: number;
}

export interface DetectOptions {
  /** Force the header rows (1 or 2 Excel rows). */
  headerRows?: number[];
  /** Force field -> column letter. */
  columns?: { [field: string]: string };
  /** How many rows from the top to try as header (default 30). */
  scanRows?: number;
  /** The first (absolute) row to try as header, when not the grid's first row; scanRows counts from it. */
  firstRow?: number;
}

const DEFAULT_SCAN_ROWS = 30;

interface ColumnHeader {
  col: number;
  text: string;
  variants: HeaderVariant[];
}

/** Text of a cell for header purposes ("" when empty). */
function textOf(v: CellValue): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? cleanText(v) : String(v);
}

/** Merged ranges indexed by cell, for the rows the header can sit in. */
class MergeIndex {
  private byCell: { [key: string]: MergedRange } = {};
  constructor(merges: MergedRange[] | undefined, fromRow: number, toRow: number) {
    if (!merges) return;
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      if (m.bottom < fromRow || m.top > toRow) continue;
      const r0 = Math.max(m.top, fromRow);
      const r1 = Math.min(m.bottom, toRow);
      if ((r1 - r0 + 1) * (m.right - m.left + 1) > 20000) continue;
      for (let r = r0; r <= r1; r++) for (let c = m.left; c <= m.right; c++) this.byCell[r + ':' + c] = m;
    }
  }
  at(row: number, col: number): MergedRange | null {
    return this.byCell[row + ':' + col] || null;
  }
}

/** A cell's own value: null inside a merged range except in its top-left cell. */
function ownText(grid: Grid, merges: MergeIndex, row: number, col: number): string {
  const m = merges.at(row, col);
  if (m && (m.top !== row || m.left !== col)) return '';
  return textOf(cellAt(grid, row, col));
}

/**
 * The headers of each column for a one- or two-row header. In a two-row header a label in the top row
 * that has labels under it is a group label: it covers its merged range, or (without merge information)
 * the columns to its right whose top cell is empty and whose lower cell has a label.
 */
function columnHeaders(grid: Grid, merges: MergeIndex, rows: number[], c0: number, c1: number): ColumnHeader[] {
  const out: ColumnHeader[] = [];
  if (rows.length === 1) {
    for (let c = c0; c <= c1; c++) {
      const t = ownText(grid, merges, rows[0], c);
      out.push({ col: c, text: t, variants: t ? headerVariants(t, 1) : [] });
    }
    return out;
  }
  const top = rows[0];
  const low = rows[1];
  let group = '';
  let groupOpen = false;
  for (let c = c0; c <= c1; c++) {
    const m = merges.at(top, c);
    let t = ownText(grid, merges, top, c);
    const l = ownText(grid, merges, low, c);
    let g = '';
    if (m && m.right > m.left && m.bottom === top) {
      // A horizontal merge in the top row only: a group label over this column.
      g = textOf(cellAt(grid, m.top, m.left));
      t = '';
      groupOpen = false;
    } else if (t) {
      g = l ? t : '';
      group = t;
      groupOpen = l !== '';
    } else if (l && groupOpen && !m) {
      g = group;
    } else {
      groupOpen = false;
    }
    let text = '';
    let variants: HeaderVariant[] = [];
    if (l) {
      if (g) {
        text = g + ' / ' + l;
        variants = headerVariants(g + ' ' + l, 1).concat(headerVariants(l, 0.95));
      } else {
        text = l;
        variants = headerVariants(l, 1);
      }
    } else if (t) {
      text = t;
      variants = headerVariants(t, 1);
    }
    out.push({ col: c, text: text, variants: variants });
  }
  return out;
}

interface Evaluation {
  rows: number[];
  columns: { [field: string]: number };
  scores: { [field: string]: number };
  headerText: { [field: string]: string };
  ambiguous: { field: string; cols: number[]; chosen: number }[];
  rawScore: number;
  headers: ColumnHeader[];
}

function evaluate(schema: TableSchema, headers: ColumnHeader[], rows: number[]): Evaluation {
  const cands: { f: CompiledField; h: ColumnHeader; s: number }[] = [];
  for (let i = 0; i < schema.fields.length; i++) {
    const f = schema.fields[i];
    for (let j = 0; j < headers.length; j++) {
      const h = headers[j];
      if (h.variants.length === 0) continue;
      const s = matchHeader(f, h.variants);
      if (s >= MIN_MATCH_SCORE) cands.push({ f: f, h: h, s: s });
    }
  }
  cands.sort(function (a, b) {
    return b.s - a.s || b.f.weight - a.f.weight || a.h.col - b.h.col;
  });
  const columns: { [field: string]: number } = {};
  const scores: { [field: string]: number } = {};
  const headerText: { [field: string]: string } = {};
  const taken: { [col: number]: true } = {};
  const chosenScore: { [specId: string]: number } = {};
  let rawScore = 0;
  for (let i = 0; i < cands.length; i++) {
    const x = cands[i];
    if (taken[x.h.col]) continue;
    let id = x.f.spec.id;
    if (x.f.spec.multi) {
      const key = schema.multiKey ? schema.multiKey(id, x.h.variants[0].folded) : null;
      if (key === null) continue;
      id = id + ':' + key;
    }
    if (columns[id] !== undefined) continue;
    columns[id] = x.h.col;
    scores[id] = x.s;
    headerText[id] = x.h.text;
    taken[x.h.col] = true;
    if (chosenScore[x.f.spec.id] === undefined) {
      chosenScore[x.f.spec.id] = x.s;
      rawScore += x.f.weight * x.s;
    }
  }
  const ambiguous: { field: string; cols: number[]; chosen: number }[] = [];
  for (let i = 0; i < schema.fields.length; i++) {
    const f = schema.fields[i];
    if (f.spec.multi || columns[f.spec.id] === undefined) continue;
    const chosen = columns[f.spec.id];
    const s = scores[f.spec.id];
    const others: number[] = [];
    for (let j = 0; j < cands.length; j++) {
      const x = cands[j];
      if (x.f === f && x.h.col !== chosen && !taken[x.h.col] && x.s >= s - 0.001) others.push(x.h.col);
    }
    if (others.length) ambiguous.push({ field: f.spec.id, cols: [chosen].concat(others).sort(numeric), chosen: chosen });
  }
  return { rows: rows, columns: columns, scores: scores, headerText: headerText, ambiguous: ambiguous, rawScore: rawScore, headers: headers };
}

function numeric(a: number, b: number): number {
  return a - b;
}

function baseId(id: string): string {
  const i = id.indexOf(':');
  return i < 0 ? id : id.slice(0, i);
}

/** The first alternative of the schema's key that the mapping has in full, or null. */
function keyColumns(schema: TableSchema, columns: { [field: string]: number }): number[] | null {
  for (let i = 0; i < schema.key.length; i++) {
    const set = schema.key[i];
    const cols: number[] = [];
    for (let j = 0; j < set.length; j++) if (columns[set[j]] !== undefined) cols.push(columns[set[j]]);
    if (cols.length === set.length) return cols;
  }
  return null;
}

function isValid(schema: TableSchema, columns: { [field: string]: number }): boolean {
  if (keyColumns(schema, columns) === null) return false;
  const seen: { [id: string]: true } = {};
  let n = 0;
  for (const id in columns) {
    const b = baseId(id);
    if (!seen[b]) {
      seen[b] = true;
      n++;
    }
  }
  return n >= schema.minFields;
}

/** 0..1: 70% for the required fields (their match scores), 30% for up to four other fields. */
function quality(schema: TableSchema, ev: { columns: { [field: string]: number }; scores: { [field: string]: number } }): number {
  let req = 0;
  const requiredIds: { [id: string]: true } = {};
  for (let i = 0; i < schema.required.length; i++) {
    let best = 0;
    const alts = schema.required[i];
    for (let j = 0; j < alts.length; j++) {
      requiredIds[alts[j]] = true;
      const s = ev.scores[alts[j]];
      if (s !== undefined && s > best) best = s;
    }
    req += best;
  }
  const reqShare = schema.required.length ? req / schema.required.length : 1;
  const optional: { [id: string]: true } = {};
  for (const id in ev.columns) if (!requiredIds[baseId(id)]) optional[baseId(id)] = true;
  const opt = Math.min(1, Object.keys(optional).length / 4);
  return Math.round((0.7 * reqShare + 0.3 * opt) * 100) / 100;
}

interface RowStats {
  nonEmpty: number;
  text: number;
}

function rowStats(grid: Grid, row: number): RowStats {
  const r = grid.rows[row - grid.originRow] || [];
  let nonEmpty = 0;
  let text = 0;
  for (let i = 0; i < r.length; i++) {
    const v = r[i];
    if (isBlank(v)) continue;
    nonEmpty++;
    if (typeof v === 'string' && !isNumberToken(v)) text++;
  }
  return { nonEmpty: nonEmpty, text: text };
}

function isNumberToken(s: string): boolean {
  // A token starts with white space, "(", "[" or a digit: a letter first (ASCII or U+00C0-U+167F,
  // Vietnamese letters among them) settles it without the regular expression.
  const c = s.charCodeAt(0);
  if (c !== 91 && ((c >= 64 && c < 127) || (c >= 0xc0 && c < 0x1680))) return false;
  return /^\s*[(\[]?\s*\d+([.,]\d+)*\s*[)\]]?\s*$/.test(s);
}

/**
 * A row of column numbers: "1 2 3 ...", "(1) (2) (3) ...", or as Excel forms number them, capital
 * letters for the first columns and numbers after ("A B 1 2 3 ..."); each run increasing, at least three
 * labels in all. Numbers from 1000 up are years (a "2019 | 2020" header row), not column numbers.
 */
export function isColumnNumberRow(grid: Grid, row: number): boolean {
  const r = grid.rows[row - grid.originRow] || [];
  let n = 0;
  let prev = -Infinity;
  let prevLetter = 0;
  for (let i = 0; i < r.length; i++) {
    const v = r[i];
    if (isBlank(v)) continue;
    let num: number;
    if (typeof v === 'number') num = v;
    else if (typeof v === 'string') {
      const m = v.match(/^\s*[(\[]?\s*(\d{1,3}|[A-Z])\s*[)\]]?\s*$/);
      if (!m) return false;
      if (/^[A-Z]$/.test(m[1])) {
        const code = m[1].charCodeAt(0);
        if (prev !== -Infinity || code <= prevLetter) return false;
        prevLetter = code;
        n++;
        continue;
      }
      num = +m[1];
    } else return false;
    if (num !== Math.floor(num) || num <= prev || num >= 1000) return false;
    prev = num;
    n++;
  }
  return n >= 3;
}

/** "2019", 2019, "Năm 2019": a year label under a group header ("Xếp loại" over "2019 | 2020"). */
function isYearLabel(v: CellValue): boolean {
  if (typeof v === 'number') return v === Math.floor(v) && v >= 1900 && v < 2100;
  return typeof v === 'string' && /^(nam )?(19|20)\d\d$/.test(fold(v));
}

/**
 * Whether a row could be the lower row of a two-row header: mostly labels, or labels and year labels
 * only (the years of rating columns are numbers, yet they are headers); never a heading row.
 */
function couldBeLowerHeader(grid: Grid, row: number): boolean {
  const st = rowStats(grid, row);
  if (st.nonEmpty <= 2) {
    // A heading right under the header ("A. ĐẢNG VIÊN CHÍNH THỨC") is data, not header labels.
    const cells = grid.rows[row - grid.originRow] || [];
    const values: CellValue[] = [];
    for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) values.push(cells[i]);
    if (rowHeading(values) !== null) return false;
  }
  if (st.text >= 1 && st.text >= st.nonEmpty * 0.5) return !isColumnNumberRow(grid, row);
  const cells = grid.rows[row - grid.originRow] || [];
  let years = 0;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (isBlank(v)) continue;
    if (isYearLabel(v)) years++;
    else if (typeof v !== 'string' || isNumberToken(v)) return false;
  }
  return years > 0;
}

/**
 * Whether the row under a one-row header is a second header row rather than data: only labels (no
 * numbers or dates), at least one of them under a group label (an empty or merged top cell), nothing
 * under the key columns (the name of a member list), which a two-row header merges down, and not a
 * group-title row.
 */
function isSubHeaderRow(grid: Grid, merges: MergeIndex, top: number, single: Evaluation, schema: TableSchema): boolean {
  const row = top + 1;
  const cells = grid.rows[row - grid.originRow] || [];
  const values: CellValue[] = [];
  let underGroup = false;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (isBlank(v)) continue;
    if (typeof v !== 'string' || /^[\d\s\/.,\-:()]+$/.test(v)) return false;
    values.push(v);
    if (ownText(grid, merges, top, i + grid.originCol) === '') underGroup = true;
  }
  if (!underGroup || rowHeading(values) !== null) return false;
  const keys = keyColumns(schema, single.columns);
  if (keys === null) return false;
  for (let i = 0; i < keys.length; i++) if (!isBlank(cellAt(grid, row, keys[i]))) return false;
  return true;
}

/**
 * How consistent the rows under the header look: the share of the first ten non-blank rows that fill at
 * least half of the mapped columns (group-title and total rows count against it).
 */
function consistency(grid: Grid, columns: { [field: string]: number }, fromRow: number): number {
  const cols: number[] = [];
  for (const id in columns) cols.push(columns[id]);
  if (cols.length === 0) return 0;
  const rEnd = lastRow(grid);
  let seen = 0;
  let full = 0;
  for (let r = fromRow; r <= rEnd && seen < 10; r++) {
    let filled = 0;
    for (let i = 0; i < cols.length; i++) if (!isBlank(cellAt(grid, r, cols[i]))) filled++;
    if (filled === 0 && rowStats(grid, r).nonEmpty === 0) continue;
    seen++;
    if (filled * 2 >= cols.length) full++;
  }
  return seen === 0 ? 0 : full / seen;
}

/**
 * What the header-row test knows of a schema: its key fields, and the texts already judged as naming
 * one or not. Data repeats its values ("Nam", "Đại học", a chi bộ), so each text is folded once however
 * many rows hold it. Kept per schema object, bounded.
 */
interface KeyLabels {
  schema: TableSchema;
  fields: CompiledField[];
  seen: { [text: string]: boolean };
  size: number;
}

const keyLabels: KeyLabels[] = [];
const KEY_LABEL_MEMO_MAX = 200000;

function keyLabelsOf(schema: TableSchema): KeyLabels {
  for (let i = 0; i < keyLabels.length; i++) if (keyLabels[i].schema === schema) return keyLabels[i];
  const ids: { [id: string]: true } = {};
  for (let i = 0; i < schema.key.length; i++) for (let j = 0; j < schema.key[i].length; j++) ids[schema.key[i][j]] = true;
  const fields: CompiledField[] = [];
  for (let i = 0; i < schema.fields.length; i++) if (ids[schema.fields[i].spec.id]) fields.push(schema.fields[i]);
  const k: KeyLabels = { schema: schema, fields: fields, seen: Object.create(null), size: 0 };
  if (keyLabels.length > 8) keyLabels.shift();
  keyLabels.push(k);
  return k;
}

/** Whether the text holds a letter: a key field's header always does (phone and card numbers, dates never). */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) return true;
  }
  return false;
}

function isKeyLabel(text: string, k: KeyLabels): boolean {
  if (!hasLetter(text)) return false;
  const known = k.seen[text];
  if (known !== undefined) return known;
  const variants = headerVariants(cleanText(text), 1);
  let yes = false;
  for (let i = 0; i < k.fields.length && !yes; i++) if (matchHeader(k.fields[i], variants) >= MIN_MATCH_SCORE) yes = true;
  if (k.size >= KEY_LABEL_MEMO_MAX) {
    // No prototype: a cell reading "constructor" or "toString" must not find an inherited member.
    k.seen = Object.create(null);
    k.size = 0;
  }
  k.seen[text] = yes;
  k.size++;
  return yes;
}

/** Whether a cell of the row names one of the schema's key fields (the name of a member list). */
function namesKeyField(grid: Grid, row: number, k: KeyLabels): boolean {
  const cells = grid.rows[row - grid.originRow] || [];
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (typeof v !== 'string' || v.length > 120 || isBlank(v)) continue;
    if (isKeyLabel(v, k)) return true;
  }
  return false;
}

/**
 * What a scan down the rows learnt of the last row it looked at for one schema (whether the row names a
 * key field), so that asking about row r and then row r + 1 looks at each row once. Only for a grid
 * that does not change during the scan.
 */
export interface KeyRowMemo {
  grid: Grid | null;
  row: number;
  names: boolean;
}

/** namesKeyField, asked of the memo first and kept in it. */
function namesKeyFieldAt(grid: Grid, row: number, k: KeyLabels, memo: KeyRowMemo | undefined): boolean {
  if (memo && memo.grid === grid && memo.row === row) return memo.names;
  const yes = namesKeyField(grid, row, k);
  if (memo) {
    memo.grid = grid;
    memo.row = row;
    memo.names = yes;
  }
  return yes;
}

/** rowStats(row).nonEmpty >= 2 and text >= half of them, without an object: a header row is mostly text. */
function mostlyText(grid: Grid, row: number): boolean {
  const r = grid.rows[row - grid.originRow] || [];
  let nonEmpty = 0;
  let text = 0;
  for (let i = 0; i < r.length; i++) {
    const v = r[i];
    if (isBlank(v)) continue;
    nonEmpty++;
    if (typeof v === 'string' && !isNumberToken(v)) text++;
  }
  return nonEmpty >= 2 && text >= nonEmpty * 0.5;
}

/**
 * Whether a table of the schema starts at this row: the row, alone or over the row under it, is a
 * header with the key field and enough fields. Used to find a second table under the first one; cheap
 * on data rows, which rarely name a key field.
 */
export function isHeaderRow(grid: Grid, row: number, schema: TableSchema, memo?: KeyRowMemo): boolean {
  if (!mostlyText(grid, row)) return false;
  const below = row + 1 <= lastRow(grid);
  const k = keyLabelsOf(schema);
  if (!namesKeyFieldAt(grid, row, k, memo) && !(below && namesKeyFieldAt(grid, row + 1, k, memo))) return false;
  const c0 = grid.originCol;
  const c1 = lastCol(grid);
  const merges = new MergeIndex(grid.merges, row, row + 1);
  if (isValid(schema, evaluate(schema, columnHeaders(grid, merges, [row], c0, c1), [row]).columns)) return true;
  if (!below || !couldBeLowerHeader(grid, row + 1)) return false;
  // A header of its own under this row starts there: this row is the last record of the table above.
  if (isValid(schema, evaluate(schema, columnHeaders(grid, merges, [row + 1], c0, c1), [row + 1]).columns)) return false;
  return isValid(schema, evaluate(schema, columnHeaders(grid, merges, [row, row + 1], c0, c1), [row, row + 1]).columns);
}

/** Find the header and map the columns. Returns null for an empty sheet. */
export function detectTable(grid: Grid, schema: TableSchema, opts?: DetectOptions): TableLayout | null {
  const o = opts || {};
  const r0 = grid.originRow;
  const rEnd = lastRow(grid);
  const c0 = grid.originCol;
  const c1 = lastCol(grid);
  if (rEnd < r0 || c1 < c0) return null;
  const scanFrom = o.firstRow !== undefined ? Math.max(r0, o.firstRow) : r0;
  const scanTo = Math.min(rEnd, scanFrom + (o.scanRows || DEFAULT_SCAN_ROWS) - 1);
  // Forced header rows outside the sheet (a correction saved before rows were deleted) are left out.
  const inside = (o.headerRows || []).filter(function (r) {
    return r >= r0 && r <= rEnd;
  });
  const forced = inside.length ? inside.slice(0, 2) : null;
  const merges = new MergeIndex(grid.merges, forced ? forced[0] : scanFrom, forced ? forced[forced.length - 1] : scanTo + 1);

  let best: Evaluation | null = null;
  if (forced) {
    best = evaluate(schema, columnHeaders(grid, merges, forced, c0, c1), forced);
  } else {
    for (let r = scanFrom; r <= scanTo; r++) {
      const st = rowStats(grid, r);
      if (st.nonEmpty < 2 || st.text < st.nonEmpty * 0.5) continue;
      const single = evaluate(schema, columnHeaders(grid, merges, [r], c0, c1), [r]);
      let pick = single;
      if (r + 1 <= rEnd) {
        if (couldBeLowerHeader(grid, r + 1)) {
          const pair = evaluate(schema, columnHeaders(grid, merges, [r, r + 1], c0, c1), [r, r + 1]);
          if (
            pair.rawScore > single.rawScore + 0.01 ||
            (pair.rawScore >= single.rawScore - 0.01 && single.rawScore > 0 && isSubHeaderRow(grid, merges, r, single, schema))
          )
            pick = pair;
        }
      }
      if (!best || pick.rawScore > best.rawScore + 1e-9) best = pick;
    }
  }
  if (!best) return null;

  const columns: { [field: string]: number } = {};
  const headerText: { [field: string]: string } = {};
  const scores: { [field: string]: number } = {};
  for (const id in best.columns) {
    columns[id] = best.columns[id];
    headerText[id] = best.headerText[id];
    scores[id] = best.scores[id];
  }
  let ambiguous = best.ambiguous;
  if (o.columns) {
    for (const id in o.columns) {
      // A correction that no longer fits the sheet (a column letter past its columns) is left out.
      const letters = o.columns[id];
      const col = typeof letters === 'string' && /^[A-Za-z]{1,3}$/.test(letters) ? columnNumber(letters) : 0;
      if (col < c0 || col > c1) continue;
      for (const other in columns) if (columns[other] === col && other !== id) delete columns[other];
      columns[id] = col;
      scores[id] = 1;
      const h = best.headers[col - c0];
      headerText[id] = h ? h.text : '';
    }
    ambiguous = ambiguous.filter(function (a) {
      return !o.columns![a.field];
    });
  }

  const lastHeader = best.rows[best.rows.length - 1];
  let columnNumberRow: number | null = null;
  for (let r = lastHeader + 1; r <= Math.min(rEnd, lastHeader + 2); r++) {
    if (isColumnNumberRow(grid, r)) {
      columnNumberRow = r;
      break;
    }
    if (rowStats(grid, r).nonEmpty > 0) break;
  }
  const valid = isValid(schema, columns);
  return {
    headerRows: best.rows,
    columnNumberRow: columnNumberRow,
    firstDataRow: (columnNumberRow || lastHeader) + 1,
    columns: columns,
    headerText: headerText,
    ambiguous: ambiguous,
    rawScore: best.rawScore,
    score: valid ? Math.round(quality(schema, { columns: columns, scores: scores }) * (0.85 + 0.15 * consistency(grid, columns, (columnNumberRow || lastHeader) + 1)) * 100) / 100 : 0,
    valid: valid,
    firstCol: c0,
    lastCol: c1,
  };
}

/** field -> column letter, for DetectedTable. */
export function columnLetters(layout: TableLayout): { [field: string]: string } {
  const out: { [field: string]: string } = {};
  for (const id in layout.columns) out[id] = columnLetter(layout.columns[id]);
  return out;
}

// ---- the rows under the header ----

/** 'group': a heading naming the chi bộ of the rows under it; 'section': a heading that names none. */
export type RowKind = 'record' | 'group' | 'section' | 'total';

export interface RowVisit {
  row: number;
  kind: RowKind;
  /** Group-title rows: the chi bộ (or other group) the rows under it belong to. */
  group?: string;
  /** Total rows: where the total label sits. */
  col?: number;
  value?: CellValue;
}

const END_MARKERS = ['nguoi lap', 't m ', 'tm ', 'ghi chu', 'xac nhan', 'thu truong', 'noi nhan', 'k t ', 'kt '];

function isEndMarker(folded: string): boolean {
  const f = folded + ' ';
  for (let i = 0; i < END_MARKERS.length; i++) if (f.indexOf(END_MARKERS[i]) === 0) return true;
  // "Vĩnh Yên, ngày 20 tháng 12 năm 2020": the date line of a signature block.
  return /(^| )ngay [0-9 .]*thang [0-9 .]*nam( |$)/.test(folded);
}

/** "Tổng cộng", "Cộng", "Tổng số: 66", "Cộng 20". */
export function isTotalLabel(folded: string): boolean {
  return /^(tong cong|tong so)( |$)/.test(folded) || /^(tong|cong)( [0-9 ]*)?$/.test(folded);
}

/**
 * The chi bộ a group-title row names ("I. Chi bộ Văn phòng" -> "Chi bộ Văn phòng", "II. Văn phòng Sở"
 * -> "Văn phòng Sở"), or null when the row is not one: a name alone, or a heading that names no chi bộ
 * ("A. ĐẢNG VIÊN CHÍNH THỨC", "Tháng 01/2020"; see schema/rowHeading.ts).
 */
export function groupTitle(values: CellValue[]): string | null {
  const h = rowHeading(values);
  return h !== null && h.kind === 'cell' ? h.name : null;
}

const LABEL_END = 1;
const LABEL_TOTAL = 2;
const ROW_LABEL_MEMO_MAX = 50000;

/**
 * What a cell's text says to the row walk (LABEL_END: a signature/notes block starts; LABEL_TOTAL: a
 * total row), folded once per distinct text: the first cells of data rows repeat (a chi bộ, "Nam").
 */
class RowLabels {
  private seen: { [text: string]: number } = Object.create(null);
  private size = 0;

  of(text: string): number {
    const known = this.seen[text];
    if (typeof known === 'number') return known;
    const folded = fold(text);
    let label = 0;
    if (folded) {
      if (isEndMarker(folded)) label |= LABEL_END;
      if (isTotalLabel(folded)) label |= LABEL_TOTAL;
    }
    if (this.size >= ROW_LABEL_MEMO_MAX) {
      this.seen = Object.create(null);
      this.size = 0;
    }
    this.seen[text] = label;
    this.size++;
    return label;
  }
}

/**
 * Walk the rows under the header: call `visit` for each record, heading (group or section) and total
 * row. Blank rows are skipped; the table ends after two blank rows (once a record was seen) or at a
 * signature/notes block; headings with no record or total row after them are left out. Returns the
 * last row that belonged to the table.
 */
export function scanRows(grid: Grid, layout: TableLayout, visit: (v: RowVisit) => void): number {
  const rEnd = lastRow(grid);
  const mapped: number[] = [];
  for (const id in layout.columns) mapped.push(layout.columns[id]);
  const tableFirstCol = Math.min.apply(null, mapped.length ? mapped : [layout.firstCol]);
  let blankRun = 0;
  let seenRecord = false;
  let last = layout.firstDataRow - 1;
  // Headings are handed on when a record or total row follows them: headings after the last record
  // are the title rows of whatever comes next on the sheet (another table), not part of this one.
  let pending: RowVisit[] = [];
  const labels = new RowLabels();
  const flush = function (): void {
    for (let i = 0; i < pending.length; i++) visit(pending[i]);
    pending = [];
  };
  for (let r = layout.firstDataRow; r <= rEnd; r++) {
    const cells = grid.rows[r - grid.originRow] || [];
    // The first non-empty cells and how many there are (counted up to four: only "none", "at most
    // two", "at most three" matter), without an array per row.
    let count = 0;
    let firstCol = 0;
    let secondCol = 0;
    for (let i = 0; i < cells.length && count < 4; i++) {
      if (isBlank(cells[i])) continue;
      if (count === 0) firstCol = i + grid.originCol;
      else if (count === 1) secondCol = i + grid.originCol;
      count++;
    }
    if (count === 0) {
      blankRun++;
      if (blankRun >= 2 && seenRecord) break;
      continue;
    }
    const firstVal = cellAt(grid, r, firstCol);
    const firstLabel = typeof firstVal === 'string' ? labels.of(firstVal) : 0;
    if (count <= 3 && firstLabel & LABEL_END) break;
    // The total label in the first non-empty cell, or in the second after a number ("21 | Tổng cộng").
    let totalCol = -1;
    if (firstLabel & LABEL_TOTAL) totalCol = firstCol;
    else if (typeof firstVal === 'number' && count > 1) {
      const second = cellAt(grid, r, secondCol);
      if (typeof second === 'string' && labels.of(second) & LABEL_TOTAL) totalCol = secondCol;
    }
    if (totalCol >= 0 && totalCol <= Math.max(tableFirstCol, layout.firstCol) + 2) {
      flush();
      visit({ row: r, kind: 'total', col: totalCol, value: cellAt(grid, r, totalCol) });
      last = r;
      blankRun = 0;
      continue;
    }
    if (count <= 2) {
      const h = rowHeading(count === 1 ? [firstVal] : [firstVal, cellAt(grid, r, secondCol)]);
      if (h !== null) {
        if (h.kind === 'cell') pending.push({ row: r, kind: 'group', group: h.name, col: firstCol });
        else pending.push({ row: r, kind: 'section', col: firstCol });
        blankRun = 0;
        continue;
      }
    }
    let any = false;
    for (let i = 0; i < mapped.length; i++)
      if (!isBlank(cellAt(grid, r, mapped[i]))) {
        any = true;
        break;
      }
    if (!any) {
      blankRun++;
      if (blankRun >= 2 && seenRecord) break;
      continue;
    }
    blankRun = 0;
    seenRecord = true;
    last = r;
    flush();
    visit({ row: r, kind: 'record' });
  }
  return last;
}

/**
 * Values of vertically merged cells in the data (a chi bộ merged over its rows): every cell of the
 * range reads the top cell's value. Horizontal merges are not filled (they would copy a name into
 * the next field).
 */
export class MergeFill {
  /** Row -> column -> the value the cell reads (no string key per blank cell read). */
  private values: { [row: number]: { [col: number]: CellValue } } = {};
  constructor(grid: Grid, fromRow: number, toRow: number) {
    const merges = grid.merges || [];
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      if (m.left !== m.right || m.top === m.bottom || m.bottom < fromRow || m.top > toRow) continue;
      const v = cellAt(grid, m.top, m.left);
      for (let r = m.top + 1; r <= m.bottom; r++) (this.values[r] || (this.values[r] = {}))[m.left] = v;
    }
  }
  at(grid: Grid, row: number, col: number): CellValue {
    const v = cellAt(grid, row, col);
    if (!isBlank(v)) return v;
    const cols = this.values[row];
    if (cols === undefined) return v;
    const f = cols[col];
    return f === undefined ? v : f;
  }
}

/**
 * Merged ranges that start in the data rows and reach the grid's columns, other than those on
 * group-title or total rows.
 */
export function mergesInData(grid: Grid, fromRow: number, toRow: number, skipRows: { [row: number]: true }): MergedRange[] {
  const out: MergedRange[] = [];
  const merges = grid.merges || [];
  const c0 = grid.originCol;
  const c1 = lastCol(grid);
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (m.top < fromRow || m.top > toRow || m.right < c0 || m.left > c1) continue;
    if (m.top === m.bottom && skipRows[m.top]) continue;
    if (m.top === m.bottom && m.left === m.right) continue;
    out.push(m);
  }
  return out;
}

export function rangeLabel(m: MergedRange): string {
  return columnLetter(m.left) + m.top + ':' + columnLetter(m.right) + m.bottom;
}
