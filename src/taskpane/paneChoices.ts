/**
 * What the pane keeps in the workbook (host.saveChoices / loadChoices): the user's corrections of the
 * sheet detection as core TableOverrides, and the report options. Whatever is loaded is checked field
 * by field: a workbook can hold settings from another version, or none.
 */
import { SavedChoices } from '../hosts/workbookHost';
import { TableOverride } from '../core/registers';

export interface PaneChoices {
  overrides: TableOverride[];
  /** Decimals of percentages on paper, 0-2. */
  percentDecimals: number;
  /** Also write the findings sheet with the report. */
  writeFindings: boolean;
}

export const DEFAULT_CHOICES: PaneChoices = { overrides: [], percentDecimals: 1, writeFindings: true };

const KEY_OVERRIDES = 'tableOverrides';
const KEY_DECIMALS = 'percentDecimals';
const KEY_FINDINGS = 'writeFindings';

const KINDS = ['members', 'meetings', 'unit', 'ignore'];

function isObject(v: unknown): v is { [key: string]: unknown } {
  return typeof v === 'object' && v !== null && !(v instanceof Array);
}

function readOverride(v: unknown): TableOverride | null {
  if (!isObject(v)) return null;
  if (typeof v.sheet !== 'string' || !v.sheet) return null;
  if (typeof v.kind !== 'string' || KINDS.indexOf(v.kind) < 0) return null;
  const o: TableOverride = { sheet: v.sheet, kind: v.kind as TableOverride['kind'] };
  if (v.headerRows instanceof Array) {
    const rows: number[] = [];
    for (let i = 0; i < v.headerRows.length && i < 2; i++) {
      const r = v.headerRows[i];
      if (typeof r === 'number' && r >= 1 && r === Math.floor(r)) rows.push(r);
    }
    if (rows.length) o.headerRows = rows;
  }
  if (isObject(v.columns)) {
    const cols: Record<string, string> = {};
    let any = false;
    for (const field in v.columns) {
      const letter = v.columns[field];
      if (typeof letter === 'string' && /^[A-Z]{1,3}$/.test(letter)) {
        cols[field] = letter;
        any = true;
      }
    }
    if (any) o.columns = cols;
  }
  return o;
}

export function choicesFromSaved(saved: SavedChoices | null | undefined): PaneChoices {
  const out: PaneChoices = { overrides: [], percentDecimals: DEFAULT_CHOICES.percentDecimals, writeFindings: DEFAULT_CHOICES.writeFindings };
  if (!isObject(saved)) return out;
  const list = saved[KEY_OVERRIDES];
  if (list instanceof Array) {
    for (let i = 0; i < list.length; i++) {
      const o = readOverride(list[i]);
      if (o) out.overrides.push(o);
    }
  }
  const d = saved[KEY_DECIMALS];
  if (typeof d === 'number' && (d === 0 || d === 1 || d === 2)) out.percentDecimals = d;
  if (typeof saved[KEY_FINDINGS] === 'boolean') out.writeFindings = saved[KEY_FINDINGS] as boolean;
  return out;
}

export function choicesToSaved(c: PaneChoices): SavedChoices {
  const saved: SavedChoices = {};
  saved[KEY_OVERRIDES] = JSON.parse(JSON.stringify(c.overrides));
  saved[KEY_DECIMALS] = c.percentDecimals;
  saved[KEY_FINDINGS] = c.writeFindings;
  return saved;
}
