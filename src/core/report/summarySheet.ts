// STUB: owned by the "figures" helper, to be replaced.
import { Dataset } from '../records';
import { Figures } from '../figures';
import { RuleContext } from '../rules/context';
import { SheetModel } from './sheetModel';

export interface ReportOptions {
  /** Decimals of percentages on paper, 0-2 (default 1). */
  percentDecimals?: number;
}

export interface ReportInput {
  dataset: Dataset;
  figures: Figures;
  ctx: RuleContext;
  options?: ReportOptions;
}

export const SUMMARY_SHEET_NAME = 'Báo cáo sơ kết';

export function buildSummarySheet(input: ReportInput): SheetModel {
  throw new Error('not implemented' + JSON.stringify(input.figures));
}
