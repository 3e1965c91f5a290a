/**
 * The figure catalogue (DESIGN section 5): every figure's stable id, Vietnamese label and kind.
 * Counts are whole numbers, shares are fractions (0..1) and printed as percentages, numbers are
 * plain values such as the average age. A share of a count names its numerator and base figures
 * so that the report can write it as a formula over those counts.
 */

export type FigureKind = 'count' | 'share' | 'number';

export interface FigureDef {
  id: string;
  label: string;
  kind: FigureKind;
  /** Shares of counts: the numerator figure. */
  numerator?: string;
  /** Shares of counts: the base figure. */
  base?: string;
}

/** Member counts that have a `<id>.share` over members.total, in report order. */
export const MEMBER_COUNT_IDS: string[] = [
  'members.official',
  'members.probationary',
  'members.male',
  'members.female',
  'members.exempt',
  'members.ethnicMinority',
  'members.religious',
  'theory.advanced',
  'theory.intermediate',
  'theory.elementary',
  'theory.none',
  'education.doctorate',
  'education.master',
  'education.masterOrAbove',
  'education.university',
  'education.college',
  'education.intermediate',
  'education.elementary',
  'education.intermediateOrElementary',
];

const COUNT_LABELS: Record<string, string> = {
  'staff.total': 'Tổng số cán bộ, công chức, viên chức, người lao động',
  'committee.executive': 'Số ủy viên Ban chấp hành',
  'committee.inspection': 'Số ủy viên Ủy ban kiểm tra',
  'members.total': 'Tổng số đảng viên',
  'members.official': 'Đảng viên chính thức',
  'members.probationary': 'Đảng viên dự bị',
  'members.male': 'Đảng viên nam',
  'members.female': 'Đảng viên nữ',
  'members.exempt': 'Đảng viên được miễn công tác và sinh hoạt đảng',
  'members.ethnicMinority': 'Đảng viên là người dân tộc thiểu số',
  'members.religious': 'Đảng viên có tôn giáo',
  'theory.advanced': 'Lý luận chính trị cao cấp, cử nhân',
  'theory.intermediate': 'Lý luận chính trị trung cấp',
  'theory.elementary': 'Lý luận chính trị sơ cấp',
  'theory.none': 'Chưa qua đào tạo lý luận chính trị',
  'education.doctorate': 'Chuyên môn tiến sĩ',
  'education.master': 'Chuyên môn thạc sĩ',
  'education.masterOrAbove': 'Chuyên môn thạc sĩ trở lên',
  'education.university': 'Chuyên môn đại học',
  'education.college': 'Chuyên môn cao đẳng',
  'education.intermediate': 'Chuyên môn trung cấp',
  'education.elementary': 'Chuyên môn sơ cấp',
  'education.intermediateOrElementary': 'Chuyên môn trung cấp và sơ cấp',
  'cells.total': 'Số chi bộ trực thuộc',
  'admissions.total': 'Số đảng viên mới kết nạp trong kỳ',
  'probation.struckOff': 'Đảng viên dự bị bị xóa tên',
  'meetings.regular': 'Số buổi sinh hoạt thường kỳ',
  'meetings.thematic': 'Số buổi sinh hoạt chuyên đề',
  'meetings.cellsAllMonths': 'Số chi bộ sinh hoạt thường kỳ đủ các tháng',
  'meetings.cellsAllQuarters': 'Số chi bộ sinh hoạt chuyên đề đủ các quý',
};

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function buildDefs(): FigureDef[] {
  const defs: FigureDef[] = [];
  function count(id: string): void {
    defs.push({ id: id, label: COUNT_LABELS[id], kind: 'count' });
  }
  function shareOf(id: string, base: string): void {
    defs.push({ id: id + '.share', label: 'Tỷ lệ ' + lowerFirst(COUNT_LABELS[id]), kind: 'share', numerator: id, base: base });
  }
  count('staff.total');
  count('committee.executive');
  count('committee.inspection');
  count('members.total');
  defs.push({
    id: 'members.shareOfStaff',
    label: 'Tỷ lệ đảng viên so với tổng số cán bộ, công chức, viên chức, người lao động',
    kind: 'share',
    numerator: 'members.total',
    base: 'staff.total',
  });
  for (let i = 0; i < MEMBER_COUNT_IDS.length; i++) {
    count(MEMBER_COUNT_IDS[i]);
    shareOf(MEMBER_COUNT_IDS[i], 'members.total');
  }
  defs.push({ id: 'members.averageAge', label: 'Tuổi bình quân của đảng viên', kind: 'number' });
  count('cells.total');
  count('admissions.total');
  count('probation.struckOff');
  count('meetings.regular');
  count('meetings.thematic');
  count('meetings.cellsAllMonths');
  shareOf('meetings.cellsAllMonths', 'cells.total');
  count('meetings.cellsAllQuarters');
  shareOf('meetings.cellsAllQuarters', 'cells.total');
  defs.push({ id: 'meetings.attendanceRate', label: 'Tỷ lệ đảng viên dự sinh hoạt', kind: 'share' });
  defs.push({ id: 'meetings.withResolutionShare', label: 'Tỷ lệ buổi sinh hoạt có nghị quyết, kết luận', kind: 'share' });
  defs.push({ id: 'meetings.qualityShare', label: 'Tỷ lệ buổi sinh hoạt đạt chất lượng', kind: 'share' });
  defs.push({ id: 'meetings.superiorAttendedShare', label: 'Tỷ lệ buổi sinh hoạt có cấp ủy cấp trên dự', kind: 'share' });
  return defs;
}

/**
 * Every figure with a fixed id. Besides these, `admissions.<year>` (e.g. `admissions.2019`) is a
 * count for each year of the period; `figureDef` knows it.
 */
export const FIGURE_DEFS: ReadonlyArray<FigureDef> = buildDefs();

const BY_ID: Record<string, FigureDef> = {};
for (let i = 0; i < FIGURE_DEFS.length; i++) BY_ID[FIGURE_DEFS[i].id] = FIGURE_DEFS[i];

/** The id of the admissions count of one year: "admissions.2019". */
export function admissionsYearId(year: number): string {
  return 'admissions.' + year;
}

/** The definition of a figure id, including `admissions.<year>`; undefined for an unknown id. */
export function figureDef(id: string): FigureDef | undefined {
  if (Object.prototype.hasOwnProperty.call(BY_ID, id)) return BY_ID[id];
  const m = /^admissions\.(\d{4})$/.exec(id);
  if (m) return { id: id, label: 'Số đảng viên kết nạp năm ' + m[1], kind: 'count' };
  return undefined;
}

/** The Vietnamese label of a figure id (the id itself when unknown). */
export function figureLabel(id: string): string {
  const d = figureDef(id);
  return d ? d.label : id;
}
