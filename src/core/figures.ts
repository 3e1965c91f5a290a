/**
 * The figures of the review report (DESIGN section 5), computed from the registers for the period.
 * Members counted are those active on the period's end date (membership.ts); miễn sinh hoạt members
 * count. A figure that cannot be computed is absent, and the figures the summary sheet prints produce
 * one `figure-not-computable` finding per cause (not one per figure of a family).
 */
import { CellBreakdown, cellBreakdown, isRegularKind, isThematicKind } from './cellBreakdown';
import { compareDates, formatDate, inPeriod, SimpleDate, yearsBetween } from './dates';
import { admissionsYearId, MEMBER_COUNT_IDS } from './figureCatalogue';
import { Finding, makeFinding } from './findings';
import { assessMeeting } from './meetingQuality';
import { isActiveOn, isOfficialOn } from './membership';
import { roundHalfUp } from './text/numbers';
import { Dataset, Meeting, MeetingField, Member, MemberField } from './records';
import { RuleContext } from './rules/context';
import { fold } from './text/normalize';

export { FIGURE_DEFS, figureDef, figureLabel, admissionsYearId } from './figureCatalogue';
export type { FigureDef, FigureKind } from './figureCatalogue';
export { cellBreakdown } from './cellBreakdown';
export type { CellBreakdown, CellTally } from './cellBreakdown';

/** Figure id -> value. A figure that cannot be computed is absent (never 0 or NaN). Shares are fractions. */
export type Figures = Record<string, number>;

interface NotComputable {
  figure: string;
  reason: string;
  sheet?: string | null;
}

function hasColumn(m: Member, field: MemberField): boolean {
  return m.src.columns[field] !== undefined || m.raw[field] !== undefined;
}

function logHas(m: Meeting, field: MeetingField): boolean {
  return m.src.columns[field] !== undefined || m.raw[field] !== undefined;
}

