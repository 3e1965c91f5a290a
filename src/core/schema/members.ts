/**
 * The member list (danh sách đảng viên): its fields with their Vietnamese names and header spellings,
 * and the reading of its rows into Member records. Covers the usual office layouts, the Nam|Nữ birth
 * columns of older lists, and the 33-column "File nhập liệu" of the 2025 national database.
 */
import { CellValue, Grid, isBlank } from '../grid';
import { Member, MemberField } from '../records';
import { TableLayout, TableSchema } from '../table';
import { scanRecordRows } from './recordRows';
import { FieldSpec, compileFields } from './fieldSpec';
import { EDUCATION, GENDER, STATUS, THEORY, categoryParser, isMark } from './categories';
import { CellReader } from './cellReader';
import { cardNumberText, cellText } from './values';

const BIRTH = ['Ngày sinh', 'Ngày, tháng, năm sinh', 'Năm sinh', 'Sinh ngày', 'Ngày tháng năm sinh', 'Ngày, tháng sinh'];

function withSuffix(list: string[], suffix: string): string[] {
  return list.map(function (s) {
    return s + ' ' + suffix;
  });
}

/** "Xếp loại năm 2020", "Đánh giá, xếp loại năm 2020", "Xếp loại" over "2020". */
function matchRating(folded: string): number {
  if (!/(^| )(xep loai|danh gia)( |$)/.test(folded)) return 0;
  return /(^| )(19|20)\d\d( |$)/.test(folded) ? 1 : 0;
}

