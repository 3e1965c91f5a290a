/**
 * Benchmark registers, generated deterministically (a seeded generator, never Math.random) into the
 * git-ignored .bench/ folder: a member list of `members` people in 20 columns (chi bộ of about 20 members,
 * so 100,000 members make 5,000 chi bộ) and a meeting log of 12 rows per chi bộ per year over 2020–2024
 * (300,000 rows for 100,000 members), with the unit info. Written with exceljs's streaming writer, shared
 * strings and date formats as Excel writes them. Findings are planted at rates seen in real registers:
 * dates typed as text, years alone, spelling variants, unknown categories, empty required cells, old
 * card numbers, the same person twice, a month missed, attendance that does not add up.
 *
 * A file is cached beside a stamp holding the hash of this generator's code and is rebuilt only when the
 * generator changes (or the file is gone).
 *
 * Usage: node build/scripts/bench/generateRegisters.js [--sizes 1000,10000,100000] [--dir .bench]
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { addMonths, SimpleDate, toSerial } from '../../src/core/dates';
import { makePrng, Prng } from '../../src/core/sample/prng';
import { packageRoot } from '../../src/cli/packageRoot';

export const MEMBER_SHEET = 'Danh sách đảng viên';
export const MEETING_SHEET = 'Sổ sinh hoạt chi bộ';
export const UNIT_SHEET = 'Thông tin đơn vị';
export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2024;
/** Average members per chi bộ. */
export const CELL_SIZE = 20;
export const DEFAULT_SIZES = [1000, 10000, 100000];

const FAMILY = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng', 'Bùi',
  'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Phan', 'Trịnh', 'Đinh', 'Lưu', 'Tạ', 'Mai', 'Cao', 'Lương', 'Hà', 'Kiều', 'Tô',
];
const MIDDLE_M = ['Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quang', 'Công', 'Mạnh', 'Xuân', 'Trọng', 'Đình', 'Tiến', 'Ngọc', 'Duy', 'Bá', 'Quốc'];
const MIDDLE_F = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Thu', 'Minh', 'Hồng', 'Phương', 'Thùy', 'Thúy', 'Bích', 'Kim', 'Mỹ', 'Diệu'];
const GIVEN_M = [
  'Hùng', 'Dũng', 'Tuấn', 'Thắng', 'Cường', 'Hải', 'Long', 'Nam', 'Sơn', 'Tùng', 'Quân', 'Trung', 'Hiếu', 'Khánh',
  'Phong', 'Đạt', 'Hưng', 'Bình', 'Thành', 'Toàn', 'Kiên', 'Tâm', 'Vinh', 'Lâm', 'Huy', 'Việt', 'Duy', 'Thịnh',
  'Khoa', 'Phúc', 'Lộc', 'Hoàng', 'Anh', 'Đông', 'Nghĩa', 'Quyết', 'Thái', 'Tiến',
];
const GIVEN_F = [
  'Hương', 'Lan', 'Hoa', 'Mai', 'Linh', 'Hằng', 'Thảo', 'Trang', 'Hà', 'Yến', 'Nhung', 'Phương', 'Thủy', 'Vân',
  'Hạnh', 'Huyền', 'Nga', 'Oanh', 'Dung', 'Loan', 'Giang', 'Liên', 'Ngân', 'Quỳnh', 'Thư', 'Hiền', 'Tuyết', 'Xuân',
];
const PROVINCES = ['Vĩnh Phúc', 'Phú Thọ', 'Hà Nội', 'Thái Nguyên', 'Bắc Ninh', 'Tuyên Quang', 'Nghệ An', 'Thanh Hóa', 'Hải Dương', 'Nam Định'];
const STREETS = ['Trần Phú', 'Lê Lợi', 'Hùng Vương', 'Nguyễn Trãi', 'Lý Thường Kiệt', 'Kim Ngọc', 'Mê Linh'];
const EDUCATION = ['Đại học', 'Đại học', 'Đại học', 'Đại học', 'Cử nhân Kinh tế', 'Kỹ sư xây dựng', 'Thạc sĩ', 'Thạc sỹ', 'ThS', 'Tiến sĩ', 'Cao đẳng', 'Trung cấp', 'ĐH'];
const THEORY = ['Cao cấp', 'Cao cấp', 'Trung cấp', 'Trung cấp', 'Trung cấp', 'Sơ cấp', 'Sơ cấp', 'Sơ cấp', 'Cử nhân', 'CC', 'TC', 'Chưa qua đào tạo'];
const POSITIONS = [null, null, null, null, null, 'Chuyên viên', 'Phó phòng', 'Trưởng phòng', 'Kế toán', 'Giáo viên', 'Nhân viên'];
const UNITS = ['Trường THCS', 'Trường Tiểu học', 'Trạm Y tế', 'Phòng', 'Ban', 'Trung tâm', 'Thôn', 'Tổ dân phố', 'Công ty', 'Chi nhánh'];
const AREAS = ['Khối văn phòng', 'Khối sự nghiệp', 'Khối kỹ thuật', 'Khối xã phường', 'Khối doanh nghiệp'];

