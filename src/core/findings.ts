/**
 * Findings: what the checks report. Each code is stable (kebab-case) and has a severity and a Vietnamese
 * message template kept apart from the logic that raises it, so messages can be reviewed and tested.
 */
import { CellValue } from './grid';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Gợi ý',
};

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Sheet name; null for workbook-level findings. */
  sheet: string | null;
  /** Excel row number; null when the finding is about a whole sheet or column. */
  row: number | null;
  /** Column letter; null when the finding is about a whole row or sheet. */
  column: string | null;
  /** The raw value the finding is about. */
  value: CellValue;
  message: string;
  /** The proposed new value, when there is one. */
  suggestion?: string;
  /** Findings with the same group key can be fixed together (same rule, same value). */
  groupKey?: string;
}

export type Params = Record<string, string | number>;

/** "ngày 03/02/1995"; "tháng 03/1995" or "năm 1990" for a date known only by its month or year (as formatDate prints them). */
function on(date: string | number): string {
  const t = String(date);
  if (/^\d{4}$/.test(t)) return 'năm ' + t;
  if (/^\d{2}\/\d{4}$/.test(t)) return 'tháng ' + t;
  return 'ngày ' + t;
}

interface CatalogueEntry {
  severity: Severity;
  /** Short Vietnamese title of the rule, used to group findings. */
  title: string;
  message: (p: Params) => string;
}

