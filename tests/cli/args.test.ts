/** Command-line arguments of `so-ket`: what is accepted, and the Vietnamese message for what is not. */
import { parseArgs } from '../../src/cli/args';
import { UsageError } from '../../src/cli/cliError';

function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  throw new Error('expected a UsageError for ' + argv.join(' '));
}

describe('parseArgs', () => {
  test('bao-cao with a file, an output, a period and --json', () => {
    expect(parseArgs(['bao-cao', 'so.xlsx', '-o', 'bc.xlsx', '--tu', '01/01/2018', '--den=31/12/2020', '--json'])).toEqual({
      command: 'bao-cao',
      file: 'so.xlsx',
      output: 'bc.xlsx',
      from: { y: 2018, m: 1, d: 1 },
      to: { y: 2020, m: 12, d: 31 },
      json: true,
      groups: [],
      codes: [],
      all: false,
    });
  });

  test('sua: groups by number or key, rule codes, --tat-ca, the output', () => {
    const a = parseArgs(['sửa', 'so.xlsx', '-o', 'da-sua.xlsx', '--nhom', '1,3', '--nhóm', 'category-variant|education|thạc sỹ', '--ma', 'two-digit-year']);
    expect([a.command, a.file, a.output, a.groups, a.codes, a.all]).toEqual([
      'sua',
      'so.xlsx',
      'da-sua.xlsx',
      ['1', '3', 'category-variant|education|thạc sỹ'],
      ['two-digit-year'],
      false,
    ]);
    expect(parseArgs(['sua', 'so.xlsx', '--tất-cả']).all).toBe(true);
    expect(parseArgs(['sua', 'so.xlsx', '--nhom', 'unknown-category|theory|a, b']).groups).toEqual(['unknown-category|theory|a, b']);
  });

  test('bao-cao without a file uses the sample (file null); options may come before the file', () => {
    expect(parseArgs(['bao-cao']).file).toBeNull();
    const a = parseArgs(['bao-cao', '--output', 'x.xlsx', 'so.xlsx']);
    expect([a.file, a.output]).toEqual(['so.xlsx', 'x.xlsx']);
  });

  test('commands with Vietnamese marks, and dates in the other usual forms', () => {
    expect(parseArgs(['báo-cáo']).command).toBe('bao-cao');
    expect(parseArgs(['kiểm-tra', 'a.xlsx']).command).toBe('kiem-tra');
    expect(parseArgs(['mẫu']).command).toBe('mau');
    expect(parseArgs(['kiem-tra', 'a.xlsx', '--tu', '1.7.2019']).from).toEqual({ y: 2019, m: 7, d: 1 });
    expect(parseArgs(['kiem-tra', 'a.xlsx', '--tu', '2019-07-01']).from).toEqual({ y: 2019, m: 7, d: 1 });
  });

  test('a year or a month stands for its first day in --tu and its last day in --den', () => {
    const a = parseArgs(['bao-cao', '--tu', '2018', '--den', '2020']);
    expect([a.from, a.to]).toEqual([
      { y: 2018, m: 1, d: 1 },
      { y: 2020, m: 12, d: 31 },
    ]);
    expect(parseArgs(['bao-cao', '--den', '02/2020']).to).toEqual({ y: 2020, m: 2, d: 29 });
  });

  test('--help anywhere, and "help"', () => {
    expect(parseArgs(['--help']).command).toBe('help');
    expect(parseArgs(['bao-cao', '-h']).command).toBe('help');
    expect(parseArgs(['help']).command).toBe('help');
  });

  test('mau takes its output with -o or as the only name', () => {
    expect(parseArgs(['mau', '-o', 'trong.xlsx']).output).toBe('trong.xlsx');
    expect(parseArgs(['mau', 'trong.xlsx']).output).toBe('trong.xlsx');
  });

  test.each([
    [[], 'Thiếu lệnh: bao-cao, kiem-tra, sua hoặc mau.'],
    [['in'], 'Lệnh không hợp lệ: "in". Các lệnh: bao-cao, kiem-tra, sua, mau.'],
    [['sua', '--tat-ca'], 'Thiếu tên tệp sổ cần sửa, ví dụ: so-ket sua so-dang-vien.xlsx -o so-da-sua.xlsx --tat-ca'],
    [['sua', 'a.xlsx', '--tat-ca=1'], 'Tùy chọn --tat-ca không nhận giá trị.'],
    [['kiem-tra', 'a.xlsx', '--tat-ca'], 'Lệnh kiem-tra không dùng tùy chọn "--tat-ca".'],
    [['kiem-tra'], 'Thiếu tên tệp sổ cần kiểm tra, ví dụ: so-ket kiem-tra so-dang-vien.xlsx'],
    [['kiem-tra', 'a.xlsx', 'b.xlsx'], 'Chỉ ghi một tệp sổ; thừa: "b.xlsx".'],
    [['bao-cao', '--nam', '2020'], 'Tùy chọn không hợp lệ: "--nam".'],
    [['bao-cao', '-o'], 'Thiếu giá trị sau tùy chọn "-o".'],
    [['kiem-tra', 'a.xlsx', '-o', 'b.xlsx'], 'Lệnh kiem-tra không dùng tùy chọn "-o".'],
    [['mau', '--json'], 'Lệnh mau không dùng tùy chọn "--json".'],
    [
      ['bao-cao', '--tu', '31/02/2020'],
      'Ngày "31/02/2020" ở tùy chọn --tu không hợp lệ; hãy ghi theo dạng ngày/tháng/năm, ví dụ 31/12/2020.',
    ],
    [['bao-cao', '--den', 'hôm qua'], 'Ngày "hôm qua" ở tùy chọn --den không hợp lệ; hãy ghi theo dạng ngày/tháng/năm, ví dụ 31/12/2020.'],
    [['bao-cao', '--tu', '01/01/2021', '--den', '31/12/2020'], 'Ngày bắt đầu kỳ báo cáo (01/01/2021) sau ngày kết thúc (31/12/2020).'],
  ])('%j is refused: %s', (argv, message) => {
    expect(usageError(argv as string[])).toBe(message);
  });
});
