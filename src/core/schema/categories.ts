/**
 * Category values and the spellings real registers use (DESIGN section 3, notes/domain.md section 2).
 * Each column has its own table, so a code is resolved per column: "TC" is trung cấp in both the theory
 * and the education column, "CN" is cử nhân chính trị only in the theory column.
 *
 * A value is read as:
 * - the canonical label or another correct spelling (no finding);
 * - a recognised variant ("Thạc sỹ", "ThS", "nữ"): read, with the canonical spelling as suggestion;
 * - unknown: not read, with the closest label (edit distance on folded text) as suggestion.
 */
import { CellValue } from '../grid';
import { cleanText, fold } from '../text/normalize';
import { EducationLevel, Gender, MeetingKind, MemberStatus, TheoryLevel } from '../records';
import { editDistance } from '../text/editDistance';
import { sameSpelling, textAfterWords, textOfWords } from './spelling';

export interface CategoryEntry<T extends string> {
  id: T;
  /** The canonical label, e.g. "Thạc sĩ". */
  label: string;
  /** Other correct spellings, read without a finding ("PGS.TS", "Đang sinh hoạt Đảng"). */
  accepted?: string[];
  /** Recognised spellings that are not canonical ("Thạc sỹ", "ThS"). */
  variants?: string[];
}

export interface CategoryTable<T extends string> {
  /** Field id, used in group keys: "education". */
  field: string;
  /** Vietnamese field name: "Trình độ chuyên môn". */
  label: string;
  entries: CategoryEntry<T>[];
  /**
   * Whether a spelling may start a longer value: 'keep' keeps the rest ("Thạc sĩ Kinh tế" is master,
   * and needs no fix), 'drop' reads only the start ("Cao cấp - Cử nhân" is advanced, a variant),
   * 'none' needs the whole value.
   */
  prefix: 'none' | 'keep' | 'drop';
}

export type CategoryResult<T extends string> =
  | { kind: 'empty' }
  /** `suggestion` is the canonical spelling of this value; `variant` says the value differs from it. */
  | { kind: 'ok'; id: T; variant: boolean; suggestion: string }
  | { kind: 'unknown'; suggestion: string | null };

export const GENDER: CategoryTable<Gender> = {
  field: 'gender',
  label: 'Giới tính',
  prefix: 'none',
  entries: [
    { id: 'male', label: 'Nam' },
    { id: 'female', label: 'Nữ' },
  ],
};

export const THEORY: CategoryTable<TheoryLevel> = {
  field: 'theory',
  label: 'Lý luận chính trị',
  prefix: 'drop',
  entries: [
    {
      id: 'advanced',
      label: 'Cao cấp',
      variants: ['Cao cấp LLCT', 'Cao cấp chính trị', 'Cao cấp lý luận chính trị', 'CC', 'CCCT', 'CCLLCT', 'Cao cấp - Cử nhân'],
    },
    { id: 'bachelor', label: 'Cử nhân', variants: ['Cử nhân chính trị', 'Cử nhân LLCT', 'CN', 'CNCT', 'CNLLCT'] },
    {
      id: 'intermediate',
      label: 'Trung cấp',
      variants: ['Trung cấp chính trị', 'Trung cấp LLCT', 'Trung cấp lý luận chính trị', 'TC', 'TCCT', 'TCLLCT'],
    },
    { id: 'elementary', label: 'Sơ cấp', variants: ['Sơ cấp chính trị', 'Sơ cấp LLCT', 'Sơ cấp lý luận chính trị', 'SC', 'SCCT'] },
    { id: 'none', label: 'Chưa qua đào tạo', variants: ['Chưa', 'Không', 'Chưa có', 'Chưa học', 'Không có'] },
  ],
};

export const EDUCATION: CategoryTable<EducationLevel> = {
  field: 'education',
  label: 'Trình độ chuyên môn',
  prefix: 'keep',
  entries: [
    { id: 'doctorate', label: 'Tiến sĩ', accepted: ['PGS.TS', 'GS.TS'], variants: ['Tiến sỹ', 'TS', 'TSKH'] },
    { id: 'master', label: 'Thạc sĩ', variants: ['Thạc sỹ', 'ThS', 'Th.S', 'Cao học'] },
    {
      id: 'university',
      label: 'Đại học',
      accepted: ['Cử nhân', 'Kỹ sư', 'Bác sĩ', 'Dược sĩ', 'Kiến trúc sư'],
      variants: ['ĐH', 'Kĩ sư', 'Bác sỹ', 'Dược sỹ'],
    },
    { id: 'college', label: 'Cao đẳng', variants: ['CĐ'] },
    { id: 'intermediate', label: 'Trung cấp', variants: ['TC', 'Trung học chuyên nghiệp', 'THCN'] },
    { id: 'elementary', label: 'Sơ cấp', variants: ['SC'] },
    { id: 'none', label: 'Chưa qua đào tạo', variants: ['Chưa', 'Không'] },
  ],
};

