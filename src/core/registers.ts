// STUB: owned by the "reading" helper, to be replaced.
import { Grid } from './grid';
import { Dataset } from './records';
import { Finding } from './findings';

/** A correction the user made to the detection (sheet kind, header rows, field -> column letter). */
export interface TableOverride {
  sheet: string;
  kind: 'members' | 'meetings' | 'unit' | 'ignore';
  headerRows?: number[];
  columns?: Record<string, string>;
}

export interface ReadOptions {
  date1904?: boolean;
  overrides?: TableOverride[];
}

/** Detect the registers in a workbook's sheets and read them into typed records. */
export function readRegisters(grids: Grid[], opts?: ReadOptions): { dataset: Dataset; findings: Finding[] } {
  throw new Error('not implemented: ' + grids.length + JSON.stringify(opts));
}
