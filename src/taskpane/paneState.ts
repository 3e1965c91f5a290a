/**
 * What the pane shows, as plain data: the controller builds it, the views only draw it. Texts here are
 * already in Vietnamese and numbers in their Vietnamese forms.
 */
import { Finding, Severity } from '../core/findings';
import { FixGroup } from '../core/fixes/fixGroups';

export type PaneAction = 'detect' | 'check' | 'correct' | 'report' | 'template' | 'sample' | 'fix' | 'undo';

export type SheetKindView = 'members' | 'meetings' | 'unit' | 'ignore' | 'unknown';

export interface FieldEntry {
  field: string;
  /** Vietnamese name of the field ("Ngày vào Đảng"). */
  label: string;
  /** Column letter, or null when the sheet has no column for it. */
  column: string | null;
  /** The header the column has, as written. */
  header: string;
}

export interface ColumnOption {
  letter: string;
  /** The header text of the column ("" when there is none). */
  header: string;
}

/** One sheet that was read, as detected (and maybe corrected). */
export interface SheetEntry {
  sheet: string;
  kind: SheetKindView;
  /** The kind (and header, columns) come from the user's correction. */
  chosenByUser: boolean;
  /** "70 đảng viên, dòng 8–77" */
  summary: string;
  /** Records read from the sheet (members, meetings, or unit-info keys). */
  records: number;
  /** Excel rows of the header; empty when none (unit info, or not found). */
  headerRows: number[];
  /** Fields of the sheet's kind with their columns (members and meeting log only). */
  fields: FieldEntry[];
  /** Columns the user can map a field to. */
  columns: ColumnOption[];
}

export interface WorkbookView {
  /** The workbook was read at least once. */
  read: boolean;
  sheets: SheetEntry[];
  /** Hidden sheets that were not read. */
  hidden: string[];
}

export interface RuleGroup {
  /** severity|code: stable across checks, used for "Xem thêm". */
  key: string;
  title: string;
  count: number;
  /** The findings listed (the first ones); all are counted. */
  shown: Finding[];
  /** How many more there are. */
  more: number;
}

export interface SeverityGroup {
  severity: Severity;
  label: string;
  count: number;
  rules: RuleGroup[];
}

export interface FindingsView {
  total: number;
  counts: Record<Severity, number>;
  /** "2 lỗi, 1 cảnh báo, 51 gợi ý." */
  countsText: string;
  groups: SeverityGroup[];
}

export interface FigureLine {
  label: string;
  value: string;
}

export interface ReportView {
  figures: FigureLine[];
}

export interface BusyView {
  action: PaneAction;
  step: string;
  /** 0..1 of the whole action. */
  fraction: number;
  cancelling: boolean;
}

export type StatusKind = 'success' | 'info' | 'warning' | 'error';

export interface StatusView {
  kind: StatusKind;
  /** Sentences, shown one per line. */
  lines: string[];
}

export interface PeriodView {
  from: string;
  to: string;
  /** The user typed the period; otherwise it follows what core resolves from the workbook. */
  edited: boolean;
}

/** "Hoàn tác": the last batch of fixes stored in the workbook. */
export interface UndoView {
  /** The last batch's name ("Sửa 37 ô: “Thạc sỹ” → “Thạc sĩ”"); null when there is nothing to undo. */
  label: string | null;
  /** Batches that can be undone, one after the other. */
  batches: number;
  /** Why the last "Hoàn tác" was refused (cells changed since); "Vẫn hoàn tác" overrides it. */
  refused: string | null;
  /** The stored log cannot be read (Vietnamese). */
  damaged: string | null;
}

export interface PaneState {
  busy: BusyView | null;
  status: StatusView | null;
  workbook: WorkbookView;
  findings: FindingsView | null;
  period: PeriodView;
  percentDecimals: number;
  writeFindings: boolean;
  report: ReportView | null;
  /** The fixes the last check offers, form fixes first (core fixGroups); null when the host cannot fix. */
  fixGroups: FixGroup[] | null;
  /** null when the host cannot fix. */
  undo: UndoView | null;
}