const DATE_FORMAT = 'dd/mm/yyyy';
const TIME_FORMAT = 'hh:mm';

/** The chi bộ number k (0-based), as the member list writes it. */
export function cellName(k: number): string {
  return 'Chi bộ ' + UNITS[k % UNITS.length] + ' số ' + (k + 1) + ' - ' + AREAS[Math.floor(k / UNITS.length) % AREAS.length];
}

function pad(n: number, w: number): string {
  let s = String(n);
  while (s.length < w) s = '0' + s;
  return s;
}

function randomDate(rng: Prng, y0: number, y1: number): SimpleDate {
  return { y: rng.int(y0, y1), m: rng.int(1, 12), d: rng.int(1, 28) };
}

type Cell = string | number | null;

interface ColumnSpec {
  header: string;
  group?: string;
  width: number;
  numFmt?: string;
}

const MEMBER_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 7 },
  { header: 'Họ và tên', width: 24 },
  { header: 'Giới tính', width: 8 },
  { header: 'Ngày sinh', width: 11, numFmt: DATE_FORMAT },
  { header: 'Dân tộc', width: 8 },
  { header: 'Tôn giáo', width: 9 },
  { header: 'Quê quán', width: 14 },
  { header: 'Nơi ở hiện nay', width: 24 },
  { header: 'Ngày vào Đảng', width: 11, numFmt: DATE_FORMAT },
  { header: 'Ngày chính thức', width: 11, numFmt: DATE_FORMAT },
  { header: 'Chi bộ', width: 40 },
  { header: 'Chuyên môn', group: 'Trình độ', width: 18 },
  { header: 'Lý luận chính trị', group: 'Trình độ', width: 12 },
  { header: 'Chức vụ', width: 14 },
  { header: 'Số thẻ đảng viên', width: 15 },
  { header: 'Trạng thái', width: 14 },
  { header: 'Ngày rời', width: 11, numFmt: DATE_FORMAT },
  { header: 'Xếp loại năm ' + LAST_YEAR, width: 10 },
  { header: 'Điện thoại', width: 12 },
  { header: 'Ghi chú', width: 30 },
];

const MEETING_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 7 },
  { header: 'Chi bộ', width: 40 },
  { header: 'Ngày sinh hoạt', width: 11, numFmt: DATE_FORMAT },
  { header: 'Hình thức', width: 14 },
  { header: 'Tổng số đảng viên', width: 9 },
  { header: 'Miễn sinh hoạt', width: 9 },
  { header: 'Có mặt', width: 8 },
  { header: 'Vắng có lý do', width: 8 },
  { header: 'Vắng không lý do', width: 9 },
  { header: 'Giờ bắt đầu', width: 8, numFmt: TIME_FORMAT },
  { header: 'Giờ kết thúc', width: 8, numFmt: TIME_FORMAT },
  { header: 'Có nghị quyết/kết luận', width: 11 },
  { header: 'Cấp ủy cấp trên dự', width: 9 },
  { header: 'Nội dung chính', width: 50 },
];

/** Planted rates (per row), kept here so the bench can say what it measured. */
export const RATES = {
  genderEmpty: 0.01,
  birthYearOnly: 0.01,
  dateAsText: 0.03,
  unknownEducation: 0.005,
  earlyOfficial: 0.005,
  oldCard: 0.05,
  duplicatePerson: 0.001,
  cellSpelling: 0.002,
  meetingMonthShifted: 0.003,
  attendanceMismatch: 0.005,
};

