/**
 * The header block of a party document (Hướng dẫn 36-HD/VPTW): on the left the parent body (upper
 * case, 14 pt), the issuing body (upper case, 14 pt bold), "*" and the document number; on the right
 * "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold, underlined) and, level with the number, the italic place and
 * date. Below, "BÁO CÁO" (16 pt bold), the trích yếu (14 pt bold) and five hyphens.
 */
import { formatLongDate, SimpleDate } from '../dates';
import { UnitInfo } from '../records';
import { RuleContext } from '../rules/context';
import { cleanText } from '../text/normalize';
import { abstractLine } from './paragraphs';
import { issuingBodyName, unitWord } from './unitNames';
import { SheetDraft } from './sheetDraft';
import { SPANS, STYLE } from './summaryLayout';

/** "ĐẢNG ỦY SỞ KHOA HỌC VÀ CÔNG NGHỆ", or dots to fill in when the unit has no name. */
export function issuingBody(unit: UnitInfo): string {
  const name = issuingBodyName(unit);
  return name ? name.toUpperCase() : 'ĐẢNG ỦY ……………';
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

/** Five hyphens, as HD 36 sets them under the trích yếu (U+2010: a value never starts with "-"). */
export const ABSTRACT_RULE = '\u2010\u2010\u2010\u2010\u2010';

/** Writes the header block from row 1 on and leaves the draft's cursor below it. */
export function headerBlock(draft: SheetDraft, unit: UnitInfo, ctx: RuleContext, reportDate?: SimpleDate): void {
  const left = SPANS.headerLeft;
  const right = SPANS.headerRight;
  const parent = cleanText(unit.parentName || '').toUpperCase();
  if (parent) draft.shortText(1, left[0], left[1], parent, STYLE.parentBody);
  draft.shortText(1, right[0], right[1], 'ĐẢNG CỘNG SẢN VIỆT NAM', STYLE.partyLine);
  draft.shortText(2, left[0], left[1], issuingBody(unit), STYLE.issuingBody);
  draft.shortText(3, left[0], left[1], '*', STYLE.plainCentre);
  draft.shortText(4, SPANS.numberLeft[0], SPANS.numberLeft[1], documentNumberLine(unit), STYLE.plainCentre);
  draft.shortText(4, SPANS.dateRight[0], SPANS.dateRight[1], placeDateLine(unit, ctx, reportDate), STYLE.placeDate);
  draft.row = 5;
  draft.gap(12);
  draft.line('BÁO CÁO', STYLE.docType);
  draft.line(abstractLine(unit, ctx.period), STYLE.abstract);
  draft.line(ABSTRACT_RULE, STYLE.abstractRule);
  draft.gap(6);
}