export const MEMBER_FIELDS: FieldSpec[] = [
  {
    id: 'name',
    label: 'Họ và tên',
    exact: ['Họ và tên', 'Họ tên', 'Họ và tên khai sinh', 'Tên đảng viên', 'Họ và tên đảng viên', 'Họ tên đảng viên'],
    exclude: ['chu tri', 'thu ky', 'nguoi', 'goi khac', 'cha', 'me', 'vo', 'chong', 'dem', 'lot'],
    weight: 3,
  },
  // The name in two columns: "Họ và tên" over "Họ và tên đệm" | "Tên", or "Họ và đệm" | "Tên" side by side.
  // Together they outweigh the full-name column (3) that the merged "Họ và tên" would give alone.
  {
    id: 'nameSurname',
    label: 'Họ và tên đệm',
    exact: ['Họ và tên đệm', 'Họ tên đệm', 'Họ, tên đệm', 'Họ đệm', 'Họ và đệm', 'Họ và chữ đệm', 'Họ chữ đệm', 'Họ và tên lót', 'Họ lót', 'Họ'],
    exclude: ['chu tri', 'thu ky', 'nguoi', 'goi khac', 'cha', 'me', 'vo', 'chong'],
    weight: 2,
  },
  { id: 'nameGiven', label: 'Tên', exact: ['Tên'], weight: 2 },
  { id: 'gender', label: 'Giới tính', exact: ['Giới tính', 'Nam/Nữ', 'Nam hay nữ', 'GT', 'Nam, nữ'], exclude: ['dan toc', 'ton giao'], weight: 2 },
  { id: 'genderMale', label: 'Giới tính (cột Nam)', exact: ['Nam', 'Giới tính Nam'] },
  { id: 'genderFemale', label: 'Giới tính (cột Nữ)', exact: ['Nữ', 'Giới tính Nữ'] },
  { id: 'birth', label: 'Ngày sinh', exact: BIRTH, exclude: ['hoat', 'noi'], weight: 2 },
  { id: 'birthMale', label: 'Ngày sinh (cột Nam)', exact: withSuffix(BIRTH, 'Nam'), weight: 1 },
  { id: 'birthFemale', label: 'Ngày sinh (cột Nữ)', exact: withSuffix(BIRTH, 'Nữ'), weight: 1 },
  { id: 'ethnicity', label: 'Dân tộc', exact: ['Dân tộc', 'DT'], exclude: ['ton giao', 'nam nu'] },
  { id: 'religion', label: 'Tôn giáo', exact: ['Tôn giáo', 'TG'], exclude: ['dan toc'] },
  {
    id: 'admitted',
    label: 'Ngày vào Đảng',
    exact: ['Ngày vào Đảng', 'Ngày kết nạp', 'Ngày vào Đảng (dự bị)', 'Ngày vào Đảng dự bị', 'Ngày kết nạp Đảng', 'Ngày kết nạp vào Đảng', 'Ngày KN', 'Ngày vào Đảng DB', 'Ngày dự bị', 'Ngày vào ĐCSVN'],
    exclude: ['chinh thuc', 'the', 'ct'],
    weight: 2,
  },
  {
    id: 'official',
    label: 'Ngày chính thức',
    exact: [
      'Ngày chính thức',
      'Ngày vào Đảng chính thức',
      'Ngày công nhận chính thức',
      'Ngày được công nhận chính thức',
      'Ngày chuyển chính thức',
      'Ngày CT',
      'Ngày chính thức vào Đảng',
      'Ngày vào Đảng CT',
      'Ngày đảng viên chính thức',
      'Chính thức',
    ],
  },
  {
    id: 'cell',
    label: 'Chi bộ',
    exact: ['Chi bộ', 'Tổ chức Đảng đang sinh hoạt', 'Sinh hoạt tại chi bộ', 'Tên chi bộ', 'Chi bộ sinh hoạt', 'Chi bộ đang sinh hoạt', 'Thuộc chi bộ', 'CB'],
    exclude: ['bi thu', 'chi uy', 'cap uy', 'ngay'],
  },
  {
    id: 'education',
    label: 'Trình độ chuyên môn',
    exact: [
      'Trình độ chuyên môn',
      'Chuyên môn',
      'Trình độ CM',
      'Chuyên môn nghiệp vụ',
      'Học vấn',
      'Trình độ học vấn',
      'Trình độ chuyên môn nghiệp vụ',
      'Trình độ CMNV',
      'CMNV',
      'Trình độ đào tạo',
      'CM',
      'TĐCM',
      'Trình độ chuyên môn, nghiệp vụ',
    ],
    exclude: ['ly luan', 'chinh tri', 'llct', 'ngoai ngu', 'tin hoc', 'quan ly nha nuoc'],
  },
  {
    id: 'theory',
    label: 'Lý luận chính trị',
    exact: ['Lý luận chính trị', 'Trình độ LLCT', 'LLCT', 'Chính trị', 'Trình độ lý luận chính trị', 'Trình độ lý luận', 'Lý luận', 'TĐ LLCT', 'Lý luận CT', 'LL CT'],
    exclude: ['chuc vu', 'ngoai ngu', 'chuyen mon', 'cmnv'],
  },
  { id: 'position', label: 'Chức vụ', exact: ['Chức vụ', 'Chức vụ Đảng', 'Chức vụ hiện nay', 'Chức danh'] },
  {
    id: 'cardNumber',
    label: 'Số thẻ đảng viên',
    exact: ['Số thẻ đảng viên', 'Số thẻ Đảng', 'Số thẻ', 'Số thẻ ĐV'],
    exclude: ['85', 'quyet dinh', 'cu', 'ngay', 'noi cap', 'ly lich', 'huy hieu'],
  },
  {
    id: 'status',
    label: 'Trạng thái',
    exact: ['Trạng thái', 'Trạng thái hoạt động', 'Tình trạng', 'Tình trạng sinh hoạt', 'Trạng thái đảng viên'],
  },
  {
    id: 'leftDate',
    label: 'Ngày rời',
    exact: [
      'Ngày rời',
      'Ngày chuyển đi',
      'Ngày rời khỏi/ Ngày mất/ Ngày miễn sinh hoạt Đảng',
      'Ngày rời khỏi',
      'Ngày ra khỏi Đảng',
      'Ngày từ trần',
    ],
  },
  { id: 'rating', label: 'Xếp loại', exact: [], exclude: ['chi bo', 'to chuc'], multi: true, match: matchRating },
];

const LABELS: { [id: string]: string } = {};
MEMBER_FIELDS.forEach(function (f) {
  LABELS[f.id] = f.label;
});

/** The Vietnamese name of a member field ("name" -> "Họ và tên"). */
export function memberFieldLabel(id: string): string {
  const i = id.indexOf(':');
  if (i > 0) return LABELS[id.slice(0, i)] + ' ' + id.slice(i + 1);
  return LABELS[id] || id;
}

export const MEMBER_SCHEMA: TableSchema = {
  kind: 'members',
  fields: compileFields(MEMBER_FIELDS),
  key: [['name'], ['nameSurname', 'nameGiven']],
  required: [
    ['name', 'nameSurname'],
    ['gender', 'genderMale', 'genderFemale', 'birthMale', 'birthFemale'],
    ['birth', 'birthMale', 'birthFemale'],
    ['admitted'],
  ],
  minFields: 3,
  multiKey: function (id: string, folded: string): string | null {
    const m = folded.match(/(^| )((19|20)\d\d)( |$)/);
    return m ? m[2] : null;
  },
};

