// STUB: owned by the "xlsx/cli/sample" helper, to be replaced.
import { Grid } from '../grid';

/** The sample registers (unit info, member list, meeting log) that reproduce the seed report's figures. */
export function sampleGrids(): Grid[] {
  throw new Error('not implemented');
}
