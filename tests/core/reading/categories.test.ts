import {
  CategoryResult,
  EDUCATION,
  GENDER,
  MEETING_KIND,
  STATUS,
  THEORY,
  categoryParser,
  isMark,
  parseYesNo,
} from '../../../src/core/schema/categories';

const gender = categoryParser(GENDER);
const theory = categoryParser(THEORY);
const education = categoryParser(EDUCATION);
const status = categoryParser(STATUS);
const kind = categoryParser(MEETING_KIND);

function ids(parse: (v: string) => CategoryResult<string>, values: string[]): (string | null)[] {
  return values.map(function (v) {
    const r = parse(v);
    return r.kind === 'ok' ? r.id : null;
  });
}

function same(n: number, id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(id);
  return out;
}

describe('giới tính', () => {
  test('Nam and Nữ in any case', () => {
    const values = ['Nam', 'nam', 'NAM', 'Nữ', 'nữ', 'NỮ', 'Nu'];
    expect(ids(gender, values)).toEqual(['male', 'male', 'male', 'female', 'female', 'female', 'female']);
  });
  test('the canonical spelling is silent, other cases are variants with the canonical suggestion', () => {
    expect(gender('Nữ')).toEqual({ kind: 'ok', id: 'female', variant: false, suggestion: 'Nữ' });
    expect(gender('nữ')).toEqual({ kind: 'ok', id: 'female', variant: true, suggestion: 'Nữ' });
  });
  test('x-marks in separate Nam/Nữ columns', () => {
    expect([isMark('x'), isMark('X'), isMark('✓'), isMark(1), isMark(true)]).toEqual([true, true, true, true, true]);
    expect([isMark(null), isMark(''), isMark('  '), isMark(0), isMark('không')]).toEqual([false, false, false, false, false]);
  });
});

describe('lý luận chính trị', () => {
  test('cao cấp and its spellings', () => {
    const v = ['Cao cấp', 'Cao cấp LLCT', 'Cao cấp chính trị', 'CC', 'Cao cấp - Cử nhân', 'cao cấp'];
    expect(ids(theory, v)).toEqual(same(v.length, 'advanced'));
  });
  test('cử nhân', () => {
    const v = ['Cử nhân', 'Cử nhân chính trị', 'CN'];
    expect(ids(theory, v)).toEqual(same(v.length, 'bachelor'));
  });
  test('trung cấp', () => {
    const v = ['Trung cấp', 'TC', 'TCCT', 'Trung cấp chính trị', 'Trung cấp LLCT'];
    expect(ids(theory, v)).toEqual(same(v.length, 'intermediate'));
  });
  test('sơ cấp', () => {
    expect(ids(theory, ['Sơ cấp', 'SC'])).toEqual(['elementary', 'elementary']);
  });
  test('not trained', () => {
    expect(ids(theory, ['Chưa qua đào tạo', 'Chưa', 'Không'])).toEqual(['none', 'none', 'none']);
  });
  test('an empty cell is no value, not an error', () => {
    expect(theory('')).toEqual({ kind: 'empty' });
    expect(theory('  ')).toEqual({ kind: 'empty' });
  });
  test('codes and long forms are variants of the canonical label', () => {
    expect(theory('TCCT')).toEqual({ kind: 'ok', id: 'intermediate', variant: true, suggestion: 'Trung cấp' });
    expect(theory('Cao cấp - Cử nhân')).toEqual({ kind: 'ok', id: 'advanced', variant: true, suggestion: 'Cao cấp' });
    expect(theory('Cao cấp')).toEqual({ kind: 'ok', id: 'advanced', variant: false, suggestion: 'Cao cấp' });
  });
});

