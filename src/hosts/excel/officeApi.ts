/**
 * The slice of Office.js the gateway uses, as structural types. Real Office.js (`Excel`, `Office`) and
 * the test fake both fit them (tests/excel/officeApiConformance.ts checks it at compile time), so the
 * host takes either by injection and the pane bundle needs no Office typings at run time.
 * Members newer than ExcelApi 1.1 are noted; callers check the set before touching them.
 */

export interface LoadableLike<T> {
  load(propertyNames: string): T;
}

export interface FunctionResultLike extends LoadableLike<FunctionResultLike> {
  value: any;
  error: string;
}

/** ExcelApi 1.2. */
export interface FunctionsLike {
  date(year: number, month: number, day: number): FunctionResultLike;
}

export interface RangeFontLike extends LoadableLike<RangeFontLike> {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  color: string;
}

export interface RangeFillLike {
  color: string;
}

export interface RangeBorderLike {
  style: string;
}

export interface RangeBorderCollectionLike {
  getItem(index: string): RangeBorderLike;
}

export interface RangeFormatLike {
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  /** ExcelApi 1.9. */
  indentLevel: number;
  /** Points; ExcelApi 1.2. */
  columnWidth: number;
  /** Points; ExcelApi 1.2. */
  rowHeight: number;
  /** ExcelApi 1.7. */
  useStandardHeight: boolean;
  font: RangeFontLike;
  fill: RangeFillLike;
  borders: RangeBorderCollectionLike;
}

export interface ListRuleLike {
  inCellDropDown: boolean;
  source: string | object;
}

export interface ErrorAlertLike {
  showAlert: boolean;
  style: string;
  title: string;
  message: string;
}

/** ExcelApi 1.8. */
export interface DataValidationLike {
  rule: { list?: ListRuleLike };
  errorAlert: ErrorAlertLike;
  ignoreBlanks: boolean;
  clear(): void;
}

/** ExcelApi 1.13 (Range.getMergedAreasOrNullObject). */
export interface RangeAreasLike extends LoadableLike<RangeAreasLike> {
  isNullObject: boolean;
  address: string;
}

export interface RangeLike extends LoadableLike<RangeLike> {
  /** True for a null object (the *OrNullObject methods, ExcelApi 1.4). */
  isNullObject: boolean;
  address: string;
  rowCount: number;
  columnCount: number;
  rowIndex: number;
  columnIndex: number;
  values: any[][];
  formulas: any[][];
  numberFormat: any[][];
  /** ExcelApi 1.2: true when all rows are hidden, false when none, null when some. */
  rowHidden: boolean | null;
  format: RangeFormatLike;
  dataValidation: DataValidationLike;
  getCell(row: number, column: number): RangeLike;
  /** ExcelApi 1.2. */
  merge(across?: boolean): void;
  /** ExcelApi 1.2. */
  unmerge(): void;
  clear(applyTo?: string): void;
  select(): void;
  getMergedAreasOrNullObject(): RangeAreasLike;
}

export interface HeaderFooterLike {
  centerHeader: string;
}

export interface HeaderFooterGroupLike {
  state: string;
  defaultForAllPages: HeaderFooterLike;
  firstPage: HeaderFooterLike;
}

/** ExcelApi 1.9. */
export interface PageLayoutLike {
  orientation: string;
  paperSize: string;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  headersFooters: HeaderFooterGroupLike;
}

export interface WorksheetLike extends LoadableLike<WorksheetLike> {
  name: string;
  visibility: string;
  getRange(address?: string): RangeLike;
  getCell(row: number, column: number): RangeLike;
  /** `valuesOnly` needs ExcelApi 1.2. */
  getUsedRange(valuesOnly?: boolean): RangeLike;
  activate(): void;
  /** Fails on a very hidden sheet: make it hidden first (ExcelApi 1.2). */
  delete(): void;
  pageLayout: PageLayoutLike;
  /** ExcelApi 1.9. */
  horizontalPageBreaks: PageBreakCollectionLike;
  /** ExcelApi 1.9. */
  autoFilter: AutoFilterLike;
}

export interface AutoFilterLike {
  /** The filtered range (header included), a null object when the sheet has no AutoFilter. */
  getRangeOrNullObject(): RangeLike;
}

export interface PageBreakCollectionLike {
  add(pageBreakRange: string): unknown;
  removePageBreaks(): void;
}

export interface WorksheetCollectionLike extends LoadableLike<WorksheetCollectionLike> {
  items: WorksheetLike[];
  getItem(key: string): WorksheetLike;
  add(name?: string): WorksheetLike;
}

export interface NamedItemLike {
  name: string;
  type: string;
  value: any;
  /** ExcelApi 1.4. */
  delete(): void;
}

export interface NamedItemCollectionLike extends LoadableLike<NamedItemCollectionLike> {
  items: NamedItemLike[];
  getItem(name: string): NamedItemLike;
  /** ExcelApi 1.4. */
  add(name: string, reference: RangeLike | string, comment?: string): NamedItemLike;
}

export interface WorkbookLike {
  worksheets: WorksheetCollectionLike;
  names: NamedItemCollectionLike;
  functions: FunctionsLike;
}

export interface RequestContextLike {
  workbook: WorkbookLike;
  sync(): Promise<void>;
}

export interface ExcelLike {
  run<T>(batch: (context: RequestContextLike) => Promise<T>): Promise<T>;
}

export interface AsyncResultLike {
  status: unknown;
  error?: { message: string };
}

export interface SettingsLike {
  get(name: string): any;
  set(name: string, value: any): void;
  remove(name: string): void;
  saveAsync(callback?: (result: AsyncResultLike) => void): void;
}

export interface OfficeLike {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { settings: SettingsLike };
  };
  /** Office.AsyncResultStatus; its Failed member is what a failed saveAsync reports. */
  AsyncResultStatus?: { Failed: unknown };
}
