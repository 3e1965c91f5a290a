/**
 * Heading rows inside a register's data: a short title on a row of its own that is not a record.
 * Some name the chi bộ of the rows under them ("I. Chi bộ Văn phòng", "II. Văn phòng Sở"); others only
 * divide the list ("A. ĐẢNG VIÊN CHÍNH THỨC", "B. Đảng viên dự bị", "Tháng 01/2020", "Quý I/2020",
 * "Năm 2019") and must neither become a chi bộ nor raise a finding.
 *
 * What counts as a chi bộ heading, from the safest evidence to the weakest:
 *  1. The title starts with "Chi bộ" or "CB" (after its numbering): "I. Chi bộ Văn phòng", "CB Kỹ thuật".
 *  2. A numbered title that names a chi bộ further in: "1. Đảng viên Chi bộ Văn phòng".
 *  3. A title numbered with a Roman numeral (I, II, III ...) that is neither a period, nor a kind of
 *     member, nor a body above the chi bộ: "I. Văn phòng Sở". Offices number their chi bộ this way.
 * Everything else that looks like a heading is a section: numbered with a letter ("A.", "B."), a
 * period ("Tháng 01/2020", "THÁNG 1 NĂM 2020", "Quý I/2020", "Năm 2019", "6 tháng đầu năm 2020"), a kind of
 * member ("Đảng viên dự bị", "Đảng viên đã chuyển sinh hoạt"), or a body above the chi bộ ("A. Khối cơ
 * quan", "I. Đảng bộ bộ phận ..."). Sections keep the chi bộ of the heading above them: a member list
 * divided into "A. Đảng viên chính thức" / "B. Đảng viên dự bị" inside one chi bộ stays in that chi bộ.
 * Why letters do not name a chi bộ: a wrong chi bộ changes the figures silently (count of chi bộ, members
 * per chi bộ), while a chi bộ left unnamed falls back to the sheet's chi bộ or shows as missing. A list
 * lettered by chi bộ names them with "Chi bộ" in practice, and rule 1 takes those.
 * A title without numbering (or numbered "1.") is a section only when it plainly is one: a period, a
 * kind of member spelled out ("Đảng viên dự bị"), "Danh sách ...", "Khối ...". A lone "Đặng Viên" or
 * "Đặng Uy" is a person's name, not a heading; so is a number and a name ("01 | Nguyễn Văn An").
 */
import { CellValue } from '../grid';
import { cleanText, fold } from '../text/normalize';
import { cellNameFromTitle } from './cellTitle';

export type RowHeading = { kind: 'cell'; name: string } | { kind: 'section'; label: string };

const ROMAN = /^[IVX]+$/;
const LETTER = /^[A-Za-z]$/;
/** The numbering alone in its own cell: "I", "II.", "A", "B)". */
const NUMBER_CELL = /^([IVXLC]+|[A-Za-z])[.)]?$/;
/** Numbering before the title in the same cell: "I. ", "B) ", "A - ", "1. ". */
const NUMBER_PREFIX = /^([IVXLC]+|[A-Za-z]|\d{1,2})\s*[.)\-:]\s+/;

/** "Tháng 01/2020", "THÁNG 1 NĂM 2020", "Quý I/2020", "Năm 2019", "6 tháng đầu năm 2020" (folded). */
const PERIOD = /^((6|sau|9|chin) thang (dau|cuoi) nam|thang (0?[1-9]|1[0-2])|quy (0?[1-4]|i|ii|iii|iv)|nam (19|20)[0-9][0-9])( |$)/;
/** A kind of member, or a list or body rather than one chi bộ (folded, at the start of the title). */
const SECTION_START = /^(dang vien|danh sach|khoi|dang bo|dang uy|cac chi bo)( |$)/;
/** Unnumbered headings need more: a person may be called "Đặng Viên ..." or "Đặng Uy". */
const PLAIN_SECTION = /^(danh sach|khoi|cac chi bo)( |$)/;
/** Words that mark a kind of member anywhere in the title. */
const MEMBER_KIND = /(^| )(du bi|chinh thuc|mien sinh hoat|chuyen sinh hoat|chuyen di|tu tran|xoa ten|khai tru)( |$)/;

type Numbering = 'roman' | 'letter' | 'digit' | null;

function numberingOf(token: string): Numbering {
  const t = token.replace(/[.)\-:\s]+$/, '');
  if (ROMAN.test(t)) return 'roman';
  if (LETTER.test(t)) return 'letter';
  if (/^\d{1,2}$/.test(t)) return 'digit';
  return null;
}

/**
 * What a row of one or two text cells is, when it is a heading: the chi bộ it names, a section, or null
 * when it is not a heading (a name alone, a number and a name).
 */
export function rowHeading(values: CellValue[]): RowHeading | null {
  if (values.length === 0 || values.length > 2) return null;
  for (let i = 0; i < values.length; i++) if (typeof values[i] !== 'string') return null;
  const texts = values.map(function (v) {
    return cleanText(String(v));
  });
  let numbering: Numbering = null;
  let title: string;
  if (texts.length === 2) {
    if (NUMBER_CELL.test(texts[0])) numbering = numberingOf(texts[0]);
    else if (!/^(chi bo|cb)( |$)/.test(fold(texts[1]))) return null;
    title = texts[1];
  } else {
    title = texts[0];
  }
  const prefix = title.match(NUMBER_PREFIX);
  if (prefix && numbering === null) {
    numbering = numberingOf(prefix[1]);
    title = title.slice(prefix[0].length);
  }
  const name = cleanText(title.replace(/\([^)]*\)\s*$/, ''));
  const f = fold(name);
  if (!f || /^[0-9 ]+$/.test(f)) return null;
  if (/^(chi bo|cb)( |$)/.test(f)) return { kind: 'cell', name: name };
  if (PERIOD.test(f)) return { kind: 'section', label: name };
  if (numbering !== null) {
    const named = cellNameFromTitle(name);
    if (named) return { kind: 'cell', name: named };
  }
  const sectionLike = SECTION_START.test(f) || MEMBER_KIND.test(f);
  if (numbering === 'roman' && !sectionLike) return { kind: 'cell', name: name };
  if (numbering === 'roman' || numbering === 'letter') return { kind: 'section', label: name };
  // Digits or no numbering: a heading only when it plainly is one ("1. Đảng viên dự bị").
  if (PLAIN_SECTION.test(f) || (/^dang vien( |$)/.test(f) && MEMBER_KIND.test(f))) return { kind: 'section', label: name };
  return null;
}
