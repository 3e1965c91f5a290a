/**
 * The figures the sample registers are built to give, written by hand from the plan in
 * sampleRegisters.ts (and the seed report), not computed by code. Shares are fractions.
 */
export const SAMPLE_EXPECTED: Readonly<Record<string, number>> = {
  'staff.total': 93,
  'committee.executive': 5,
  'committee.inspection': 3,
  'members.total': 66,
  'members.shareOfStaff': 66 / 93,
  'members.official': 64,
  'members.probationary': 2,
  'members.male': 46,
  'members.male.share': 46 / 66,
  'members.female': 20,
  'members.female.share': 20 / 66,
  'members.exempt': 1,
  'members.ethnicMinority': 2,
  'members.religious': 1,
  'theory.advanced': 26,
  'theory.advanced.share': 26 / 66,
  'theory.intermediate': 17,
  'theory.intermediate.share': 17 / 66,
  'theory.elementary': 18,
  'theory.none': 5,
  'education.doctorate': 2,
  'education.master': 21,
  'education.masterOrAbove': 23,
  'education.masterOrAbove.share': 23 / 66,
  'education.university': 42,
  'education.university.share': 42 / 66,
  'education.college': 0,
  'education.intermediate': 1,
  'education.elementary': 0,
  'education.intermediateOrElementary': 1,
  'education.intermediateOrElementary.share': 1 / 66,
  'cells.total': 4,
  'admissions.total': 6,
  'admissions.2018': 2,
  'admissions.2019': 2,
  'admissions.2020': 2,
  'probation.struckOff': 0,
  // 4 chi bộ × 36 months; 4 chi bộ × 12 quarters.
  'meetings.regular': 144,
  'meetings.thematic': 48,
  'meetings.cellsAllMonths': 4,
  'meetings.cellsAllMonths.share': 1,
  'meetings.cellsAllQuarters': 4,
  'meetings.cellsAllQuarters.share': 1,
  // 192 meetings: 4 without a resolution; 10 with an unexcused absence, 10 of 75 minutes and those 4
  // (disjoint) fall short of the 2018 criteria; "x" in every sixth row.
  'meetings.withResolutionShare': 188 / 192,
  'meetings.qualityShare': 168 / 192,
  'meetings.superiorAttendedShare': 32 / 192,
};

/** Rows of the sample member list (66 counted + 4 not counted on 31/12/2020). */
export const SAMPLE_MEMBER_ROWS = 70;
/** Rows of the sample meeting log. */
export const SAMPLE_MEETING_ROWS = 192;
