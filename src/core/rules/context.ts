import { Period, SimpleDate } from '../dates';
import { RuleSet } from '../rulesets';

/** What every rule and figure needs besides the records. */
export interface RuleContext {
  period: Period;
  /** The day the check runs: dates after it are "in the future". */
  today: SimpleDate;
  ruleset: RuleSet;
}