/** Sizes of the chi bộ: pairs of 20 ± d, so `members` is split into members / 20 chi bộ exactly. */
export function cellSizes(members: number, rng: Prng): number[] {
  const count = Math.max(1, Math.round(members / CELL_SIZE));
  const sizes: number[] = [];
  for (let k = 0; k < count; k += 2) {
    const d = rng.int(0, 6);
    sizes.push(CELL_SIZE + d);
    if (k + 1 < count) sizes.push(CELL_SIZE - d);
  }
  // Whatever the rounding left over goes to the last chi bộ.
  let sum = 0;
  for (let k = 0; k < count; k++) sum += sizes[k];
  sizes[count - 1] += members - sum;
  if (sizes[count - 1] < 1) sizes[count - 1] = 1;
  return sizes;
}

interface Writer {
  date(d: SimpleDate | null, rng: Prng): Cell;
}

/** A date cell (a serial, formatted as a date) or, at RATES.dateAsText, a date typed as text. */
const writer: Writer = {
  date: function (d, rng) {
    if (!d) return null;
    const r = rng.next();
    if (r < RATES.dateAsText * 0.66) return pad(d.d, 2) + '.' + pad(d.m, 2) + '.' + d.y;
    if (r < RATES.dateAsText) return d.d + '/' + d.m + '/' + d.y;
    return toSerial(d);
  },
};

function memberRow(rng: Prng, stt: number, cell: number): Cell[] {
  const male = rng.next() < 0.62;
  const out: Cell[] = [];
  out.push(stt);
  out.push(rng.pick(FAMILY) + ' ' + rng.pick(male ? MIDDLE_M : MIDDLE_F) + ' ' + rng.pick(male ? GIVEN_M : GIVEN_F));
  const g = rng.next();
  out.push(g < RATES.genderEmpty ? null : male ? (g < 0.04 ? 'nam' : 'Nam') : g < 0.04 ? 'nữ' : 'Nữ');
  const birth = randomDate(rng, 1962, 2001);
  out.push(rng.next() < RATES.birthYearOnly ? birth.y : writer.date(birth, rng));
  out.push(rng.next() < 0.06 ? rng.pick(['Tày', 'Nùng', 'Mường', 'Dao']) : 'Kinh');
  out.push(rng.next() < 0.03 ? rng.pick(['Công giáo', 'Phật giáo']) : 'Không');
  out.push(rng.pick(PROVINCES));
  out.push('Số ' + rng.int(1, 300) + ' đường ' + rng.pick(STREETS) + ', ' + rng.pick(PROVINCES));
  const admitted: SimpleDate = { y: Math.min(LAST_YEAR, birth.y + rng.int(19, 40)), m: rng.int(1, 12), d: rng.int(1, 28) };
  out.push(writer.date(admitted, rng));
  const probationary = admitted.y === LAST_YEAR;
  const early = rng.next() < RATES.earlyOfficial;
  out.push(probationary ? null : writer.date(addMonths(admitted, early ? 6 : 12), rng));
  let cellText = cellName(cell);
  if (rng.next() < RATES.cellSpelling) cellText = cellText.replace('Chi bộ', 'chi bộ').replace(' - ', '  -  ');
  out.push(cellText);
  out.push(rng.next() < RATES.unknownEducation ? 'Kỹ thuật viên' : rng.pick(EDUCATION));
  out.push(rng.pick(THEORY));
  out.push(rng.pick(POSITIONS));
  const card = rng.next();
  out.push(probationary ? null : card < RATES.oldCard ? pad(rng.int(10, 99), 2) + '.' + pad(rng.int(1, 999999), 6) : pad(rng.int(0, 999999), 6) + pad(rng.int(0, 999999), 6));
  const s = rng.next();
  let status = probationary ? 'Dự bị' : 'Đang sinh hoạt';
  let left: SimpleDate | null = null;
  if (!probationary && s < 0.03) {
    status = 'Chuyển đi';
    left = randomDate(rng, FIRST_YEAR, LAST_YEAR);
  } else if (!probationary && s < 0.04) status = 'Miễn sinh hoạt';
  else if (!probationary && s < 0.045) {
    status = 'Từ trần';
    left = randomDate(rng, FIRST_YEAR, LAST_YEAR);
  }
  out.push(status);
  out.push(left ? toSerial(left) : null);
  out.push(status === 'Miễn sinh hoạt' || left ? null : rng.next() < 0.15 ? 'HTXSNV' : 'HTTNV');
  out.push('09' + pad(rng.int(0, 99999999), 8));
  const note = rng.next();
  out.push(
    note < 0.005
      ? '- Đã chuyển sinh hoạt tạm thời, chờ giấy giới thiệu'
      : note < 0.007
        ? '=Xem hồ sơ gốc'
        : note < 0.03
          ? 'Tham gia cấp ủy nhiệm kỳ 2020-2025; được tặng Huy hiệu 30 năm tuổi Đảng'
          : null,
  );
  return out;
}