export const CATALOGUE = {
  // Structure
  'sheet-kind-not-found': {
    severity: 'error',
    title: 'Không tìm thấy danh sách',
    message: (p: Params) => `Không tìm thấy ${p.kind} trong sổ. Hãy kiểm tra dòng tiêu đề cột (ví dụ "${p.example}").`,
  },
  'required-column-missing': {
    severity: 'error',
    title: 'Thiếu cột bắt buộc',
    message: (p: Params) => `Trang "${p.sheet}" không có cột "${p.field}".`,
  },
  'column-ambiguous': {
    severity: 'warning',
    title: 'Cột không rõ ràng',
    message: (p: Params) =>
      `Trang "${p.sheet}" có nhiều cột có thể là "${p.field}" (${p.columns}); đã dùng cột ${p.chosen}.`,
  },
  'merged-cells-in-data': {
    severity: 'warning',
    title: 'Ô gộp trong dữ liệu',
    message: (p: Params) => `Vùng ${p.range} là ô gộp nằm trong phần dữ liệu; chỉ ô đầu tiên có giá trị.`,
  },
  'total-row-in-data': {
    severity: 'info',
    title: 'Dòng tổng cộng',
    message: () => 'Dòng tổng cộng nằm trong danh sách; dòng này không được tính.',
  },
  'hidden-rows-counted': {
    severity: 'info',
    title: 'Dòng đang ẩn vẫn được tính',
    message: (p: Params) =>
      `Trang "${p.sheet}" có ${p.count} dòng dữ liệu đang bị ẩn${p.filtered ? ' (trang đang bật bộ lọc)' : ''}, từ dòng ${p.first}; các dòng này vẫn được tính vào số liệu.`,
  },
  'invalid-number': {
    severity: 'error',
    title: 'Số không hợp lệ',
    message: (p: Params) => `"${p.value}" ở cột "${p.field}" không phải là số.`,
  },
  'invalid-time': {
    severity: 'error',
    title: 'Giờ không đọc được',
    message: (p: Params) => `"${p.value}" ở cột "${p.field}" không phải là giờ (ghi theo dạng 14:00 hoặc 14h00).`,
  },
  // Members
  'required-value-missing': {
    severity: 'error',
    title: 'Thiếu thông tin bắt buộc',
    message: (p: Params) => `Thiếu "${p.field}"${p.who ? ' của ' + p.who : ''}.`,
  },
  'unknown-category': {
    severity: 'error',
    title: 'Giá trị không có trong danh mục',
    message: (p: Params) =>
      `"${p.value}" không phải là giá trị hợp lệ của "${p.field}"` +
      (p.suggestion ? `; có phải là "${p.suggestion}"?` : '.'),
  },
  'category-variant': {
    severity: 'info',
    title: 'Cách viết khác của danh mục',
    message: (p: Params) => `"${p.value}" được hiểu là "${p.suggestion}"; nên ghi thống nhất là "${p.suggestion}".`,
  },
  'invalid-date': {
    severity: 'error',
    title: 'Ngày không đọc được',
    message: (p: Params) => `"${p.value}" ở cột "${p.field}" không phải là ngày (ghi theo dạng ngày/tháng/năm, ví dụ 22/02/2018).`,
  },
  'two-digit-year': {
    severity: 'info',
    title: 'Năm ghi hai chữ số',
    message: (p: Params) =>
      `"${p.value}" ở cột "${p.field}" ghi năm bằng hai chữ số; đã hiểu là ${p.suggestion}. Nên ghi đủ bốn chữ số của năm.`,
  },
  'impossible-date': {
    severity: 'error',
    title: 'Ngày không có thật',
    message: (p: Params) => `"${p.value}" ở cột "${p.field}" là ngày không có thật.`,
  },
  'future-date': {
    severity: 'error',
    title: 'Ngày trong tương lai',
    message: (p: Params) =>
      `${p.who ? p.who + ': ' : ''}${p.field} ${p.date} là ngày trong tương lai` + (p.today ? ` (hôm nay là ${p.today}).` : '.'),
  },
  'admitted-under-18': {
    severity: 'error',
    title: 'Vào Đảng chưa đủ 18 tuổi',
    message: (p: Params) =>
      `${p.who} vào Đảng ${on(p.admitted)}, khi chưa đủ ${p.age || 18} tuổi (sinh ${p.birth}).`,
  },
  'official-too-early': {
    severity: 'error',
    title: 'Chính thức chưa đủ 12 tháng dự bị',
    message: (p: Params) =>
      `${p.who} được công nhận chính thức ${on(p.official)}, chưa đủ ${p.months || 12} tháng dự bị kể từ khi vào Đảng ${on(p.admitted)}; ngày chính thức đúng là ${p.expected}.`,
  },
  'official-late': {
    severity: 'warning',
    title: 'Chính thức muộn so với 12 tháng dự bị',
    message: (p: Params) =>
      `${p.who} vào Đảng ${on(p.admitted)} nhưng ngày chính thức ghi ${p.official}, muộn hơn ngày hết ${p.months || 12} tháng dự bị; theo quy định, ngày chính thức là ${p.expected}.`,
  },
  'probation-overdue': {
    severity: 'warning',
    title: 'Quá hạn dự bị chưa có ngày chính thức',
    message: (p: Params) =>
      `${p.who} vào Đảng ${on(p.admitted)}, hết ${p.months || 12} tháng dự bị từ ${p.expected} nhưng đến ${p.periodEnd} chưa có ngày chính thức.`,
  },
  'duplicate-person': {
    severity: 'error',
    title: 'Trùng đảng viên',
    message: (p: Params) => `${p.who} (sinh ${p.birth}) có tên nhiều lần trong danh sách: dòng ${p.rows}.`,
  },
  'duplicate-card-number': {
    severity: 'error',
    title: 'Trùng số thẻ đảng viên',
    message: (p: Params) => `Số thẻ ${p.value} ghi cho nhiều người: dòng ${p.rows}.`,
  },
  'card-number-format': {
    severity: 'warning',
    title: 'Số thẻ không đúng dạng',
    message: (p: Params) => `Số thẻ "${p.value}" không đúng dạng 12 chữ số của thẻ mới.`,
  },
  'card-number-old-format': {
    severity: 'info',
    title: 'Số thẻ theo mẫu cũ',
    message: (p: Params) => `Số thẻ "${p.value}" theo mẫu cũ (dd.dddddd); thẻ mới có 12 chữ số.`,
  },
  'cell-name-variants': {
    severity: 'warning',
    title: 'Tên chi bộ viết nhiều kiểu',
    message: (p: Params) =>
      `"${p.value}" là một cách viết khác của chi bộ "${p.suggestion}" (${p.count} cách viết: ${p.variants}); nên ghi thống nhất là "${p.suggestion}".`,
  },
  'decomposed-text': {
    severity: 'info',
    title: 'Chữ Unicode tổ hợp',
    message: (p: Params) => `"${p.value}" được gõ bằng Unicode tổ hợp; nên chuyển sang Unicode dựng sẵn để tìm kiếm và lọc đúng.`,
  },
  'legacy-encoded-text': {
    severity: 'warning',
    title: 'Chữ mã cũ (TCVN3/VNI)',
    message: (p: Params) => `"${p.value}" có vẻ là chữ mã ${p.encoding}; đọc là "${p.suggestion}".`,
  },
  'left-before-admitted': {
    severity: 'error',
    title: 'Ngày rời trước ngày vào Đảng',
    message: (p: Params) => `${p.who} có ngày rời ${p.left} trước ngày vào Đảng ${p.admitted}.`,
  },
  // Meetings
  'month-without-regular-meeting': {
    severity: 'warning',
    title: 'Tháng không sinh hoạt thường kỳ',
    message: (p: Params) => `${p.cell} không có buổi sinh hoạt thường kỳ trong tháng ${p.month}.`,
  },
  'quarter-without-thematic-meeting': {
    severity: 'warning',
    title: 'Quý không sinh hoạt chuyên đề',
    message: (p: Params) => `${p.cell} không có buổi sinh hoạt chuyên đề trong quý ${p.quarter}.`,
  },
  'attendance-mismatch': {
    severity: 'error',
    title: 'Số liệu dự họp không khớp',
    message: (p: Params) =>
      `Buổi sinh hoạt${p.cell ? ' của ' + p.cell : ''}${p.date ? ' ngày ' + p.date : ''}: có mặt ${p.present} + vắng ${p.absent} = ${p.sum}, khác tổng số ${p.total} trừ miễn sinh hoạt ${p.exempt} = ${p.expected}.`,
  },
  'present-exceeds-total': {
    severity: 'error',
    title: 'Có mặt nhiều hơn tổng số',
    message: (p: Params) =>
      `Buổi sinh hoạt${p.cell ? ' của ' + p.cell : ''}${p.date ? ' ngày ' + p.date : ''}: số có mặt ${p.present} lớn hơn tổng số đảng viên ${p.total}.`,
  },
  'cell-not-in-member-list': {
    severity: 'warning',
    title: 'Chi bộ không có trong danh sách đảng viên',
    message: (p: Params) => `Chi bộ "${p.value}" không có trong danh sách đảng viên` + (p.suggestion ? `; có phải là "${p.suggestion}"?` : '.'),
  },
  'duplicate-meeting': {
    severity: 'warning',
    title: 'Buổi sinh hoạt ghi hai lần',
    message: (p: Params) =>
      `Buổi sinh hoạt${p.kind ? ' ' + p.kind : ''} của ${p.cell} ngày ${p.date} được ghi nhiều lần: dòng ${p.rows}.`,
  },
  'meeting-outside-period': {
    severity: 'info',
    title: 'Buổi sinh hoạt ngoài kỳ báo cáo',
    message: (p: Params) =>
      `${p.who || 'Buổi sinh hoạt'} ngày ${p.date} nằm ngoài kỳ báo cáo (${p.from} – ${p.to}); không được tính.`,
  },
  'meeting-below-quality': {
    severity: 'info',
    title: 'Buổi sinh hoạt chưa đạt tiêu chí chất lượng',
    message: (p: Params) =>
      `Buổi sinh hoạt${p.cell ? ' của ' + p.cell : ''} ngày ${p.date} chưa đạt tiêu chí chất lượng: ${p.reasons} (theo ${p.ruleset}).`,
  },
  // Figures
  'figure-not-computable': {
    severity: 'warning',
    title: 'Không tính được số liệu',
    message: (p: Params) => `Không tính được "${p.figure}" vì ${p.reason}.`,
  },
  'typed-figure-mismatch': {
    severity: 'warning',
    title: 'Số liệu ghi tay không khớp',
    message: (p: Params) => `Văn bản ghi "${p.value}" nhưng số liệu tính được là ${p.suggestion}.`,
  },
} as const satisfies Record<string, CatalogueEntry>;

