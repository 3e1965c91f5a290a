/**
 * Planning fixes: the chosen findings -> the cell edits that apply them, checked against the cells as
 * they are now. A fix is refused, with a Vietnamese reason naming the cell, when:
 * - the cell holds a formula;
 * - the cell no longer holds the value the finding was about (changed since the check: stale);
 * - another fix in the same batch already changed the cell to something else (conflict);
 * - the sheet is gone, or the host cannot write the cell;
 * - the new text would start with = + - @ and the old one did not (formula injection).
 *
 * Several fixes on one cell are chained, each from the previous one's result: reading fixes (TCVN3/VNI,
 * decomposed Unicode) first. A fix about a cell's Unicode reading also applies straight to the legacy or
 * decomposed cell it was read from (its suggestion replaces the whole value). A finding on a cell inside a
 * merged range is applied to the range's top-left cell, once.
 *
 * Hosts first read the cells `fixTargets` lists (values, formulas, number formats), then call fixPlan.
 */
import { CellValue, columnNumber } from '../grid';
import { Finding } from '../findings';
import { isImprecise, parseDateText, toSerial } from '../dates';
import { toNfc } from '../text/normalize';
import { CellEdit, CellRef, cellKey, cellPlace } from './cellEdit';
import { CellSource, CurrentCell } from './cellSource';
import { fixGroupKey } from './fixGroups';
import { fixesLabel, quoted, severalGroupsLabel } from './fixLabel';
import { fixRuleOf, isReadingFix } from './fixRules';
import { FixSelection, selectionMatcher } from './fixSelection';
import { startsLikeFormula } from './textSafety';

export type RefusalReason = 'formula' | 'stale' | 'conflict' | 'missing-sheet' | 'host' | 'unsafe-text';

export interface RefusedFix {
  finding: Finding;
  reason: RefusalReason;
  /** Vietnamese, naming the cell. */
  message: string;
}

export interface FixPlan {
  /** In cell order (sheets in the order first met, then row, column); chained edits of a cell in order. */
  edits: CellEdit[];
  refused: RefusedFix[];
  /** The findings the edits apply. */
  applied: Finding[];
  /** Distinct cells changed. */
  cells: number;
  /** The batch's name for the undo log ("Sửa 37 ô: “Thạc sỹ” → “Thạc sĩ”"); '' when nothing is changed. */
  label: string;
}

export interface FixPlanOptions {
  /** The workbook counts dates from 1904: date fixes in date cells are written as 1904 serials. */
  date1904?: boolean;
}

interface Target {
  ref: CellRef;
  cell: CurrentCell;
  findings: Finding[];
}

function refOf(f: Finding): CellRef {
  return { sheet: f.sheet as string, row: f.row as number, col: columnNumber(f.column as string) };
}

/** The distinct cells the chosen findings point at, for the host to read before planning. */
export function fixTargets(findings: Finding[], selection: FixSelection): CellRef[] {
  const chosen = selectionMatcher(selection);
  const seen: { [key: string]: true } = {};
  const out: CellRef[] = [];
  for (let i = 0; i < findings.length; i++) {
    if (!chosen(findings[i])) continue;
    const r = refOf(findings[i]);
    const k = cellKey(r.sheet, r.row, r.col);
    if (seen[k]) continue;
    seen[k] = true;
    out.push(r);
  }
  return out;
}

function textKey(v: CellValue): string | null {
  return typeof v === 'string' ? toNfc(v) : null;
}

/** Same value, or the same text up to Unicode normalisation. */
function sameReading(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  const ta = textKey(a);
  return ta !== null && ta === textKey(b);
}

/** A year typed as a number (1985) in a cell not formatted as a date: not a serial. */
function isYearNumber(v: number): boolean {
  return v === Math.floor(v) && v >= 1900 && v <= 2100;
}

/** The value a fix writes, typed as the rule says (fixRules.ts). */
function newValue(f: Finding, running: CellValue, cell: CurrentCell, opts: FixPlanOptions): CellValue {
  const s = f.suggestion as string;
  if (fixRuleOf(f.code)!.value === 'text') return s;
  const p = parseDateText(s);
  if (!p.ok || isImprecise(p.date)) return s;
  const holdsSerial = typeof running === 'number' && !isYearNumber(running);
  if (cell.dateFormatted || holdsSerial) return toSerial(p.date, opts.date1904);
  return s;
}

function sameFix(a: Finding, b: Finding): boolean {
  return a.code === b.code && a.suggestion === b.suggestion && sameReading(a.value, b.value);
}