function meetingRow(rng: Prng, stt: number, cell: number, size: number, year: number, month: number): Cell[] {
  const combined = month % 3 === 0;
  let m = month;
  // A meeting dated in the month before: that month has two, this one none (a finding).
  if (month > 1 && rng.next() < RATES.meetingMonthShifted) m = month - 1;
  const total = size;
  const exempt = rng.next() < 0.2 ? 1 : 0;
  const excused = rng.int(0, 2);
  const unexcused = rng.next() < 0.03 ? 1 : 0;
  let present = Math.max(0, total - exempt - excused - unexcused);
  if (rng.next() < RATES.attendanceMismatch) present += 1;
  const start = rng.next() < 0.7 ? 14 / 24 : 8 / 24;
  const minutes = rng.next() < 0.05 ? 75 : combined ? 150 : 120;
  return [
    stt,
    cellName(cell),
    toSerial({ y: year, m: m, d: rng.int(3, 25) }),
    combined ? 'Thường kỳ kết hợp chuyên đề' : 'Thường kỳ',
    total,
    exempt,
    present,
    excused,
    unexcused,
    start,
    start + minutes / 1440,
    rng.next() < 0.02 ? 'Không' : 'Có',
    rng.next() < 0.1 ? 'x' : null,
    combined
      ? 'Chuyên đề quý ' + month / 3 + '/' + year + ': nâng cao chất lượng sinh hoạt chi bộ'
      : 'Sinh hoạt thường kỳ tháng ' + pad(m, 2) + '/' + year,
  ];
}

function setColumns(ws: ExcelJS.Worksheet, columns: ColumnSpec[]): void {
  ws.columns = columns.map(function (c) {
    const col: Partial<ExcelJS.Column> = { width: c.width };
    if (c.numFmt) col.style = { numFmt: c.numFmt };
    return col;
  });
}

function addRow(ws: ExcelJS.Worksheet, values: Cell[], columns: ColumnSpec[]): void {
  const row = ws.addRow(values);
  for (let c = 0; c < columns.length; c++) {
    const f = columns[c].numFmt;
    if (f && typeof values[c] === 'number') row.getCell(c + 1).numFmt = f;
  }
  row.commit();
}

const BOLD: Partial<ExcelJS.Font> = { bold: true, name: 'Times New Roman', size: 12 };

function headerRow(ws: ExcelJS.Worksheet, values: Cell[]): void {
  const row = ws.addRow(values);
  row.font = BOLD;
  row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  // Not committed here: merges over it come next (a later row's commit writes it).
}

function writeUnitSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, members: number): void {
  const ws = wb.addWorksheet(UNIT_SHEET);
  ws.columns = [{ width: 30 }, { width: 70 }];
  headerRow(ws, ['THÔNG TIN ĐƠN VỊ', null]);
  ws.mergeCells(1, 1, 1, 2);
  ws.addRow([]).commit();
  const rows: [string, Cell, string?][] = [
    ['Tên đảng bộ', 'Đảng bộ Khối các cơ quan tỉnh'],
    ['Cấp ủy cấp trên', 'Tỉnh ủy Vĩnh Phúc'],
    ['Địa danh', 'Vĩnh Phúc'],
    ['Nhiệm kỳ', '2020-2025'],
    ['Số ủy viên Ban chấp hành', 33],
    ['Số ủy viên Ủy ban kiểm tra', 11],
    ['Tổng số CB-CC-VC-NLĐ', Math.round(members * 1.4)],
    ['Kỳ báo cáo từ ngày', toSerial({ y: FIRST_YEAR, m: 1, d: 1 }), DATE_FORMAT],
    ['Kỳ báo cáo đến ngày', toSerial({ y: LAST_YEAR, m: 12, d: 31 }), DATE_FORMAT],
    ['Tên văn bản được sơ kết', 'Chỉ thị 10-CT/TW về nâng cao chất lượng sinh hoạt chi bộ'],
    ['Số ký hiệu', 'Số 120-BC/ĐU'],
    ['Người ký', 'Nguyễn Văn An'],
  ];
  for (let i = 0; i < rows.length; i++) {
    const row = ws.addRow([rows[i][0], rows[i][1]]);
    const f = rows[i][2];
    if (f) row.getCell(2).numFmt = f;
    row.commit();
  }
  ws.commit();
}

function writeMemberSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, members: number, seed: number): number[] {
  const rng = makePrng(seed);
  const ws = wb.addWorksheet(MEMBER_SHEET);
  setColumns(ws, MEMBER_COLUMNS);
  const width = MEMBER_COLUMNS.length;
  const titles = ['ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH', 'DANH SÁCH ĐẢNG VIÊN', '(Tính đến ngày 31/12/' + LAST_YEAR + ')'];
  for (let i = 0; i < titles.length; i++) {
    const r: Cell[] = [titles[i]];
    headerRow(ws, r);
    ws.mergeCells(i + 1, 1, i + 1, width);
  }
  ws.addRow([]).commit();
  const top = titles.length + 2;
  const upper: Cell[] = [];
  const lower: Cell[] = [];
  const numbers: Cell[] = [];
  for (let c = 0; c < width; c++) {
    const col = MEMBER_COLUMNS[c];
    numbers.push('(' + (c + 1) + ')');
    if (col.group) {
      upper.push(c > 0 && MEMBER_COLUMNS[c - 1].group === col.group ? null : col.group);
      lower.push(col.header);
    } else {
      upper.push(col.header);
      lower.push(null);
    }
  }
  headerRow(ws, upper);
  headerRow(ws, lower);
  headerRow(ws, numbers);
  let c = 0;
  while (c < width) {
    const col = MEMBER_COLUMNS[c];
    if (col.group) {
      let end = c;
      while (end + 1 < width && MEMBER_COLUMNS[end + 1].group === col.group) end++;
      ws.mergeCells(top, c + 1, top, end + 1);
      c = end + 1;
    } else {
      ws.mergeCells(top, c + 1, top + 1, c + 1);
      c++;
    }
  }
  const sizes = cellSizes(members, rng);
  const recent: Cell[][] = [];
  let stt = 0;
  for (let k = 0; k < sizes.length; k++) {
    for (let i = 0; i < sizes[k]; i++) {
      stt++;
      let row: Cell[];
      if (recent.length > 0 && rng.next() < RATES.duplicatePerson) {
        // The same person entered twice (name and birth date), a few rows apart.
        row = recent[rng.int(0, recent.length - 1)].slice();
        row[0] = stt;
      } else {
        row = memberRow(rng, stt, k);
      }
      recent.push(row);
      if (recent.length > 50) recent.shift();
      addRow(ws, row, MEMBER_COLUMNS);
    }
  }
  ws.commit();
  return sizes;
}

function writeMeetingSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sizes: number[], seed: number): number {
  const rng = makePrng(seed);
  const ws = wb.addWorksheet(MEETING_SHEET);
  setColumns(ws, MEETING_COLUMNS);
  headerRow(ws, ['SỔ THEO DÕI SINH HOẠT CHI BỘ NĂM ' + FIRST_YEAR + ' - ' + LAST_YEAR]);
  ws.mergeCells(1, 1, 1, MEETING_COLUMNS.length);
  ws.addRow([]).commit();
  headerRow(
    ws,
    MEETING_COLUMNS.map(function (c) {
      return c.header;
    }),
  );
  let stt = 0;
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    for (let m = 1; m <= 12; m++) {
      for (let k = 0; k < sizes.length; k++) {
        stt++;
        addRow(ws, meetingRow(rng, stt, k, sizes[k], y, m), MEETING_COLUMNS);
      }
    }
  }
  ws.commit();
  return stt;
}