/** Status ids; "probationary" is read as active with `statedProbationary`. */
export type StatusId = MemberStatus | 'probationary';

export const STATUS: CategoryTable<StatusId> = {
  field: 'status',
  label: 'Trạng thái',
  prefix: 'drop',
  entries: [
    { id: 'active', label: 'Đang sinh hoạt', accepted: ['Đang sinh hoạt Đảng', 'Chính thức'], variants: ['Đang SH'] },
    { id: 'probationary', label: 'Dự bị', variants: ['Đảng viên dự bị'] },
    {
      id: 'exempt',
      label: 'Miễn sinh hoạt',
      accepted: ['Miễn công tác và sinh hoạt', 'Miễn công tác và sinh hoạt Đảng', 'Miễn sinh hoạt Đảng'],
      variants: ['Miễn SH', 'Miễn sinh hoạt và công tác'],
    },
    {
      id: 'transferred',
      label: 'Chuyển đi',
      accepted: ['Đã chuyển sinh hoạt'],
      variants: ['Chuyển sinh hoạt', 'Đã chuyển đi', 'Chuyển SH', 'Chuyển sinh hoạt Đảng'],
    },
    { id: 'deceased', label: 'Từ trần', variants: ['Đã mất', 'Mất', 'Đã từ trần'] },
    { id: 'struckOff', label: 'Xóa tên', variants: ['Đã xóa tên', 'Bị xóa tên'] },
    { id: 'expelled', label: 'Khai trừ', variants: ['Bị khai trừ', 'Đã khai trừ'] },
    { id: 'resigned', label: 'Xin ra khỏi Đảng', variants: ['Ra khỏi Đảng', 'Xin ra Đảng', 'Đã ra khỏi Đảng'] },
  ],
};

export const MEETING_KIND: CategoryTable<MeetingKind> = {
  field: 'kind',
  label: 'Hình thức',
  prefix: 'drop',
  entries: [
    { id: 'regular', label: 'Thường kỳ', variants: ['Định kỳ', 'TK', 'Sinh hoạt thường kỳ', 'Thường lệ', 'Thường kì'] },
    { id: 'thematic', label: 'Chuyên đề', variants: ['CĐ', 'Sinh hoạt chuyên đề'] },
    {
      id: 'combined',
      label: 'Thường kỳ kết hợp chuyên đề',
      variants: [
        'Thường kỳ + chuyên đề',
        'Thường kỳ và chuyên đề',
        'Kết hợp',
        'TK + CĐ',
        'Thường kỳ kết hợp sinh hoạt chuyên đề',
        'Sinh hoạt thường kỳ kết hợp chuyên đề',
      ],
    },
    { id: 'extraordinary', label: 'Bất thường', variants: ['Đột xuất', 'Sinh hoạt bất thường'] },
  ],
};

interface Spelling<T extends string> {
  entry: CategoryEntry<T>;
  /** As written in the table. */
  text: string;
  /** The label or an accepted spelling. */
  correct: boolean;
}

export type CategoryParser<T extends string> = (value: CellValue) => CategoryResult<T>;