export type FindingCode = keyof typeof CATALOGUE;

export interface FindingLocation {
  sheet: string | null;
  row: number | null;
  column: string | null;
  value?: CellValue;
}

/** Build a finding from the catalogue. */
export function makeFinding(
  code: FindingCode,
  at: FindingLocation,
  params?: Params,
  extra?: { suggestion?: string; groupKey?: string; severity?: Severity },
): Finding {
  const entry: CatalogueEntry = CATALOGUE[code];
  const p = params || {};
  const f: Finding = {
    code: code,
    severity: (extra && extra.severity) || entry.severity,
    sheet: at.sheet,
    row: at.row,
    column: at.column,
    value: at.value === undefined ? null : at.value,
    message: entry.message(p),
  };
  if (extra && extra.suggestion !== undefined) f.suggestion = extra.suggestion;
  if (extra && extra.groupKey !== undefined) f.groupKey = extra.groupKey;
  return f;
}

export function titleOf(code: FindingCode): string {
  return CATALOGUE[code].title;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort by severity, then sheet, row, column: the order the user reads them in. */
export function sortFindings(list: Finding[]): Finding[] {
  return list.slice().sort(function (a, b) {
    return (
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      String(a.sheet || '').localeCompare(String(b.sheet || '')) ||
      (a.row || 0) - (b.row || 0) ||
      String(a.column || '').localeCompare(String(b.column || '')) ||
      a.code.localeCompare(b.code)
    );
  });
}

export function countBySeverity(list: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (let i = 0; i < list.length; i++) c[list[i].severity]++;
  return c;
}
