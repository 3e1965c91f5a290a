/**
 * The summary sheet "Báo cáo sơ kết" as a SheetModel, laid out like the seed report: the header block
 * of Hướng dẫn 36-HD/VPTW, parts I (tình hình triển khai), II (kết quả thực hiện) and III (đánh giá
 * chung) with the computed paragraphs worded as the seed words them and, between them, named cells
 * for the office's own text; the closing sentence, "Nơi nhận:" and the signature block; then, on a
 * page of its own, the appendix of tables whose percentages are formulas over their counts.
 * Built block by block on a row cursor.
 */
import { cellBreakdown } from '../cellBreakdown';
import { SimpleDate } from '../dates';
import { Figures } from '../figures';
import { Dataset } from '../records';
import { RuleContext } from '../rules/context';
import { cleanText } from '../text/normalize';
import { admissionsTable, cellMeetingsTable, memberStructureTable } from './appendixTables';
import { admissionsSentence, cellsSentence, closingSentence, meetingParagraph, overviewParagraph } from './paragraphs';
import { documentNumberLine, headerBlock } from './reportHeader';
import { estimateRowHeight } from './rowHeight';
import { SheetDraft, textFont } from './sheetDraft';
import { CellStyle, SheetModel } from './sheetModel';
import { signatureBlock } from './signatureBlock';
import { PAGE_BODY_PT, STYLE, SUMMARY_COLUMN_WIDTHS, SUMMARY_FONT, SUMMARY_PRINT } from './summaryLayout';
import { issuingBodyName, unitWord } from './unitNames';

export { documentNumberLine, issuingBody, placeDateLine } from './reportHeader';

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

/**
 * Names of the cells kept for the office's own text (kept when the report is generated again), in
 * the order they appear. Every name starts with "NoiDung_".
 */
export const USER_TEXT = {
  overview: 'NoiDung_KhaiQuat',
  advantages: 'NoiDung_ThuanLoi',
  difficulties: 'NoiDung_KhoKhan',
  rollout: 'NoiDung_QuanTriet',
  meetings: 'NoiDung_SinhHoat',
  quality: 'NoiDung_NangCaoChatLuong',
  admissions: 'NoiDung_PhatTrienDangVien',
  innovation: 'NoiDung_SangTao',
  strengths: 'NoiDung_UuDiem',
  weaknesses: 'NoiDung_HanChe',
  causes: 'NoiDung_NguyenNhan',
  proposals: 'NoiDung_KienNghi',
  recipients: 'NoiDung_NoiNhan',
};

/** Share of a page's text area the appendix fills before a table moves to the next page (Excel and LibreOffice lay out a little differently). */
const PAGE_FILL = 0.97;

/** Room above a part heading and above a numbered heading, in points. */
const PART_SPACE = 8;
const HEADING_SPACE = 4;

/** A heading on the next row, with room above it (its text sits at the bottom of the row). */
function heading(draft: SheetDraft, text: string, style: CellStyle, space: number): void {
  draft.addSpace(draft.line(text, Object.assign({}, style, { vertical: 'bottom' })), space);
}

function part(draft: SheetDraft, text: string): void {
  heading(draft, text, STYLE.part, PART_SPACE);
}

function section(draft: SheetDraft, text: string): void {
  heading(draft, text, STYLE.heading, HEADING_SPACE);
}

function subsection(draft: SheetDraft, text: string): void {
  heading(draft, text, STYLE.subheading, HEADING_SPACE);
}

/** Room below a paragraph, in points. */
const PARAGRAPH_SPACE = 3;

/** A computed paragraph across the page; nothing when the text is empty. */
function computed(draft: SheetDraft, text: string): void {
  if (text) draft.addSpace(draft.line(text, STYLE.body, { role: 'computed' }), PARAGRAPH_SPACE);
}

/** An empty cell across the page for the office's own text, named so that regeneration keeps it. */
function userText(draft: SheetDraft, name: string, hint: string): void {
  const r = draft.row++;
  draft.put(r, 1, { value: null, role: 'userText', hint: hint, style: STYLE.userText });
  draft.merge(r, 1, draft.lastCol);
  draft.height(r, estimateRowHeight(hint, draft.widthPx(1, draft.lastCol), textFont({ font: { size: 14, italic: true } })));
  draft.name(name, { top: r, left: 1, bottom: r, right: draft.lastCol });
}

/** "Nghị quyết 03-NQ/ĐUK, ngày 22/02/2018 …", or "" when the unit info does not name it. */
function documentTitle(input: ReportInput): string {
  return cleanText(input.dataset.unit.documentTitle || '');
}

function partOne(draft: SheetDraft, input: ReportInput, decimals: number): void {
  const unit = input.dataset.unit;
  const title = documentTitle(input);
  part(draft, 'I. TÌNH HÌNH TRIỂN KHAI');
  section(draft, '1. Khái quát về đặc điểm, tình hình cơ quan, đơn vị');
  computed(draft, overviewParagraph(input.figures, unit, decimals));
  computed(draft, cellsSentence(input.figures, unit));
  userText(draft, USER_TEXT.overview, '(Nhập nội dung khái quát về đặc điểm, nhiệm vụ của cơ quan, đơn vị)');
  const task = title ? '; việc triển khai thực hiện ' + title : '';
  section(draft, '2. Những thuận lợi, khó khăn của ' + unitWord(unit) + ' liên quan đến công tác xây dựng Đảng' + task);
  subsection(draft, '2.1. Thuận lợi');
  userText(draft, USER_TEXT.advantages, '(Nhập nội dung thuận lợi của đơn vị)');
  subsection(draft, '2.2. Khó khăn');
  userText(draft, USER_TEXT.difficulties, '(Nhập nội dung khó khăn của đơn vị)');
}

