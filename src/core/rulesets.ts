/**
 * Dated rule sets: the thresholds the party's rules set, chosen by the report period's end date.
 * Every threshold is configurable by passing a modified copy.
 */
import { compareDates, SimpleDate } from './dates';

export interface RuleSet {
  id: '2018' | '2025';
  /** Vietnamese citation shown in findings and the report. */
  basis: string;
  /** The rule set applies to periods ending on or after this date. */
  since: SimpleDate;
  /** A thường kỳ meeting every month. */
  regularEveryMonth: boolean;
  /** A chuyên đề meeting every quarter. */
  thematicEveryQuarter: boolean;
  /** Attendance must be strictly above this share (exempt members excluded from the base). */
  minAttendanceShare: number;
  /** No unexcused absence for a meeting to count as đạt chất lượng. */
  noUnexcusedAbsence: boolean;
  /** Minimum length in minutes where start and end times are recorded. */
  minMinutes: number;
  /** Minimum length when a chuyên đề and a thường kỳ meeting share one session; null when no such rule. */
  minMinutesCombined: number | null;
  /** A resolution or conclusion must be recorded. */
  resolutionRequired: boolean;
  /** Probation length in months. */
  probationMonths: number;
  /** Minimum age at admission. */
  minAdmissionAge: number;
}

export const RULESET_2018: RuleSet = {
  id: '2018',
  basis: 'Chỉ thị 10-CT/TW ngày 30/3/2007, Hướng dẫn 12-HD/BTCTW ngày 06/7/2018',
  since: { y: 1900, m: 1, d: 1 },
  regularEveryMonth: true,
  thematicEveryQuarter: true,
  minAttendanceShare: 0.85,
  noUnexcusedAbsence: true,
  minMinutes: 90,
  minMinutesCombined: null,
  resolutionRequired: true,
  probationMonths: 12,
  minAdmissionAge: 18,
};

export const RULESET_2025: RuleSet = {
  id: '2025',
  basis: 'Chỉ thị 50-CT/TW ngày 23/7/2025, Hướng dẫn 42-HD/BTCTW ngày 28/10/2025',
  since: { y: 2025, m: 10, d: 28 },
  regularEveryMonth: true,
  thematicEveryQuarter: true,
  minAttendanceShare: 0.85,
  noUnexcusedAbsence: true,
  minMinutes: 90,
  minMinutesCombined: 120,
  resolutionRequired: true,
  probationMonths: 12,
  minAdmissionAge: 18,
};

export const RULESETS: RuleSet[] = [RULESET_2018, RULESET_2025];

/** The newest rule set in force on the period's end date. */
export function rulesetFor(periodEnd: SimpleDate): RuleSet {
  let chosen = RULESETS[0];
  for (let i = 0; i < RULESETS.length; i++) if (compareDates(RULESETS[i].since, periodEnd) <= 0) chosen = RULESETS[i];
  return chosen;
}