export interface GeneratedRegisters {
  members: number;
  cells: number;
  meetings: number;
}

/** Write the registers of `members` members to `file` (streamed: memory stays flat). */
export async function generateRegisters(members: number, file: string): Promise<GeneratedRegisters> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  wb.creator = 'Sơ kết chi bộ (bench)';
  writeUnitSheet(wb, members);
  const sizes = writeMemberSheet(wb, members, 20240101 + members);
  const meetings = writeMeetingSheet(wb, sizes, 20241231 + members);
  await wb.commit();
  return { members: members, cells: sizes.length, meetings: meetings };
}

/** The hash of this generator's own code: a changed generator invalidates the cached files. */
export function generatorHash(): string {
  const h = crypto.createHash('sha256');
  h.update(fs.readFileSync(__filename));
  const prng = path.join(__dirname, '..', '..', 'src', 'core', 'sample', 'prng.js');
  if (fs.existsSync(prng)) h.update(fs.readFileSync(prng));
  return h.digest('hex').slice(0, 16);
}

export function benchDir(): string {
  return path.join(packageRoot(__dirname), '.bench');
}

export function registersPath(members: number, dir?: string): string {
  return path.join(dir || benchDir(), 'so-dang-vien-' + members + '.xlsx');
}

export interface EnsuredRegisters extends GeneratedRegisters {
  file: string;
  bytes: number;
  /** True when the file was written now (else it came from the cache). */
  generated: boolean;
  ms: number;
}

/** The registers file of `members` members, from the cache when its stamp matches this generator. */
export async function ensureRegisters(members: number, dir?: string): Promise<EnsuredRegisters> {
  const folder = dir || benchDir();
  fs.mkdirSync(folder, { recursive: true });
  const file = registersPath(members, folder);
  const stampFile = file + '.stamp.json';
  const hash = generatorHash();
  if (fs.existsSync(file) && fs.existsSync(stampFile)) {
    try {
      const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
      if (stamp.hash === hash && stamp.bytes === fs.statSync(file).size) {
        return { file: file, bytes: stamp.bytes, generated: false, ms: 0, members: stamp.members, cells: stamp.cells, meetings: stamp.meetings };
      }
    } catch (ignored) {
      // A broken stamp: generate again.
    }
  }
  const t0 = Date.now();
  const tmp = file + '.tmp';
  const made = await generateRegisters(members, tmp);
  fs.renameSync(tmp, file);
  const bytes = fs.statSync(file).size;
  fs.writeFileSync(stampFile, JSON.stringify({ hash: hash, bytes: bytes, members: made.members, cells: made.cells, meetings: made.meetings }));
  return { file: file, bytes: bytes, generated: true, ms: Date.now() - t0, members: made.members, cells: made.cells, meetings: made.meetings };
}

export function parseSizes(argv: string[]): number[] {
  const i = argv.indexOf('--sizes');
  if (i < 0 || i + 1 >= argv.length) return DEFAULT_SIZES.slice();
  return argv[i + 1].split(',').map(function (s) {
    const n = parseInt(s.replace(/[._]/g, ''), 10);
    if (!(n > 0)) throw new Error('--sizes: not a size: ' + s);
    return n;
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const d = argv.indexOf('--dir');
  const dir = d >= 0 ? path.resolve(argv[d + 1]) : undefined;
  const sizes = parseSizes(argv);
  for (let i = 0; i < sizes.length; i++) {
    const r = await ensureRegisters(sizes[i], dir);
    process.stdout.write(
      r.file + ': ' + r.members + ' members, ' + r.cells + ' chi bộ, ' + r.meetings + ' meetings, ' + (r.bytes / 1e6).toFixed(1) + ' MB' + (r.generated ? ', generated in ' + (r.ms / 1000).toFixed(1) + ' s' : ', cached') + '\n',
    );
  }
}

if (require.main === module) {
  main().catch(function (err) {
    process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
    process.exit(1);
  });
}