export function fixPlan(findings: Finding[], selection: FixSelection, current: CellSource, opts?: FixPlanOptions): FixPlan {
  const o = opts || {};
  const chosen = selectionMatcher(selection);
  const refused: RefusedFix[] = [];
  const refuse = function (f: Finding, reason: RefusalReason, ref: CellRef, why: string): void {
    refused.push({ finding: f, reason: reason, message: 'Không sửa ' + cellPlace(ref.sheet, ref.row, ref.col) + ': ' + why });
  };

  // What a cell's text reads as, from the reading fixes on it (chosen or not): key -> raw NFC -> reading.
  const readings: { [key: string]: { raw: CellValue; text: string }[] } = {};
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!isReadingFix(f.code) || f.sheet === null || f.row === null || f.column === null || !f.suggestion) continue;
    const r = refOf(f);
    const k = cellKey(r.sheet, r.row, r.col);
    (readings[k] = readings[k] || []).push({ raw: f.value, text: f.suggestion });
  }
  const matches = function (k: string, wanted: CellValue, running: CellValue): boolean {
    if (sameReading(wanted, running)) return true;
    const list = readings[k] || [];
    for (let i = 0; i < list.length; i++) {
      // The cell still holds the legacy or decomposed text the finding's value was read from,
      if (sameReading(list[i].raw, running) && sameReading(list[i].text, wanted)) return true;
      // or a reading fix in this batch already turned the finding's raw value into its reading.
      if (sameReading(list[i].raw, wanted) && sameReading(list[i].text, running)) return true;
    }
    return false;
  };

  // Gather the chosen findings by the cell they write (merged ranges: their top-left cell).
  const targets: Target[] = [];
  const byKey: { [key: string]: Target } = {};
  const sheetOrder: { [sheet: string]: number } = {};
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!chosen(f)) continue;
    let ref = refOf(f);
    let cell = current.cell(ref.sheet, ref.row, ref.col);
    if (cell && cell.master) {
      ref = { sheet: ref.sheet, row: cell.master.row, col: cell.master.col };
      cell = current.cell(ref.sheet, ref.row, ref.col);
    }
    if (!cell) {
      refuse(f, 'missing-sheet', ref, 'sổ không còn trang này.');
      continue;
    }
    const k = cellKey(ref.sheet, ref.row, ref.col);
    let t = byKey[k];
    if (!t) {
      t = { ref: ref, cell: cell, findings: [] };
      byKey[k] = t;
      targets.push(t);
      if (sheetOrder['=' + ref.sheet] === undefined) sheetOrder['=' + ref.sheet] = targets.length;
    }
    let dup = false;
    for (let j = 0; j < t.findings.length; j++) if (sameFix(t.findings[j], f)) dup = true;
    if (!dup) t.findings.push(f);
  }
  targets.sort(function (a, b) {
    return sheetOrder['=' + a.ref.sheet] - sheetOrder['=' + b.ref.sheet] || a.ref.row - b.ref.row || a.ref.col - b.ref.col;
  });

  const edits: CellEdit[] = [];
  const applied: Finding[] = [];
  let cells = 0;
  for (let t = 0; t < targets.length; t++) {
    const target = targets[t];
    const ref = target.ref;
    const k = cellKey(ref.sheet, ref.row, ref.col);
    const cell = target.cell;
    // Reading fixes first; otherwise the order of the findings.
    const list = target.findings.slice().sort(function (a, b) {
      return (isReadingFix(a.code) ? 0 : 1) - (isReadingFix(b.code) ? 0 : 1);
    });
    const original = cell.value;
    let running: CellValue = original;
    let changed = false;
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      if (cell.refuse) {
        refuse(f, 'host', ref, cell.refuse);
        continue;
      }
      if (cell.formula) {
        refuse(f, 'formula', ref, 'ô chứa công thức.');
        continue;
      }
      if (!matches(k, f.value, running)) {
        if (changed) refuse(f, 'conflict', ref, 'một đề xuất khác trong lần này đã sửa ô thành ' + quoted(running) + '.');
        else refuse(f, 'stale', ref, 'ô đã thay đổi từ lúc kiểm tra (đang là ' + quoted(running) + ', lúc kiểm tra là ' + quoted(f.value) + '); hãy kiểm tra lại.');
        continue;
      }
      const after = newValue(f, running, cell, o);
      if (typeof after === 'string' && startsLikeFormula(after) && !(typeof original === 'string' && startsLikeFormula(original))) {
        refuse(f, 'unsafe-text', ref, 'giá trị mới ' + quoted(after) + ' bắt đầu bằng dấu =, +, - hoặc @ và sẽ bị hiểu là công thức.');
        continue;
      }
      applied.push(f);
      if (after === running) continue;
      edits.push({
        sheet: ref.sheet,
        row: ref.row,
        col: ref.col,
        before: running,
        after: after,
        findingCode: f.code,
        groupKey: fixGroupKey(f),
      });
      running = after;
      changed = true;
    }
    if (changed) cells++;
  }
  return { edits: edits, refused: refused, applied: applied, cells: cells, label: planLabel(applied, edits, cells, o) };
}

/** One group: its own label counted in changed cells; several: "Sửa N ô theo k nhóm đề xuất". */
function planLabel(applied: Finding[], edits: CellEdit[], cells: number, o: FixPlanOptions): string {
  if (edits.length === 0) return '';
  const keys: string[] = [];
  for (let i = 0; i < edits.length; i++) if (keys.indexOf(edits[i].groupKey) < 0) keys.push(edits[i].groupKey);
  if (keys.length > 1) return severalGroupsLabel(cells, keys.length);
  const inGroup = applied.filter(function (f) {
    return fixGroupKey(f) === keys[0];
  });
  return fixesLabel(edits[0].findingCode, keys[0], inGroup, cells, o.date1904);
}