export interface MemberTableResult {
  members: Member[];
  lastDataRow: number;
  /** Group-title rows seen (they give the chi bộ). */
  groupRows: number;
  /** Group-title and total rows, where merged cells are expected. */
  layoutRows: { [row: number]: true };
}

const parseGender = categoryParser(GENDER);
const parseTheory = categoryParser(THEORY);
const parseEducation = categoryParser(EDUCATION);
const parseStatus = categoryParser(STATUS);

/** Read the rows of a member table. `sheetCell` is the chi bộ of the whole sheet, if any. */
export function readMemberTable(grid: Grid, layout: TableLayout, rd: CellReader, sheetCell: string | null): MemberTableResult {
  const col = layout.columns;
  const c = function (id: string): number | undefined {
    return col[id];
  };
  // A full-name column wins; else the name is "Họ và đệm" and "Tên" joined, located at the first.
  const cFull = c('name');
  const cSurname = cFull === undefined && c('nameGiven') !== undefined ? c('nameSurname') : undefined;
  const cGiven = cSurname !== undefined ? c('nameGiven') : undefined;
  const cName = cFull !== undefined ? cFull : cSurname;
  const cGender = c('gender');
  const cMale = c('genderMale');
  const cFemale = c('genderFemale');
  const cBirth = c('birth');
  const cBirthM = c('birthMale');
  const cBirthF = c('birthFemale');
  const splitBirth = cBirth === undefined && (cBirthM !== undefined || cBirthF !== undefined);
  const ratingCols: { year: number; col: number }[] = [];
  for (const id in col) if (id.indexOf('rating:') === 0) ratingCols.push({ year: +id.slice(7), col: col[id] });
  ratingCols.sort(function (a, b) {
    return a.year - b.year;
  });

  const baseColumns: Partial<Record<MemberField, string>> = {};
  const plain: MemberField[] = [
    'name',
    'gender',
    'birth',
    'ethnicity',
    'religion',
    'admitted',
    'official',
    'cell',
    'education',
    'theory',
    'position',
    'cardNumber',
    'status',
    'leftDate',
  ];
  for (let i = 0; i < plain.length; i++) if (col[plain[i]] !== undefined) baseColumns[plain[i]] = rd.letter(col[plain[i]]);
  if (cFull === undefined && cSurname !== undefined) baseColumns.name = rd.letter(cSurname);
  if (ratingCols.length) baseColumns.rating = rd.letter(ratingCols[0].col);
  if (cGender === undefined && cMale !== undefined) baseColumns.gender = rd.letter(cMale);
  const maleColumns = splitBirth && cBirthM !== undefined ? withBirthColumn(baseColumns, rd.letter(cBirthM), cGender === undefined) : baseColumns;
  const femaleColumns = splitBirth && cBirthF !== undefined ? withBirthColumn(baseColumns, rd.letter(cBirthF), cGender === undefined) : baseColumns;

  const members: Member[] = [];
  const scan = scanRecordRows(grid, layout, rd, function (visit, group, groupRows) {
    const r = visit.row;
    const raw: Partial<Record<MemberField, CellValue>> = {};
    const get = function (field: MemberField, cc: number | undefined): CellValue {
      if (cc === undefined) return null;
      const v = rd.value(r, cc);
      raw[field] = v;
      return v;
    };

    const name = cGiven !== undefined ? joinName(get('name', cName), rd.value(r, cGiven)) : cellText(get('name', cName));
    const who = { who: name || '' };
    if (name === null && cName !== undefined) rd.missing(r, cName, LABELS.name, '');

    let gender: Member['gender'] = null;
    let genderDone = false;
    if (cGender !== undefined) {
      gender = rd.category(get('gender', cGender), r, cGender, parseGender, GENDER, who);
      genderDone = true;
    } else if (cMale !== undefined || cFemale !== undefined) {
      const m = cMale !== undefined ? isMark(rd.value(r, cMale)) : false;
      const f = cFemale !== undefined ? isMark(rd.value(r, cFemale)) : false;
      raw.gender = m && !f ? 'Nam' : f && !m ? 'Nữ' : null;
      if (m !== f) gender = m ? 'male' : 'female';
      else if (!m) rd.missing(r, cMale !== undefined ? cMale : cFemale!, GENDER.label, who.who);
      else rd.add('unknown-category', r, cMale!, 'x', { value: 'x ở cả cột Nam và cột Nữ', field: GENDER.label, suggestion: '' });
      genderDone = true;
    }

    let birth: Member['birth'] = null;
    let columns = baseColumns;
    if (cBirth !== undefined) {
      birth = rd.date(get('birth', cBirth), r, cBirth, LABELS.birth, who);
    } else if (splitBirth) {
      const vm = cBirthM !== undefined ? rd.value(r, cBirthM) : null;
      const vf = cBirthF !== undefined ? rd.value(r, cBirthF) : null;
      const hasM = !isBlank(vm);
      const hasF = !isBlank(vf);
      if (hasM || hasF) {
        const useCol = hasM ? cBirthM! : cBirthF!;
        const v = hasM ? vm : vf;
        raw.birth = v;
        columns = hasM ? maleColumns : femaleColumns;
        birth = rd.date(v, r, useCol, LABELS.birth, null);
        if (!genderDone) {
          if (hasM && hasF) {
            rd.add('unknown-category', r, cBirthF!, vf, { value: 'ngày sinh ở cả cột Nam và cột Nữ', field: GENDER.label, suggestion: '' });
          } else {
            gender = hasM ? 'male' : 'female';
            raw.gender = v;
          }
        }
      } else {
        rd.missing(r, cBirthM !== undefined ? cBirthM : cBirthF!, LABELS.birth, who.who);
      }
    }

    const cAdm = c('admitted');
    const admitted = cAdm !== undefined ? rd.date(get('admitted', cAdm), r, cAdm, LABELS.admitted, who) : null;
    const cOff = c('official');
    const official = cOff !== undefined ? rd.date(get('official', cOff), r, cOff, LABELS.official, null) : null;
    const cLeft = c('leftDate');
    const leftDate = cLeft !== undefined ? rd.date(get('leftDate', cLeft), r, cLeft, LABELS.leftDate, null) : null;

    const cEdu = c('education');
    const education = cEdu !== undefined ? rd.category(get('education', cEdu), r, cEdu, parseEducation, EDUCATION, null) : null;
    const cTh = c('theory');
    const theory = cTh !== undefined ? rd.category(get('theory', cTh), r, cTh, parseTheory, THEORY, null) : null;
    const cSt = c('status');
    const statusId = cSt !== undefined ? rd.category(get('status', cSt), r, cSt, parseStatus, STATUS, null) : null;

    const cCell = c('cell');
    const cellValue = cCell !== undefined ? cellText(get('cell', cCell)) : null;
    const cCard = c('cardNumber');

    const ratings: { year: number; value: string }[] = [];
    for (let i = 0; i < ratingCols.length; i++) {
      const v = rd.value(r, ratingCols[i].col);
      if (i === 0) raw.rating = v;
      const t = cellText(v);
      if (t !== null) ratings.push({ year: ratingCols[i].year, value: t });
    }

    const member: Member = {
      src: { sheet: grid.sheet, row: r, columns: columns },
      name: name,
      gender: gender,
      birth: birth,
      ethnicity: cellText(get('ethnicity', c('ethnicity'))),
      religion: cellText(get('religion', c('religion'))),
      admitted: admitted,
      official: official,
      cell: cellValue || group || sheetCell,
      education: education,
      theory: theory,
      position: cellText(get('position', c('position'))),
      cardNumber: cardNumberText(get('cardNumber', cCard)),
      status: statusId === 'probationary' ? 'active' : statusId,
      leftDate: leftDate,
      ratings: ratings,
      raw: raw,
    };
    if (statusId === 'probationary') member.statedProbationary = true;
    members.push(member);
  });
  return { members: members, lastDataRow: scan.lastDataRow, groupRows: scan.groupRows, layoutRows: scan.layoutRows };
}

/** "Nguyễn Văn" + "An" -> "Nguyễn Văn An"; either part may be empty. */
function joinName(surname: CellValue, given: CellValue): string | null {
  const a = cellText(surname);
  const b = cellText(given);
  if (a === null) return b;
  if (b === null) return a;
  return a + ' ' + b;
}

function withBirthColumn(base: Partial<Record<MemberField, string>>, letter: string, gender: boolean): Partial<Record<MemberField, string>> {
  const out: Partial<Record<MemberField, string>> = {};
  for (const k in base) out[k as MemberField] = base[k as MemberField];
  out.birth = letter;
  if (gender) out.gender = letter;
  return out;
}
