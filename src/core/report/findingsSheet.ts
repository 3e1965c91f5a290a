// STUB: owned by the "figures" helper, to be replaced.
import { Finding } from '../findings';
import { SheetModel } from './sheetModel';

export const FINDINGS_SHEET_NAME = 'Kiểm tra dữ liệu';

export function buildFindingsSheet(findings: Finding[]): SheetModel {
  throw new Error('not implemented' + findings.length);
}
