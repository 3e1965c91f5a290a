// STUB: owned by the "rules" helper, to be replaced.
import { Dataset } from '../records';
import { Finding } from '../findings';
import { RuleContext } from './context';

/** Run every rule over the dataset. */
export function runRules(dataset: Dataset, ctx: RuleContext): Finding[] {
  throw new Error('not implemented' + dataset.members.length + JSON.stringify(ctx));
}
