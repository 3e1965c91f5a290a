/**
 * Parse the command line: `so-ket <lệnh> [tệp] [tùy chọn]`. Commands are accepted with or without
 * Vietnamese marks ("bao-cao" or "báo-cáo"). Mistakes raise a UsageError with a Vietnamese message.
 */
import { compareDates, daysInMonth, formatDate, parseDateText, SimpleDate } from '../core/dates';
import { fold } from '../core/text/normalize';
import { UsageError } from './cliError';

export type CommandName = 'bao-cao' | 'kiem-tra' | 'mau' | 'sua' | 'help';

export interface ParsedArgs {
  command: CommandName;
  file: string | null;
  output: string | null;
  from: SimpleDate | null;
  to: SimpleDate | null;
  json: boolean;
  /** sua: fix groups chosen by number in the list or by group key (--nhom). */
  groups: string[];
  /** sua: finding codes whose fixes are all chosen (--ma). */
  codes: string[];
  /** sua: every fix that only changes how a value is written (--tat-ca). */
  all: boolean;
}

const COMMANDS: Record<string, CommandName> = {
  'bao-cao': 'bao-cao',
  'kiem-tra': 'kiem-tra',
  mau: 'mau',
  sua: 'sua',
  help: 'help',
  'tro-giup': 'help',
};

/** Which options each command takes. */
const ALLOWED: Record<CommandName, string[]> = {
  'bao-cao': ['output', 'tu', 'den', 'json'],
  'kiem-tra': ['tu', 'den', 'json'],
  mau: ['output'],
  sua: ['output', 'tu', 'den', 'nhom', 'ma', 'tatca'],
  help: [],
};

const OPTION_NAMES: Record<string, string> = {
  '-o': 'output',
  '--output': 'output',
  '--tu': 'tu',
  '--từ': 'tu',
  '--den': 'den',
  '--đến': 'den',
  '--json': 'json',
  '--nhom': 'nhom',
  '--nhóm': 'nhom',
  '--ma': 'ma',
  '--mã': 'ma',
  '--tat-ca': 'tatca',
  '--tất-cả': 'tatca',
};

/** Options that take no value. */
const FLAGS: Record<string, true> = { json: true, tatca: true };

function commandOf(word: string): CommandName | null {
  const key = fold(word).replace(/ /g, '-');
  return COMMANDS[key] || null;
}

/**
 * A period bound from text: a full date; a month ("03/2019") or a year ("2020") stands for its first
 * day in --tu and its last day in --den.
 */
export function parsePeriodBound(text: string, which: 'tu' | 'den'): SimpleDate {
  const p = parseDateText(text);
  if (!p.ok) {
    throw new UsageError(
      'Ngày "' + text + '" ở tùy chọn --' + which + ' không hợp lệ; hãy ghi theo dạng ngày/tháng/năm, ví dụ 31/12/2020.',
    );
  }
  const date = p.date;
  if (!date.yearOnly && !date.monthOnly) return { y: date.y, m: date.m, d: date.d };
  const wholeYear = /^\s*\d{4}\s*$/.test(text);
  if (which === 'tu') return { y: date.y, m: wholeYear ? 1 : date.m, d: 1 };
  if (wholeYear) return { y: date.y, m: 12, d: 31 };
  return { y: date.y, m: date.m, d: daysInMonth(date.y, date.m) };
}

/** "--nhom 1,3" chooses groups 1 and 3; anything else is one group key, commas included. */
function groupChoices(value: string): string[] {
  const t = value.trim();
  return /^\d+(\s*,\s*\d+)+$/.test(t) ? t.split(/\s*,\s*/) : [t];
}

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { command: 'help', file: null, output: null, from: null, to: null, json: false, groups: [], codes: [], all: false };
  if (argv.length === 0) throw new UsageError('Thiếu lệnh: bao-cao, kiem-tra, sua hoặc mau.');
  if (argv.indexOf('-h') >= 0 || argv.indexOf('--help') >= 0 || argv.indexOf('--tro-giup') >= 0) return out;
  const command = commandOf(argv[0]);
  if (!command) throw new UsageError('Lệnh không hợp lệ: "' + argv[0] + '". Các lệnh: bao-cao, kiem-tra, sua, mau.');
  out.command = command;
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (word.length > 1 && word.charAt(0) === '-') {
      const eq = word.indexOf('=');
      const flag = eq > 0 ? word.slice(0, eq) : word;
      const name = OPTION_NAMES[flag.normalize('NFC')];
      if (!name) throw new UsageError('Tùy chọn không hợp lệ: "' + flag + '".');
      if (ALLOWED[command].indexOf(name) < 0) throw new UsageError('Lệnh ' + command + ' không dùng tùy chọn "' + flag + '".');
      if (FLAGS[name]) {
        if (eq > 0) throw new UsageError('Tùy chọn ' + flag + ' không nhận giá trị.');
        if (name === 'json') out.json = true;
        else out.all = true;
        continue;
      }
      let value: string;
      if (eq > 0) value = word.slice(eq + 1);
      else {
        if (i + 1 >= argv.length) throw new UsageError('Thiếu giá trị sau tùy chọn "' + flag + '".');
        value = argv[++i];
      }
      if (value.trim() === '') throw new UsageError('Thiếu giá trị sau tùy chọn "' + flag + '".');
      if (name === 'output') out.output = value;
      else if (name === 'nhom') out.groups = out.groups.concat(groupChoices(value));
      else if (name === 'ma') out.codes.push(value.trim());
      else if (name === 'tu') out.from = parsePeriodBound(value, 'tu');
      else out.to = parsePeriodBound(value, 'den');
    } else {
      positional.push(word);
    }
  }
  if (command === 'mau') {
    if (positional.length > 1 || (positional.length === 1 && out.output)) throw new UsageError('Lệnh mau chỉ nhận một tên tệp (-o tệp.xlsx).');
    if (positional.length === 1) out.output = positional[0];
  } else if (command !== 'help') {
    if (positional.length > 1) throw new UsageError('Chỉ ghi một tệp sổ; thừa: "' + positional.slice(1).join('", "') + '".');
    out.file = positional.length ? positional[0] : null;
    if (command === 'kiem-tra' && !out.file) throw new UsageError('Thiếu tên tệp sổ cần kiểm tra, ví dụ: so-ket kiem-tra so-dang-vien.xlsx');
    if (command === 'sua' && !out.file) throw new UsageError('Thiếu tên tệp sổ cần sửa, ví dụ: so-ket sua so-dang-vien.xlsx -o so-da-sua.xlsx --tat-ca');
  }
  if (out.from && out.to && compareDates(out.from, out.to) > 0) {
    throw new UsageError(
      'Ngày bắt đầu kỳ báo cáo (' + formatDate(out.from) + ') sau ngày kết thúc (' + formatDate(out.to) + ').',
    );
  }
  return out;
}
