/**
 * The summary sheet "Báo cáo sơ kết" as a SheetModel: the header block of Hướng dẫn 36-HD/VPTW, the
 * computed paragraphs of parts I and II with cells for the office's own text between them, and an
 * appendix of tables. Built block by block on a row cursor, so a fuller layout (part III, "Nơi nhận",
 * the signature block) is added as further blocks.
 */
import { cellBreakdown } from '../cellBreakdown';
import { formatLongDate, SimpleDate } from '../dates';
import { Figures } from '../figures';
import { Dataset, UnitInfo } from '../records';
import { RuleContext } from '../rules/context';
import { cleanText, fold } from '../text/normalize';
import { admissionsTable, cellMeetingsTable, memberStructureTable } from './appendixTables';
import { abstractLine, admissionsSentence, cellsSentence, meetingParagraph, overviewParagraph, unitWord } from './paragraphs';
import { heightForLines } from './rowHeight';
import { SheetDraft } from './sheetDraft';
import { SheetModel } from './sheetModel';
import { BODY_SIZE, STYLE, SUMMARY_COLUMN_WIDTHS, SUMMARY_FONT, SUMMARY_PRINT } from './summaryLayout';

export interface ReportOptions {
  /** Decimals of percentages on paper, 0-2 (default 1). */
  percentDecimals?: number;
  /** The date printed in the place-and-date line; without it, day and month are left blank to fill in. */
  reportDate?: SimpleDate;
}

export interface ReportInput {
  dataset: Dataset;
  figures: Figures;
  ctx: RuleContext;
  options?: ReportOptions;
}

export const SUMMARY_SHEET_NAME = 'Báo cáo sơ kết';

/** Names of the cells kept for the office's own text (kept when the report is generated again). */
export const USER_TEXT = {
  overview: 'NoiDung_KhaiQuat',
  advantages: 'NoiDung_ThuanLoi',
  difficulties: 'NoiDung_KhoKhan',
  rollout: 'NoiDung_QuanTriet',
  meetings: 'NoiDung_SinhHoat',
  admissions: 'NoiDung_PhatTrienDangVien',
};

const LEFT_END = 3;
const RIGHT_START = 4;

/** "ĐẢNG ỦY SỞ KHOA HỌC VÀ CÔNG NGHỆ" from "Đảng bộ Sở Khoa học và Công nghệ": the committee issues the report. */
export function issuingBody(unit: UnitInfo): string {
  const name = cleanText(unit.partyName || '');
  if (!name) return 'ĐẢNG ỦY ……………';
  const words = name.split(' ');
  if (words.length > 2 && fold(words[0] + ' ' + words[1]) === 'dang bo') return ('Đảng ủy ' + words.slice(2).join(' ')).toUpperCase();
  return name.toUpperCase();
}

/** "Số 15-BC/ĐU", or "Số     -BC/ĐU" for the office to fill in. */
export function documentNumberLine(unit: UnitInfo): string {
  const suffix = unitWord(unit) === 'Chi bộ' ? '-BC/CB' : '-BC/ĐU';
  const n = cleanText(unit.documentNumber || '').replace(/^s\u1ed1\s*/i, '');
  if (!n) return 'Số      ' + suffix;
  if (/^\d+$/.test(n)) return 'Số ' + n + suffix;
  return 'Số ' + n;
}

/** "Vĩnh Phúc, ngày 05 tháng 03 năm 2021", or with day and month blank to fill in by hand. */
export function placeDateLine(unit: UnitInfo, ctx: RuleContext, date?: SimpleDate): string {
  const place = cleanText(unit.place || '') || '……………';
  if (date) return place + ', ' + formatLongDate(date);
  return place + ', ngày      tháng      năm ' + ctx.today.y;
}

function headerBlock(draft: SheetDraft, unit: UnitInfo, ctx: RuleContext, options: ReportOptions): void {
  const last = draft.lastCol;
  const parent = cleanText(unit.parentName || '').toUpperCase();
  draft.text(1, 1, LEFT_END, parent, STYLE.parentBody);
  draft.text(1, RIGHT_START, last, 'ĐẢNG CỘNG SẢN VIỆT NAM', STYLE.partyLine);
  draft.text(2, 1, LEFT_END, issuingBody(unit), STYLE.issuingBody);
  draft.text(3, 1, LEFT_END, '*', STYLE.plainCentre);
  draft.text(3, RIGHT_START, last, placeDateLine(unit, ctx, options.reportDate), STYLE.placeDate);
  draft.text(4, 1, LEFT_END, documentNumberLine(unit), STYLE.plainCentre);
  draft.row = 5;
  draft.gap(12);
  draft.line('BÁO CÁO', STYLE.docType);
  draft.line(abstractLine(unit, ctx.period), STYLE.abstract);
  draft.gap(12);
}