function isEmptyRaw(m: Member, field: MemberField): boolean {
  const v = m.raw[field];
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

const NO_RELIGION: Record<string, true> = { khong: true, 'khong co': true, 'khong ton giao': true };

/** Dân tộc other than Kinh; null when unknown (empty). */
function isEthnicMinority(ethnicity: string | null): boolean | null {
  if (ethnicity === null) return null;
  const f = fold(ethnicity);
  if (!f) return null;
  return (' ' + f + ' ').indexOf(' kinh ') < 0;
}

/** Tôn giáo not empty and not "Không"; null when unknown (empty). */
function isReligious(religion: string | null): boolean | null {
  if (religion === null) return null;
  const f = fold(religion);
  if (!f) return null;
  return !NO_RELIGION[f];
}

/** Classify each distinct spelling once: registers repeat "Kinh" and "Không" on every row. */
function memo(classify: (s: string | null) => boolean | null): (s: string | null) => boolean | null {
  const seen = new Map<string, boolean | null>();
  return function (s: string | null): boolean | null {
    if (s === null) return null;
    let r = seen.get(s);
    if (r === undefined) {
      r = classify(s);
      seen.set(s, r);
    }
    return r;
  };
}

function ageOn(birth: SimpleDate, on: SimpleDate): number {
  return birth.yearOnly ? on.y - birth.y : yearsBetween(birth, on);
}

function firstSheet(dataset: Dataset, kind: 'members' | 'meetings' | 'unit'): string | null {
  for (let i = 0; i < dataset.tables.length; i++) if (dataset.tables[i].kind === kind) return dataset.tables[i].sheet;
  return null;
}

function hasMemberList(dataset: Dataset): boolean {
  return dataset.members.length > 0 || firstSheet(dataset, 'members') !== null;
}

function memberFigures(dataset: Dataset, ctx: RuleContext, fig: Figures, missing: NotComputable[]): void {
  const to = ctx.period.to;
  const c: Record<string, number> = {};
  for (let i = 0; i < MEMBER_COUNT_IDS.length; i++) c[MEMBER_COUNT_IDS[i]] = 0;
  const seen = { official: false, ethnicity: false, religion: false, theory: false, education: false };
  const minority = memo(isEthnicMinority);
  const religious = memo(isReligious);
  let total = 0;
  let ageSum = 0;
  let ageCount = 0;
  for (let i = 0; i < dataset.members.length; i++) {
    const m = dataset.members[i];
    if (!isActiveOn(m, to)) continue;
    total++;
    if (hasColumn(m, 'official')) seen.official = true;
    if (isOfficialOn(m, to)) c['members.official']++;
    else c['members.probationary']++;
    if (m.gender === 'male') c['members.male']++;
    else if (m.gender === 'female') c['members.female']++;
    if (m.status === 'exempt') c['members.exempt']++;
    if (hasColumn(m, 'ethnicity')) seen.ethnicity = true;
    if (minority(m.ethnicity) === true) c['members.ethnicMinority']++;
    if (hasColumn(m, 'religion')) seen.religion = true;
    if (religious(m.religion) === true) c['members.religious']++;
    if (hasColumn(m, 'theory')) {
      seen.theory = true;
      if (m.theory === 'advanced' || m.theory === 'bachelor') c['theory.advanced']++;
      else if (m.theory === 'intermediate') c['theory.intermediate']++;
      else if (m.theory === 'elementary') c['theory.elementary']++;
      else if (m.theory === 'none' || (m.theory === null && isEmptyRaw(m, 'theory'))) c['theory.none']++;
    }
    if (hasColumn(m, 'education')) {
      seen.education = true;
      switch (m.education) {
        case 'doctorate':
          c['education.doctorate']++;
          break;
        case 'master':
          c['education.master']++;
          break;
        case 'university':
          c['education.university']++;
          break;
        case 'college':
          c['education.college']++;
          break;
        case 'intermediate':
          c['education.intermediate']++;
          break;
        case 'elementary':
          c['education.elementary']++;
          break;
        default:
          break;
      }
    }
    if (m.birth) {
      const age = ageOn(m.birth, to);
      if (age >= 0) {
        ageSum += age;
        ageCount++;
      }
    }
  }
  c['education.masterOrAbove'] = c['education.doctorate'] + c['education.master'];
  c['education.intermediateOrElementary'] = c['education.intermediate'] + c['education.elementary'];

  fig['members.total'] = total;
  const sheet = firstSheet(dataset, 'members');
  const keep: Record<string, boolean> = {};
  for (let i = 0; i < MEMBER_COUNT_IDS.length; i++) {
    const id = MEMBER_COUNT_IDS[i];
    const family = id.split('.')[0];
    let ok = true;
    if (id === 'members.official' || id === 'members.probationary') ok = seen.official;
    else if (id === 'members.ethnicMinority') ok = seen.ethnicity;
    else if (id === 'members.religious') ok = seen.religion;
    else if (family === 'theory') ok = seen.theory;
    else if (family === 'education') ok = seen.education;
    keep[id] = ok;
  }
  if (!seen.theory && total > 0) {
    missing.push({ figure: 'Trình độ lý luận chính trị của đảng viên', reason: 'danh sách đảng viên không có cột lý luận chính trị', sheet: sheet });
  }
  if (!seen.education && total > 0) {
    missing.push({ figure: 'Trình độ chuyên môn của đảng viên', reason: 'danh sách đảng viên không có cột trình độ chuyên môn', sheet: sheet });
  }
  for (let i = 0; i < MEMBER_COUNT_IDS.length; i++) {
    const id = MEMBER_COUNT_IDS[i];
    if (!keep[id]) continue;
    fig[id] = c[id];
    if (total > 0) fig[id + '.share'] = c[id] / total;
  }
  if (total === 0) {
    missing.push({
      figure: 'Tỷ lệ cơ cấu đảng viên',
      reason: 'không có đảng viên nào đang sinh hoạt vào ngày ' + formatDate(to),
      sheet: sheet,
    });
  }
  if (ageCount > 0) fig['members.averageAge'] = roundHalfUp(ageSum / ageCount, 1);
}

function admissionFigures(dataset: Dataset, ctx: RuleContext, fig: Figures): void {
  const byYear: Record<number, number> = {};
  for (let y = ctx.period.from.y; y <= ctx.period.to.y; y++) byYear[y] = 0;
  let total = 0;
  let struckOff = 0;
  for (let i = 0; i < dataset.members.length; i++) {
    const m = dataset.members[i];
    if (m.admitted && inPeriod(m.admitted, ctx.period)) {
      total++;
      byYear[m.admitted.y]++;
    }
    if (m.status === 'struckOff' && m.leftDate && !m.official && inPeriod(m.leftDate, ctx.period)) struckOff++;
  }
  fig['admissions.total'] = total;
  for (let y = ctx.period.from.y; y <= ctx.period.to.y; y++) fig[admissionsYearId(y)] = byYear[y];
  fig['probation.struckOff'] = struckOff;
}

function cellFigures(dataset: Dataset, b: CellBreakdown, fig: Figures, missing: NotComputable[]): void {
  if (b.named) {
    fig['cells.total'] = b.cells.length;
    return;
  }
  // A chi bộ cơ sở has no chi bộ trực thuộc: nothing is missing.
  if (/^chi bo\b/.test(fold(dataset.unit.partyName || ''))) return;
  const sheet = firstSheet(dataset, 'members');
  missing.push({ figure: 'Số chi bộ trực thuộc', reason: 'danh sách đảng viên và sổ sinh hoạt không ghi tên chi bộ', sheet: sheet });
}

function meetingFigures(dataset: Dataset, ctx: RuleContext, b: CellBreakdown, fig: Figures, missing: NotComputable[]): void {
  const sheet = firstSheet(dataset, 'meetings');
  if (!b.hasMeetingLog) {
    missing.push({ figure: 'Số liệu sinh hoạt chi bộ', reason: 'không tìm thấy sổ theo dõi sinh hoạt chi bộ' });
    return;
  }
  let regular = 0;
  let thematic = 0;
  let present = 0;
  let expected = 0;
  let resolutionKnown = 0;
  let resolutionYes = 0;
  let superiorKnown = 0;
  let superiorYes = 0;
  let assessed = 0;
  let good = 0;
  for (let i = 0; i < b.meetings.length; i++) {
    const pm = b.meetings[i];
    const m = pm.meeting;
    if (isRegularKind(pm.kind)) regular++;
    if (isThematicKind(pm.kind)) thematic++;
    if (m.present !== null && m.total !== null) {
      present += m.present;
      expected += m.total - (m.exempt || 0);
    }
    // Where the log has the column, an empty cell means "no" (the columns are usually marked with "x").
    if (m.hasResolution !== null || logHas(m, 'hasResolution')) {
      resolutionKnown++;
      if (m.hasResolution) resolutionYes++;
    }
    if (m.superiorAttended !== null || logHas(m, 'superiorAttended')) {
      superiorKnown++;
      if (m.superiorAttended) superiorYes++;
    }
    const q = assessMeeting(m, ctx.ruleset);
    if (q.assessed) {
      assessed++;
      if (q.ok) good++;
    }
  }
  fig['meetings.regular'] = regular;
  fig['meetings.thematic'] = thematic;

  // Chi bộ meeting in every month / quarter asked for. The base is the chi bộ of the breakdown.
  const base = b.cells.length;
  if (base > 0 && b.monthsAsked.length > 0) {
    let all = 0;
    for (let i = 0; i < b.cells.length; i++) if ((b.cells[i].monthsWithoutRegular || []).length === 0) all++;
    fig['meetings.cellsAllMonths'] = all;
    fig['meetings.cellsAllMonths.share'] = all / base;
  } else if (base > 0) {
    missing.push({
      figure: 'Tỷ lệ chi bộ sinh hoạt thường kỳ hằng tháng',
      reason: 'kỳ báo cáo chưa có tháng nào kết thúc trước ngày ' + formatDate(ctx.today),
      sheet: sheet,
    });
  }
  if (base > 0 && b.quartersAsked.length > 0) {
    let all = 0;
    for (let i = 0; i < b.cells.length; i++) if ((b.cells[i].quartersWithoutThematic || []).length === 0) all++;
    fig['meetings.cellsAllQuarters'] = all;
    fig['meetings.cellsAllQuarters.share'] = all / base;
  }

  if (b.meetings.length === 0) {
    missing.push({
      figure: 'Tỷ lệ dự sinh hoạt, có nghị quyết, đạt chất lượng',
      reason:
        'sổ theo dõi không có buổi sinh hoạt nào trong kỳ báo cáo (từ ' +
        formatDate(ctx.period.from) +
        ' đến ' +
        formatDate(compareDates(ctx.period.to, ctx.today) < 0 ? ctx.period.to : ctx.today) +
        ')',
      sheet: sheet,
    });
    return;
  }
  if (expected > 0) fig['meetings.attendanceRate'] = present / expected;
  else missing.push({ figure: 'Tỷ lệ đảng viên dự sinh hoạt', reason: 'sổ theo dõi không ghi tổng số và số đảng viên có mặt', sheet: sheet });
  if (resolutionKnown > 0) fig['meetings.withResolutionShare'] = resolutionYes / resolutionKnown;
  else missing.push({ figure: 'Tỷ lệ buổi sinh hoạt có nghị quyết, kết luận', reason: 'sổ theo dõi không ghi việc ra nghị quyết, kết luận', sheet: sheet });
  if (assessed > 0) fig['meetings.qualityShare'] = good / assessed;
  else missing.push({ figure: 'Tỷ lệ buổi sinh hoạt đạt chất lượng', reason: 'sổ theo dõi không ghi số liệu nào để đánh giá chất lượng', sheet: sheet });
  if (superiorKnown > 0) fig['meetings.superiorAttendedShare'] = superiorYes / superiorKnown;
}

function unitFigures(dataset: Dataset, fig: Figures, missing: NotComputable[]): void {
  const u = dataset.unit;
  const sheet = firstSheet(dataset, 'unit');
  if (sheet === null && u.executiveCount === null && u.inspectionCount === null && u.staffTotal === null) {
    missing.push({
      figure: 'Số ủy viên Ban chấp hành, Ủy ban kiểm tra và tỷ lệ đảng viên so với tổng số cán bộ, công chức, viên chức, người lao động',
      reason: 'không tìm thấy trang thông tin đơn vị',
    });
    return;
  }
  if (u.executiveCount !== null) fig['committee.executive'] = u.executiveCount;
  else missing.push({ figure: 'Số ủy viên Ban chấp hành', reason: 'thông tin đơn vị không ghi số ủy viên Ban chấp hành', sheet: sheet });
  if (u.inspectionCount !== null) fig['committee.inspection'] = u.inspectionCount;
  else missing.push({ figure: 'Số ủy viên Ủy ban kiểm tra', reason: 'thông tin đơn vị không ghi số ủy viên Ủy ban kiểm tra', sheet: sheet });
  if (u.staffTotal !== null) fig['staff.total'] = u.staffTotal;
  else {
    missing.push({
      figure: 'Tỷ lệ đảng viên so với tổng số cán bộ, công chức, viên chức, người lao động',
      reason: 'thông tin đơn vị không ghi tổng số cán bộ, công chức, viên chức, người lao động',
      sheet: sheet,
    });
  }
}

export function computeFigures(dataset: Dataset, ctx: RuleContext): { figures: Figures; findings: Finding[] } {
  const fig: Figures = {};
  const missing: NotComputable[] = [];
  unitFigures(dataset, fig, missing);
  const b = cellBreakdown(dataset, ctx);
  if (hasMemberList(dataset)) {
    memberFigures(dataset, ctx, fig, missing);
    admissionFigures(dataset, ctx, fig);
  } else {
    missing.push({ figure: 'Số liệu đảng viên', reason: 'không tìm thấy danh sách đảng viên' });
  }
  if (fig['members.total'] !== undefined && fig['staff.total'] !== undefined) {
    if (fig['staff.total'] > 0) fig['members.shareOfStaff'] = fig['members.total'] / fig['staff.total'];
    else {
      missing.push({
        figure: 'Tỷ lệ đảng viên so với tổng số cán bộ, công chức, viên chức, người lao động',
        reason: 'tổng số cán bộ, công chức, viên chức, người lao động bằng 0',
        sheet: firstSheet(dataset, 'unit'),
      });
    }
  }
  if (hasMemberList(dataset) || b.hasMeetingLog) cellFigures(dataset, b, fig, missing);
  meetingFigures(dataset, ctx, b, fig, missing);
  const findings = missing.map(function (x) {
    return makeFinding('figure-not-computable', { sheet: x.sheet || null, row: null, column: null }, { figure: x.figure, reason: x.reason });
  });
  return { figures: fig, findings: findings };
}
