/**
 * The user's corrections of the detection, one core TableOverride per sheet: its kind, its header rows,
 * and fields moved to other columns. Each edit returns a new list; a sheet's override starts from what
 * the detection found, so that pinning one column keeps the rest as detected.
 */
import { TableOverride } from '../core/registers';

export type OverrideKind = TableOverride['kind'];

export function overrideOf(list: TableOverride[], sheet: string): TableOverride | null {
  for (let i = 0; i < list.length; i++) if (list[i].sheet === sheet) return list[i];
  return null;
}

function replaced(list: TableOverride[], sheet: string, o: TableOverride | null): TableOverride[] {
  const out: TableOverride[] = [];
  let placed = false;
  for (let i = 0; i < list.length; i++) {
    if (list[i].sheet !== sheet) out.push(list[i]);
    else if (o && !placed) {
      out.push(o);
      placed = true;
    }
  }
  if (o && !placed) out.push(o);
  return out;
}

function copyColumns(c: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!c) return undefined;
  const out: Record<string, string> = {};
  for (const k in c) out[k] = c[k];
  return out;
}

/** A new kind drops the header rows and columns chosen for the old one. */
export function withKind(list: TableOverride[], sheet: string, kind: OverrideKind): TableOverride[] {
  const old = overrideOf(list, sheet);
  if (old && old.kind === kind) return list;
  return replaced(list, sheet, { sheet: sheet, kind: kind });
}

/** Field -> column letter, on a sheet whose current kind is `kind`. */
export function withColumn(list: TableOverride[], sheet: string, kind: 'members' | 'meetings', field: string, letter: string): TableOverride[] {
  const old = overrideOf(list, sheet);
  const o: TableOverride = { sheet: sheet, kind: kind };
  if (old && old.kind === kind) {
    if (old.headerRows) o.headerRows = old.headerRows.slice();
    o.columns = copyColumns(old.columns);
  }
  if (!o.columns) o.columns = {};
  o.columns[field] = letter;
  return replaced(list, sheet, o);
}

/** New header rows: the column choices made under the old header no longer apply. */
export function withHeaderRows(list: TableOverride[], sheet: string, kind: 'members' | 'meetings', rows: number[]): TableOverride[] {
  return replaced(list, sheet, { sheet: sheet, kind: kind, headerRows: rows.slice() });
}

export function withoutOverride(list: TableOverride[], sheet: string): TableOverride[] {
  return replaced(list, sheet, null);
}

/** "5", "5-6", "5–6", "5, 6" -> [5] or [5, 6]; null for anything else (two rows must be adjacent). */
export function parseHeaderRows(text: string): number[] | null {
  const t = text.replace(/\s+/g, '');
  let m = t.match(/^(\d{1,6})$/);
  if (m) return +m[1] >= 1 ? [+m[1]] : null;
  m = t.match(/^(\d{1,6})[-\u2013,;](\d{1,6})$/);
  if (m && +m[1] >= 1 && +m[2] === +m[1] + 1) return [+m[1], +m[2]];
  return null;
}