/** A computed paragraph across the page; nothing when the text is empty. */
function computed(draft: SheetDraft, text: string): void {
  if (text) draft.line(text, STYLE.body, { role: 'computed' });
}

/** An empty cell across the page for the office's own text, named so that regeneration keeps it. */
function userText(draft: SheetDraft, name: string, hint: string): void {
  const r = draft.row++;
  draft.put(r, 1, { value: null, role: 'userText', hint: hint, style: Object.assign({ wrap: true }, STYLE.body) });
  draft.merge(r, 1, draft.lastCol);
  draft.height(r, heightForLines(4, BODY_SIZE));
  draft.name(name, { top: r, left: 1, bottom: r, right: draft.lastCol });
}

export function buildSummarySheet(input: ReportInput): SheetModel {
  const options = input.options || {};
  const decimals = options.percentDecimals === undefined ? 1 : Math.max(0, Math.min(2, Math.floor(options.percentDecimals)));
  const f = input.figures;
  const unit = input.dataset.unit;
  const ctx = input.ctx;
  const draft = new SheetDraft(SUMMARY_COLUMN_WIDTHS);

  headerBlock(draft, unit, ctx, options);

  draft.line('I. TÌNH HÌNH TRIỂN KHAI', STYLE.part);
  draft.line('1. Khái quát về đặc điểm, tình hình cơ quan, đơn vị', STYLE.heading);
  computed(draft, overviewParagraph(f, unit, decimals));
  computed(draft, cellsSentence(f, unit));
  userText(draft, USER_TEXT.overview, '(Nhập nội dung khái quát về đặc điểm, nhiệm vụ của cơ quan, đơn vị)');
  draft.line('2. Những thuận lợi, khó khăn', STYLE.heading);
  draft.line('2.1. Thuận lợi', STYLE.subheading);
  userText(draft, USER_TEXT.advantages, '(Nhập nội dung thuận lợi của đơn vị)');
  draft.line('2.2. Khó khăn', STYLE.subheading);
  userText(draft, USER_TEXT.difficulties, '(Nhập nội dung khó khăn của đơn vị)');

  draft.line('II. KẾT QUẢ THỰC HIỆN', STYLE.part);
  draft.line('1. Tình hình quán triệt, triển khai', STYLE.heading);
  userText(draft, USER_TEXT.rollout, '(Nhập nội dung quán triệt, triển khai thực hiện của đơn vị)');
  draft.line('2. Việc thực hiện chế độ sinh hoạt chi bộ', STYLE.heading);
  computed(draft, meetingParagraph(f, ctx, decimals));
  userText(draft, USER_TEXT.meetings, '(Nhập nội dung đánh giá nội dung, chất lượng sinh hoạt chi bộ của đơn vị)');
  draft.line('3. Công tác phát triển đảng viên', STYLE.heading);
  computed(draft, admissionsSentence(f, unit, ctx.period));
  userText(draft, USER_TEXT.admissions, '(Nhập nội dung đánh giá công tác phát triển đảng viên của đơn vị)');

  draft.gap(12);
  draft.line('PHỤ LỤC SỐ LIỆU', STYLE.appendixTitle);
  draft.line('(Tính từ danh sách đảng viên và sổ theo dõi sinh hoạt chi bộ của kỳ báo cáo)', STYLE.note);
  memberStructureTable(draft, f, decimals, '1. Cơ cấu đảng viên');
  cellMeetingsTable(draft, cellBreakdown(input.dataset, ctx), '2. Sinh hoạt theo từng chi bộ');
  admissionsTable(draft, f, ctx.period, '3. Kết nạp đảng viên theo năm');

  return draft.toModel(SUMMARY_SHEET_NAME, SUMMARY_PRINT, SUMMARY_FONT);
}
