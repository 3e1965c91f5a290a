/**
 * The whole flow on plain grids: detect sheets -> records -> findings -> figures. Both faces (the task
 * pane and the CLI) call this; they only read grids before and write sheet models after.
 */
import { Grid } from './grid';
import { Period, SimpleDate, compareDates, todayLocal } from './dates';
import { Dataset } from './records';
import { Finding, sortFindings } from './findings';
import { readRegisters, TableOverride } from './registers';
import { runRules } from './rules/index';
import { computeFigures, Figures } from './figures';
import { RuleSet, rulesetFor } from './rulesets';
import { RuleContext } from './rules/context';

export interface AnalyzeOptions {
  /** Period start and end; default: the unit-info sheet's kỳ báo cáo, else the years the meeting log covers. */
  from?: SimpleDate;
  to?: SimpleDate;
  /** Default: the local date. */
  today?: SimpleDate;
  date1904?: boolean;
  overrides?: TableOverride[];
  /** Override the rule set chosen by the period's end. */
  ruleset?: RuleSet;
}

export interface Analysis {
  dataset: Dataset;
  findings: Finding[];
  figures: Figures;
  ctx: RuleContext;
}

/** The report period: explicit options first, then the unit info, then the span of the meeting log's years. */
export function resolvePeriod(dataset: Dataset, today: SimpleDate, opts: AnalyzeOptions): Period {
  let from = opts.from || dataset.unit.periodFrom || null;
  let to = opts.to || dataset.unit.periodTo || null;
  if (!from || !to) {
    let minY = 0;
    let maxY = 0;
    for (let i = 0; i < dataset.meetings.length; i++) {
      const d = dataset.meetings[i].date;
      if (!d || compareDates(d, today) > 0) continue;
      if (!minY || d.y < minY) minY = d.y;
      if (!maxY || d.y > maxY) maxY = d.y;
    }
    if (!minY) minY = maxY = today.y;
    if (!from) from = { y: to ? to.y : minY, m: 1, d: 1 };
    if (!to) to = maxY === today.y ? today : { y: Math.max(maxY, from.y), m: 12, d: 31 };
  }
  return { from: from, to: to };
}

export function analyze(grids: Grid[], opts?: AnalyzeOptions): Analysis {
  const o = opts || {};
  const today = o.today || todayLocal();
  const read = readRegisters(grids, { date1904: o.date1904, overrides: o.overrides, today: today });
  const period = resolvePeriod(read.dataset, today, o);
  const ctx: RuleContext = { period: period, today: today, ruleset: o.ruleset || rulesetFor(period.to) };
  const ruleFindings = runRules(read.dataset, ctx);
  const fig = computeFigures(read.dataset, ctx);
  return {
    dataset: read.dataset,
    findings: sortFindings(read.findings.concat(ruleFindings, fig.findings)),
    figures: fig.figures,
    ctx: ctx,
  };
}