function partTwo(draft: SheetDraft, input: ReportInput, decimals: number): void {
  const unit = input.dataset.unit;
  const title = documentTitle(input);
  part(draft, 'II. KẾT QUẢ THỰC HIỆN');
  section(draft, '1. Tình hình quán triệt, triển khai');
  userText(draft, USER_TEXT.rollout, '(Nhập nội dung quán triệt, triển khai thực hiện của đơn vị)');
  section(draft, '2. Trong thực hiện nâng cao chất lượng sinh hoạt chi bộ');
  computed(draft, meetingParagraph(input.figures, unit, input.ctx, decimals));
  userText(draft, USER_TEXT.meetings, '(Nhập nội dung đánh giá nội dung, chất lượng sinh hoạt chi bộ của đơn vị)');
  section(draft, '3. Việc nâng cao chất lượng sinh hoạt chi bộ' + (title ? ' theo nội dung ' + title : ''));
  userText(draft, USER_TEXT.quality, '(Nhập nội dung học tập nghị quyết, nhận thức, trách nhiệm của các chi bộ)');
  subsection(draft, '- Về công tác xây dựng tổ chức Đảng');
  computed(draft, admissionsSentence(input.figures, unit, input.ctx.period));
  userText(draft, USER_TEXT.admissions, '(Nhập nội dung đánh giá công tác xây dựng tổ chức Đảng, phát triển đảng viên)');
  section(draft, '4. Những sáng tạo, đổi mới khi thực hiện');
  userText(draft, USER_TEXT.innovation, '(Nhập những sáng tạo, đổi mới của đơn vị)');
}

function partThree(draft: SheetDraft): void {
  part(draft, 'III. ĐÁNH GIÁ CHUNG');
  section(draft, '1. Ưu điểm');
  userText(draft, USER_TEXT.strengths, '(Nhập nội dung ưu điểm)');
  section(draft, '2. Hạn chế, khuyết điểm');
  userText(draft, USER_TEXT.weaknesses, '(Nhập nội dung hạn chế, khuyết điểm)');
  section(draft, '3. Nguyên nhân ưu điểm và hạn chế, khuyết điểm');
  userText(draft, USER_TEXT.causes, '(Nhập nguyên nhân khách quan, chủ quan của ưu điểm và hạn chế)');
  section(draft, '4. Những kiến nghị, đề xuất');
  userText(draft, USER_TEXT.proposals, '(Nhập kiến nghị, đề xuất với cấp trên)');
}

/** "(Kèm theo Báo cáo số 45-BC/ĐU của Đảng ủy Sở Khoa học và Công nghệ)" */
function appendixNote(input: ReportInput): string {
  const unit = input.dataset.unit;
  const line = documentNumberLine(unit);
  const issuer = issuingBodyName(unit);
  return '(Kèm theo Báo cáo s' + line.slice(1) + (issuer ? ' của ' + issuer : '') + ')';
}

/**
 * The appendix, on a page of its own; a table that would run past the foot of its page starts the
 * next page instead (a table longer than a page still splits).
 */
function appendix(draft: SheetDraft, input: ReportInput, decimals: number): void {
  draft.pageBreak();
  let pageTop = draft.row;
  draft.line('PHỤ LỤC SỐ LIỆU', STYLE.appendixTitle);
  draft.line(appendixNote(input), STYLE.appendixNote);
  const tables = [
    function () {
      memberStructureTable(draft, input.figures, decimals, '1. Cơ cấu đảng viên');
    },
    function () {
      cellMeetingsTable(draft, cellBreakdown(input.dataset, input.ctx), '2. Sinh hoạt theo từng chi bộ');
    },
    function () {
      admissionsTable(draft, input.figures, input.ctx.period, '3. Kết nạp đảng viên theo năm');
    },
  ];
  for (let i = 0; i < tables.length; i++) {
    const first = draft.row;
    tables[i]();
    if (draft.row > first && first > pageTop && draft.heightOf(pageTop, draft.row - 1) > PAGE_BODY_PT * PAGE_FILL) {
      draft.pageBreak(first);
      pageTop = first;
    }
  }
}

export function buildSummarySheet(input: ReportInput): SheetModel {
  const options = input.options || {};
  const decimals = options.percentDecimals === undefined ? 1 : Math.max(0, Math.min(2, Math.floor(options.percentDecimals)));
  const unit = input.dataset.unit;
  const draft = new SheetDraft(SUMMARY_COLUMN_WIDTHS);

  headerBlock(draft, unit, input.ctx, options.reportDate);
  partOne(draft, input, decimals);
  partTwo(draft, input, decimals);
  partThree(draft);
  computed(draft, closingSentence(unit, input.ctx.period));
  draft.gap(6);
  signatureBlock(draft, unit, USER_TEXT.recipients);
  appendix(draft, input, decimals);

  return draft.toModel(SUMMARY_SHEET_NAME, SUMMARY_PRINT, SUMMARY_FONT);
}