describe('trình độ chuyên môn', () => {
  test('doctorate', () => {
    const v = ['Tiến sĩ', 'Tiến sỹ', 'TS', 'PGS.TS', 'GS.TS'];
    expect(ids(education, v)).toEqual(same(v.length, 'doctorate'));
  });
  test('master, also with the field after it', () => {
    const v = ['Thạc sĩ', 'Thạc sỹ', 'ThS', 'Th.S', 'Thạc sĩ Kinh tế', 'Thạc sỹ Quản lý công', 'ThS. Luật'];
    expect(ids(education, v)).toEqual(same(v.length, 'master'));
  });
  test('university', () => {
    const v = ['Đại học', 'ĐH', 'Cử nhân Luật', 'Kỹ sư Xây dựng', 'Bác sĩ Đa khoa', 'Dược sĩ', 'Kiến trúc sư', 'Cử nhân'];
    expect(ids(education, v)).toEqual(same(v.length, 'university'));
  });
  test('college, intermediate, elementary, none', () => {
    expect(ids(education, ['Cao đẳng', 'CĐ', 'Trung cấp', 'TC', 'Sơ cấp', 'SC', 'Chưa qua đào tạo'])).toEqual([
      'college',
      'college',
      'intermediate',
      'intermediate',
      'elementary',
      'elementary',
      'none',
    ]);
  });
  test('"CN" is cử nhân only in the theory column', () => {
    expect(education('CN').kind).toBe('unknown');
    expect(ids(theory, ['CN'])).toEqual(['bachelor']);
  });
  test('a correct spelling with the field after it needs no fix; a variant keeps the field in the fix', () => {
    expect(education('Thạc sĩ Kinh tế')).toEqual({ kind: 'ok', id: 'master', variant: false, suggestion: 'Thạc sĩ Kinh tế' });
    expect(education('Kỹ sư Xây dựng')).toEqual({ kind: 'ok', id: 'university', variant: false, suggestion: 'Kỹ sư Xây dựng' });
    expect(education('Thạc sỹ Kinh tế')).toEqual({ kind: 'ok', id: 'master', variant: true, suggestion: 'Thạc sĩ Kinh tế' });
    expect(education('ThS. Luật')).toEqual({ kind: 'ok', id: 'master', variant: true, suggestion: 'Thạc sĩ Luật' });
    expect(education('Thạc sỹ')).toEqual({ kind: 'ok', id: 'master', variant: true, suggestion: 'Thạc sĩ' });
    expect(education('ThS')).toEqual({ kind: 'ok', id: 'master', variant: true, suggestion: 'Thạc sĩ' });
  });
  test('an unknown value suggests the closest label', () => {
    expect(education('Thạc xĩ')).toEqual({ kind: 'unknown', suggestion: 'Thạc sĩ' });
    expect(education('Đai hoc')).toEqual({ kind: 'ok', id: 'university', variant: true, suggestion: 'Đại học' });
    expect(education('Đại hộc chính quy').kind).toBe('ok');
    expect(education('Cao dảng')).toEqual({ kind: 'ok', id: 'college', variant: true, suggestion: 'Cao đẳng' });
    expect(education('Cao đẵng')).toEqual({ kind: 'ok', id: 'college', variant: true, suggestion: 'Cao đẳng' });
    expect(education('Cao đăg')).toEqual({ kind: 'unknown', suggestion: 'Cao đẳng' });
  });
});

describe('trạng thái', () => {
  test('each status and its spellings', () => {
    const cases: [string, string][] = [
      ['Đang sinh hoạt', 'active'],
      ['Đang sinh hoạt Đảng', 'active'],
      ['Chính thức', 'active'],
      ['Dự bị', 'probationary'],
      ['Miễn sinh hoạt', 'exempt'],
      ['Miễn công tác và sinh hoạt', 'exempt'],
      ['Chuyển đi', 'transferred'],
      ['Đã chuyển sinh hoạt', 'transferred'],
      ['Chuyển sinh hoạt', 'transferred'],
      ['Từ trần', 'deceased'],
      ['Đã mất', 'deceased'],
      ['Mất', 'deceased'],
      ['Xóa tên', 'struckOff'],
      ['Xoá tên', 'struckOff'],
      ['Khai trừ', 'expelled'],
      ['Xin ra khỏi Đảng', 'resigned'],
      ['Ra khỏi Đảng', 'resigned'],
    ];
    expect(ids(status, cases.map((c) => c[0]))).toEqual(cases.map((c) => c[1]));
  });
  test('the national template spellings and tone placement are not variants', () => {
    const silent = ['Đang sinh hoạt Đảng', 'Đã chuyển sinh hoạt', 'Xoá tên', 'Chính thức', 'Dự bị'];
    silent.forEach(function (v) {
      const r = status(v);
      expect(r.kind === 'ok' && r.variant).toBe(false);
    });
    expect(status('Mất')).toEqual({ kind: 'ok', id: 'deceased', variant: true, suggestion: 'Từ trần' });
  });
});

describe('hình thức sinh hoạt', () => {
  test('each kind and its spellings', () => {
    const cases: [string, string][] = [
      ['Thường kỳ', 'regular'],
      ['Định kỳ', 'regular'],
      ['TK', 'regular'],
      ['Chuyên đề', 'thematic'],
      ['CĐ', 'thematic'],
      ['Thường kỳ kết hợp chuyên đề', 'combined'],
      ['Thường kỳ + chuyên đề', 'combined'],
      ['Kết hợp', 'combined'],
      ['Bất thường', 'extraordinary'],
      ['Đột xuất', 'extraordinary'],
    ];
    expect(ids(kind, cases.map((c) => c[0]))).toEqual(cases.map((c) => c[1]));
  });
});

describe('yes/no cells', () => {
  test('yes, no and empty', () => {
    const yes = ['Có', 'có', 'x', 'X', '✓', '1', 1, true];
    yes.forEach(function (v) {
      expect(parseYesNo(v)).toEqual({ kind: 'ok', value: true });
    });
    const no = ['Không', 'không', '0', 0, false];
    no.forEach(function (v) {
      expect(parseYesNo(v)).toEqual({ kind: 'ok', value: false });
    });
    expect(parseYesNo(null)).toEqual({ kind: 'empty' });
    expect(parseYesNo(' ')).toEqual({ kind: 'empty' });
  });
  test('anything else is unknown with the closest answer', () => {
    expect(parseYesNo('Khôg')).toEqual({ kind: 'unknown', suggestion: 'Không' });
  });
});