/** Build a parser for a table; results are cached per distinct raw text. */
export function categoryParser<T extends string>(table: CategoryTable<T>): CategoryParser<T> {
  const byFolded: { [folded: string]: Spelling<T> } = {};
  const all: { folded: string; label: string }[] = [];
  let maxWords = 1;
  function add(entry: CategoryEntry<T>, text: string, correct: boolean): void {
    const f = fold(text);
    if (!byFolded[f]) byFolded[f] = { entry: entry, text: text, correct: correct };
    all.push({ folded: f, label: entry.label });
    const words = f.split(' ').length;
    if (words > maxWords) maxWords = words;
  }
  for (let i = 0; i < table.entries.length; i++) {
    const e = table.entries[i];
    add(e, e.label, true);
    (e.accepted || []).forEach(function (t) {
      add(e, t, true);
    });
    (e.variants || []).forEach(function (t) {
      add(e, t, false);
    });
  }
  const cache = new Map<string, CategoryResult<T>>();

  function resolve(text: string): CategoryResult<T> {
    const k = fold(text);
    if (k === '') return { kind: 'empty' };
    const hit = byFolded[k];
    if (hit) {
      if (hit.correct) return { kind: 'ok', id: hit.entry.id, variant: !sameSpelling(text, hit.text), suggestion: hit.text };
      return { kind: 'ok', id: hit.entry.id, variant: true, suggestion: hit.entry.label };
    }
    if (table.prefix !== 'none') {
      const words = k.split(' ');
      for (let n = Math.min(words.length - 1, maxWords); n >= 1; n--) {
        const p = byFolded[words.slice(0, n).join(' ')];
        if (!p) continue;
        if (table.prefix === 'drop') return { kind: 'ok', id: p.entry.id, variant: true, suggestion: p.entry.label };
        const head = p.correct ? p.text : p.entry.label;
        const rest = textAfterWords(text, n);
        const variant = !(p.correct && sameSpelling(textOfWords(text, n), p.text));
        return { kind: 'ok', id: p.entry.id, variant: variant, suggestion: rest ? head + ' ' + rest : head };
      }
    }
    return { kind: 'unknown', suggestion: closestLabel(k, all) };
  }

  return function (value: CellValue): CategoryResult<T> {
    if (value === null || value === undefined) return { kind: 'empty' };
    const raw = String(value);
    let r = cache.get(raw);
    if (!r) {
      r = resolve(cleanText(raw));
      // A column holds few distinct values; stop caching if it holds many (free text).
      if (cache.size < 5000) cache.set(raw, r);
    }
    return r;
  };
}

/** The label whose spelling is nearest to a folded value, or null when nothing is near. */
export function closestLabel(folded: string, spellings: { folded: string; label: string }[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (let i = 0; i < spellings.length; i++) {
    const s = spellings[i];
    const d = editDistance(folded, s.folded);
    const limit = Math.ceil(0.6 * Math.max(folded.length, s.folded.length));
    if (d <= limit && d < Math.max(folded.length, s.folded.length) && d < bestD) {
      bestD = d;
      best = s.label;
    }
  }
  return best;
}

export type YesNoResult = { kind: 'empty' } | { kind: 'ok'; value: boolean } | { kind: 'unknown'; suggestion: string | null };

const YES = ['co', 'x', '1', 'yes', 'true'];
const NO = ['khong', '0', 'no', 'false', 'k'];
const YES_NO_SPELLINGS = [
  { folded: 'co', label: 'Có' },
  { folded: 'khong', label: 'Không' },
];

/** Yes/no cells: "Có", "x", "✓", "1", TRUE -> yes; "Không", "0", FALSE -> no; empty -> null. */
export function parseYesNo(v: CellValue): YesNoResult {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'boolean') return { kind: 'ok', value: v };
  if (typeof v === 'number') {
    if (v === 1) return { kind: 'ok', value: true };
    if (v === 0) return { kind: 'ok', value: false };
    return { kind: 'unknown', suggestion: null };
  }
  const t = cleanText(v);
  if (t === '') return { kind: 'empty' };
  if (/^[\u2713\u2714\u221a\u2611]$/.test(t)) return { kind: 'ok', value: true };
  const k = fold(t);
  if (k === '') return { kind: 'unknown', suggestion: null };
  const first = k.split(' ')[0];
  if (YES.indexOf(k) >= 0 || first === 'co') return { kind: 'ok', value: true };
  if (NO.indexOf(k) >= 0 || first === 'khong') return { kind: 'ok', value: false };
  return { kind: 'unknown', suggestion: closestLabel(k, YES_NO_SPELLINGS) };
}

/** An "x" mark in a Nam or Nữ column: any value except empty, 0, "Không" and FALSE. */
export function isMark(v: CellValue): boolean {
  if (v === null || v === undefined || v === false || v === 0) return false;
  if (typeof v === 'string') {
    const k = fold(v);
    const t = cleanText(v);
    return t !== '' && k !== '0' && k !== 'khong';
  }
  return true;
}
