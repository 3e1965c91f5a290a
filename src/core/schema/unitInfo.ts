/**
 * The unit-info sheet (thông tin đơn vị): key–value rows, the key in one cell and the value in the next
 * non-empty cell to its right, or "Key: value" in one cell. A sheet counts as unit info only when
 * several keys match exactly (after folding), so a report's prose never does.
 */
import { CellValue, Grid, cellAt, isBlank, lastCol, lastRow } from '../grid';
import { UnitField, UnitInfo } from '../records';
import { cleanText, fold } from '../text/normalize';
import { CellReader } from './cellReader';
import { cellText, parseNumberCell } from './values';

export interface UnitKey {
  id: UnitField;
  label: string;
  keys: string[];
  type: 'text' | 'number' | 'date';
}

export const UNIT_KEYS: UnitKey[] = [
  { id: 'partyName', label: 'Tên đảng bộ', keys: ['Tên đảng bộ', 'Tên tổ chức đảng', 'Đảng bộ'], type: 'text' },
  { id: 'parentName', label: 'Cấp ủy cấp trên', keys: ['Cấp ủy cấp trên', 'Đảng bộ cấp trên', 'Đảng ủy cấp trên', 'Cấp trên trực tiếp'], type: 'text' },
  { id: 'place', label: 'Địa danh', keys: ['Địa danh', 'Địa điểm', 'Nơi ban hành'], type: 'text' },
  { id: 'term', label: 'Nhiệm kỳ', keys: ['Nhiệm kỳ'], type: 'text' },
  {
    id: 'executiveCount',
    label: 'Số ủy viên Ban chấp hành',
    keys: ['Số ủy viên Ban chấp hành', 'Số ủy viên BCH', 'Ủy viên Ban chấp hành', 'Ủy viên BCH', 'Số ủy viên Ban chấp hành Đảng bộ'],
    type: 'number',
  },
  {
    id: 'inspectionCount',
    label: 'Số ủy viên Ủy ban kiểm tra',
    keys: ['Số ủy viên Ủy ban kiểm tra', 'Số ủy viên UBKT', 'Ủy viên Ủy ban kiểm tra', 'Ủy viên UBKT'],
    type: 'number',
  },
  {
    id: 'staffTotal',
    label: 'Tổng số CB-CC-VC-NLĐ',
    keys: [
      'Tổng số CB-CC-VC-NLĐ',
      'Tổng số cán bộ, công chức, viên chức, người lao động',
      'Tổng số công chức, viên chức, người lao động',
      'Tổng số CBCCVC-NLĐ',
      'Tổng số CBCCVC',
      'Tổng số CC-VC-NLĐ',
    ],
    type: 'number',
  },
  { id: 'periodFrom', label: 'Kỳ báo cáo từ ngày', keys: ['Kỳ báo cáo từ ngày', 'Từ ngày', 'Kỳ báo cáo từ'], type: 'date' },
  { id: 'periodTo', label: 'Kỳ báo cáo đến ngày', keys: ['Kỳ báo cáo đến ngày', 'Đến ngày', 'Kỳ báo cáo đến'], type: 'date' },
  {
    id: 'documentTitle',
    label: 'Tên văn bản được sơ kết',
    keys: ['Tên văn bản được sơ kết', 'Văn bản được sơ kết', 'Tên văn bản sơ kết'],
    type: 'text',
  },
  { id: 'documentNumber', label: 'Số ký hiệu', keys: ['Số ký hiệu', 'Số, ký hiệu', 'Số và ký hiệu', 'Số hiệu văn bản'], type: 'text' },
  { id: 'signer', label: 'Người ký', keys: ['Người ký', 'Người ký báo cáo'], type: 'text' },
];

const BY_KEY: { [folded: string]: UnitKey } = {};
UNIT_KEYS.forEach(function (k) {
  k.keys.forEach(function (s) {
    BY_KEY[fold(s)] = k;
  });
});

/** One key found in the sheet, with where its value sits. */
export interface UnitHit {
  key: UnitKey;
  row: number;
  /** Column of the value (the key's own column for "Key: value"). */
  col: number;
  value: CellValue;
  /** "Key: value" in one cell. */
  inline: boolean;
}

const MAX_ROWS = 200;
const MAX_COLS = 30;

/** Find the key–value rows in the top of a sheet. */
export function scanUnitInfo(grid: Grid): { hits: UnitHit[]; distinct: number } {
  const hits: UnitHit[] = [];
  const seen: { [id: string]: true } = {};
  let distinct = 0;
  const r1 = Math.min(lastRow(grid), grid.originRow + MAX_ROWS - 1);
  const cEnd = lastCol(grid);
  const c1 = Math.min(cEnd, grid.originCol + MAX_COLS - 1);
  for (let r = grid.originRow; r <= r1; r++) {
    for (let c = grid.originCol; c <= c1; c++) {
      const v = cellAt(grid, r, c);
      if (typeof v !== 'string' || v.length > 120) continue;
      const t = cleanText(v);
      let key = BY_KEY[fold(t)];
      let value: CellValue = null;
      let valueCol = c;
      if (!key) {
        const colon = t.indexOf(':');
        if (colon <= 0) continue;
        key = BY_KEY[fold(t.slice(0, colon))];
        if (!key) continue;
        const rest = cleanText(t.slice(colon + 1));
        if (rest) value = rest;
      }
      if (value === null) {
        for (let cc = c + 1; cc <= cEnd; cc++) {
          const w = cellAt(grid, r, cc);
          if (!isBlank(w)) {
            value = w;
            valueCol = cc;
            break;
          }
        }
      }
      if (seen[key.id]) continue;
      // A key with no value yet (a blank form) still marks the sheet as unit info.
      seen[key.id] = true;
      distinct++;
      if (value !== null) hits.push({ key: key, row: r, col: valueCol, value: value, inline: valueCol === c });
      break;
    }
  }
  return { hits: hits, distinct: distinct };
}

/** Fill `unit` (fields still empty) from the hits, raising findings on unreadable numbers and dates. */
export function readUnitInfo(grid: Grid, hits: UnitHit[], unit: UnitInfo, rd: CellReader): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const id = h.key.id;
    if (unit[id] !== null) continue;
    const cell = rd.value(h.row, h.col);
    const v = h.inline ? h.value : cell;
    const at = { sheet: grid.sheet, row: h.row, column: rd.letter(h.col) };
    if (h.key.type === 'number') {
      const n = rd.number(v, h.row, h.col, h.key.label, null);
      if (n === null) continue;
      (unit as unknown as Record<string, unknown>)[id] = n;
    } else if (h.key.type === 'date') {
      const d = rd.date(v, h.row, h.col, h.key.label, null);
      if (d === null) continue;
      (unit as unknown as Record<string, unknown>)[id] = d;
    } else {
      const t = cellText(v);
      if (t === null) continue;
      (unit as unknown as Record<string, unknown>)[id] = t;
    }
    unit.src[id] = at;
  }
}
