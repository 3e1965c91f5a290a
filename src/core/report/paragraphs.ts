/**
 * The computed sentences of the review report, worded as the offices word them (the seed report).
 * A figure that is absent is left out of its sentence, never printed as 0 or NaN; zero and one are
 * worded naturally ("chưa kết nạp được đảng viên mới", "không có đảng viên bị xóa tên").
 */
import { formatDate, Period } from '../dates';
import { Figures } from '../figures';
import { periodSpan } from '../periodMonths';
import { UnitInfo } from '../records';
import { RuleContext } from '../rules/context';
import { cleanText } from '../text/normalize';
import { formatComrades, formatCount, formatPercent } from '../text/numbers';
import { issuingBodyName, unitWord } from './unitNames';

export { unitWord } from './unitNames';

function has(f: Figures, id: string): boolean {
  return typeof f[id] === 'number' && isFinite(f[id]);
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Parts joined by "; " as one sentence: first letter upper case, a full stop at the end. "" when no part. */
function sentence(parts: string[]): string {
  const kept = parts.filter(function (p) {
    return p !== '';
  });
  return kept.length ? upperFirst(kept.join('; ')) + '.' : '';
}

function paragraph(sentences: string[]): string {
  return sentences
    .filter(function (s) {
      return s !== '';
    })
    .join(' ');
}

/** "2020-2025" from "Nhiệm kỳ 2020-2025" or "2020-2025"; "" when unknown. */
function termText(unit: UnitInfo): string {
  const t = cleanText(unit.term || '');
  return t.replace(/^nhi\u1ec7m k\u1ef3\s*/i, '').replace(/^nhiem ky\s*/i, '');
}

/**
 * The reporting span as the seed words it: "Trong 03 năm từ 2018 đến năm 2020", "Trong năm 2020",
 * or "Từ 01/07/2020 đến 31/12/2020".
 */
export function periodPhrase(period: Period): string {
  const span = periodSpan(period);
  if (span.unit === 'year' && span.count > 1) {
    return 'Trong ' + formatCount(span.count) + ' năm từ ' + period.from.y + ' đến năm ' + period.to.y;
  }
  if (span.unit === 'year' && period.from.y === period.to.y) return 'Trong năm ' + period.from.y;
  return 'Từ ' + formatDate(period.from) + ' đến ' + formatDate(period.to);
}

/** "Sơ kết 3 năm thực hiện Nghị quyết 03-NQ/ĐUK, …" */
export function abstractLine(unit: UnitInfo, period: Period): string {
  const span = periodSpan(period);
  const title = cleanText(unit.documentTitle || '') || '(tên văn bản được sơ kết)';
  return 'Sơ kết ' + span.count + (span.unit === 'year' ? ' năm' : ' tháng') + ' thực hiện ' + title;
}

/**
 * "Đảng bộ Sở Khoa học và Công nghệ là Đảng bộ cơ sở trực thuộc Đảng ủy Khối các cơ quan tỉnh.";
 * "" unless both names are known.
 */
export function introSentence(unit: UnitInfo): string {
  const name = cleanText(unit.partyName || '');
  const parent = cleanText(unit.parentName || '');
  if (!name || !parent) return '';
  return name + ' là ' + unitWord(unit) + ' cơ sở trực thuộc ' + parent + '.';
}

/** "Ban chấp hành Đảng bộ nhiệm kỳ 2020-2025, có 05 đồng chí; Ủy ban kiểm tra có 03 đồng chí." */
function committeeSentence(f: Figures, unit: UnitInfo): string {
  const parts: string[] = [];
  if (has(f, 'committee.executive')) {
    const term = termText(unit);
    parts.push(
      'Ban chấp hành ' + unitWord(unit) + (term ? ' nhiệm kỳ ' + term + ',' : '') + ' có ' + formatComrades(f['committee.executive']),
    );
  }
  if (has(f, 'committee.inspection')) parts.push('Ủy ban kiểm tra có ' + formatComrades(f['committee.inspection']));
  return sentence(parts);
}

/** "Đảng bộ có 66 đảng viên, đạt tỷ lệ 71% so với tổng số 93 công chức, viên chức, người lao động." */
function membersSentence(f: Figures, unit: UnitInfo, decimals: number): string {
  if (!has(f, 'members.total')) return '';
  let s = unitWord(unit) + ' có ' + formatCount(f['members.total']) + ' đảng viên';
  if (has(f, 'members.shareOfStaff') && has(f, 'staff.total')) {
    s +=
      ', đạt tỷ lệ ' +
      formatPercent(f['members.shareOfStaff'], decimals) +
      ' so với tổng số ' +
      formatCount(f['staff.total']) +
      ' công chức, viên chức, người lao động';
  }
  return s + '.';
}

function shareSuffix(f: Figures, id: string, decimals: number): string {
  return has(f, id + '.share') ? ' (chiếm ' + formatPercent(f[id + '.share'], decimals) + ')' : '';
}

/** "đảng viên có trình độ X: 26 đồng chí (chiếm 39,4%)", or "không có đảng viên có trình độ X". */
function levelPart(f: Figures, id: string, level: string, decimals: number): string {
  if (!has(f, id)) return '';
  if (f[id] === 0) return 'không có đảng viên có trình độ ' + level;
  return 'đảng viên có trình độ ' + level + ': ' + formatComrades(f[id]) + shareSuffix(f, id, decimals);
}

function genderPart(f: Figures): string {
  const out: string[] = [];
  const words: [string, string][] = [
    ['members.male', 'nam'],
    ['members.female', 'nữ'],
  ];
  for (let i = 0; i < words.length; i++) {
    const id = words[i][0];
    if (!has(f, id)) continue;
    out.push(f[id] === 0 ? 'không có đảng viên ' + words[i][1] : 'đảng viên ' + words[i][1] + ' có ' + formatComrades(f[id]));
  }
  return out.join(', ');
}

/** "Trong đó, đảng viên nam có 46 đồng chí, …; … trung cấp và sơ cấp có 01 đồng chí (chiếm 1,5%)." */
function compositionSentence(f: Figures, decimals: number): string {
  const parts: string[] = [
    genderPart(f),
    levelPart(f, 'theory.advanced', 'cao cấp, cử nhân lý luận chính trị', decimals),
    levelPart(f, 'theory.intermediate', 'trung cấp lý luận chính trị', decimals),
    levelPart(f, 'education.masterOrAbove', 'Thạc sĩ trở lên', decimals),
    levelPart(f, 'education.university', 'đại học', decimals),
  ];
  const id = 'education.intermediateOrElementary';
  if (has(f, id)) {
    parts.push(
      f[id] === 0
        ? 'không có đảng viên có trình độ trung cấp và sơ cấp'
        : 'trung cấp và sơ cấp có ' + formatComrades(f[id]) + shareSuffix(f, id, decimals),
    );
  }
  const kept = parts.filter(function (p) {
    return p !== '';
  });
  return kept.length ? 'Trong đó, ' + kept.join('; ') + '.' : '';
}

/**
 * The computed paragraph of "1. Khái quát": what the unit is, committee, members, share of staff,
 * gender, theory, education.
 */
export function overviewParagraph(f: Figures, unit: UnitInfo, decimals: number): string {
  return paragraph([
    introSentence(unit),
    committeeSentence(f, unit),
    membersSentence(f, unit, decimals),
    compositionSentence(f, decimals),
  ]);
}

/** "Đảng bộ có 04 chi bộ trực thuộc." A chi bộ cơ sở has none: nothing is said. */
export function cellsSentence(f: Figures, unit: UnitInfo): string {
  if (!has(f, 'cells.total') || unitWord(unit) === 'Chi bộ') return '';
  if (f['cells.total'] === 0) return unitWord(unit) + ' chưa có chi bộ trực thuộc.';
  return unitWord(unit) + ' có ' + formatCount(f['cells.total']) + ' chi bộ trực thuộc.';
}

function meetingCountSentence(f: Figures, period: Period, named: boolean): string {
  if (!has(f, 'meetings.regular') && !has(f, 'meetings.thematic')) return '';
  const who = named ? 'các chi bộ trực thuộc' : 'chi bộ';
  const r = has(f, 'meetings.regular') ? f['meetings.regular'] : 0;
  const t = has(f, 'meetings.thematic') ? f['meetings.thematic'] : 0;
  const lead = periodPhrase(period) + ', ';
  if (r === 0 && t === 0) return lead + who + ' chưa tổ chức buổi sinh hoạt nào được ghi trong sổ theo dõi.';
  const held: string[] = [];
  if (r > 0) held.push(formatCount(r) + ' buổi sinh hoạt thường kỳ');
  if (t > 0) held.push(formatCount(t) + ' buổi sinh hoạt chuyên đề');
  let s = lead + who + ' đã tổ chức ' + held.join(' và ');
  if (r === 0) s += '; chưa tổ chức buổi sinh hoạt thường kỳ nào';
  if (t === 0) s += '; chưa tổ chức buổi sinh hoạt chuyên đề nào';
  return s + '.';
}

interface Coverage {
  /** Figure id of the count of chi bộ that met the rule, e.g. "meetings.cellsAllMonths". */
  id: string;
  /** What they did: "duy trì sinh hoạt thường kỳ hằng tháng". */
  done: string;
  /** What a chi bộ that missed did not: "sinh hoạt thường kỳ đủ các tháng". */
  full: string;
}

const MONTHLY: Coverage = { id: 'meetings.cellsAllMonths', done: 'duy trì sinh hoạt thường kỳ hằng tháng', full: 'sinh hoạt thường kỳ đủ các tháng' };
const QUARTERLY: Coverage = { id: 'meetings.cellsAllQuarters', done: 'sinh hoạt chuyên đề hằng quý', full: 'sinh hoạt chuyên đề đủ các quý' };

/** "100% chi bộ trực thuộc duy trì …", "Có 02/03 chi bộ trực thuộc (66,7%) …", "Chưa có chi bộ trực thuộc nào …". */
function coverageSentence(f: Figures, c: Coverage, named: boolean, decimals: number): string {
  if (!has(f, c.id + '.share')) return '';
  const share = f[c.id + '.share'];
  if (!named) return share === 1 ? 'Chi bộ ' + c.done + '.' : 'Chi bộ chưa ' + c.full + '.';
  if (share === 1) return '100% chi bộ trực thuộc ' + c.done + '.';
  if (f[c.id] === 0) return 'Chưa có chi bộ trực thuộc nào ' + c.full + '.';
  const of = has(f, 'cells.total') ? '/' + formatCount(f['cells.total']) : '';
  return 'Có ' + formatCount(f[c.id]) + of + ' chi bộ trực thuộc (' + formatPercent(share, decimals) + ') ' + c.full + '.';
}

/**
 * The computed meeting paragraph of "II. KẾT QUẢ THỰC HIỆN": meetings held, chi bộ meeting every month,
 * attendance, resolutions and quality per the rule set of the period.
 */
export function meetingParagraph(f: Figures, unit: UnitInfo, ctx: RuleContext, decimals: number): string {
  // A đảng bộ speaks of its chi bộ trực thuộc; a chi bộ cơ sở of itself.
  const named = has(f, 'cells.total') && unitWord(unit) !== 'Chi bộ';
  const parts: string[] = [];
  if (has(f, 'meetings.attendanceRate')) {
    parts.push('tỷ lệ đảng viên dự sinh hoạt đạt ' + formatPercent(f['meetings.attendanceRate'], decimals));
  }
  if (has(f, 'meetings.withResolutionShare')) {
    parts.push(formatPercent(f['meetings.withResolutionShare'], decimals) + ' buổi sinh hoạt có nghị quyết hoặc kết luận');
  }
  if (has(f, 'meetings.superiorAttendedShare')) {
    const sup = f['meetings.superiorAttendedShare'];
    parts.push(
      sup === 0 ? 'chưa có buổi sinh hoạt nào có cấp ủy cấp trên dự' : formatPercent(sup, decimals) + ' buổi sinh hoạt có cấp ủy cấp trên dự',
    );
  }
  if (has(f, 'meetings.qualityShare')) {
    parts.push(formatPercent(f['meetings.qualityShare'], decimals) + ' buổi sinh hoạt đạt chất lượng theo ' + ctx.ruleset.basis);
  }
  return paragraph([
    meetingCountSentence(f, ctx.period, named),
    coverageSentence(f, MONTHLY, named, decimals),
    coverageSentence(f, QUARTERLY, named, decimals),
    sentence(parts),
  ]);
}

/**
 * "Trong 03 năm từ 2018 đến năm 2020 toàn Đảng bộ đã kết nạp được 06 đảng viên mới; không có đảng viên
 * bị xóa tên sau khi hết thời gian dự bị."
 */
export function admissionsSentence(f: Figures, unit: UnitInfo, period: Period): string {
  if (!has(f, 'admissions.total')) return '';
  const who = unitWord(unit) === 'Đảng bộ' ? 'toàn Đảng bộ' : 'Chi bộ';
  const n = f['admissions.total'];
  let s =
    periodPhrase(period) +
    ' ' +
    who +
    (n === 0 ? ' chưa kết nạp được đảng viên mới' : ' đã kết nạp được ' + formatCount(n) + ' đảng viên mới');
  if (has(f, 'probation.struckOff')) {
    const k = f['probation.struckOff'];
    s +=
      k === 0
        ? '; không có đảng viên bị xóa tên sau khi hết thời gian dự bị'
        : '; có ' + formatCount(k) + ' đảng viên bị xóa tên sau khi hết thời gian dự bị';
  }
  return s + '.';
}

/**
 * "Trên đây là Báo cáo sơ kết 3 năm thực hiện Nghị quyết … của Đảng ủy Sở Khoa học và Công nghệ, trân
 * trọng báo cáo."
 */
export function closingSentence(unit: UnitInfo, period: Period): string {
  const abstract = abstractLine(unit, period);
  const issuer = issuingBodyName(unit);
  return 'Trên đây là Báo cáo ' + abstract.charAt(0).toLowerCase() + abstract.slice(1) + (issuer ? ' của ' + issuer : '') + ', trân trọng báo cáo.';
}
