// STUB: owned by the "figures" helper, to be replaced.
import { Dataset } from './records';
import { Finding } from './findings';
import { RuleContext } from './rules/context';

/** Figure id -> value. A figure that cannot be computed is absent (never 0 or NaN). Shares are fractions. */
export type Figures = Record<string, number>;

export function computeFigures(dataset: Dataset, ctx: RuleContext): { figures: Figures; findings: Finding[] } {
  throw new Error('not implemented' + dataset.members.length + JSON.stringify(ctx));
}
