/**
 * A large register built by code: a member list of any size with 20 columns (the standard ones plus
 * quê quán, nơi ở, điện thoại, ghi chú), a meeting log of 40 chi bộ over 2024 and the unit info.
 * Deterministic (seeded). Real-life untidiness is sprinkled in so that findings exist: dates typed as
 * text, years alone, spelling variants, unknown categories, empty required cells, old card numbers,
 * duplicate people, text starting with "-" or "=", phone numbers with a leading zero.
 */
import { CellValue, Grid } from '../../src/core/grid';
import { addMonths, SimpleDate, toSerial } from '../../src/core/dates';
import { makePrng, Prng } from '../../src/core/sample/prng';
import { meetingLayout, memberLayout, unitLayout } from '../../src/core/sample/registerLayout';
import { meetingColumns, TemplateColumn, UNIT_KEYS } from '../../src/core/sample/templateColumns';

export const BIG_MEMBER_SHEET = 'Danh sách đảng viên';
export const BIG_MEETING_SHEET = 'Sổ sinh hoạt chi bộ';
export const BIG_UNIT_SHEET = 'Thông tin đơn vị';
export const CELL_COUNT = 40;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Phan', 'Trịnh', 'Đinh'];
const MIDDLE = { m: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Công', 'Xuân', 'Đình', 'Tiến'], f: ['Thị', 'Ngọc', 'Thu', 'Hồng', 'Phương', 'Thùy', 'Minh'] };
const GIVEN = {
  m: ['Hùng', 'Dũng', 'Tuấn', 'Thắng', 'Cường', 'Hải', 'Long', 'Nam', 'Sơn', 'Tùng', 'Quân', 'Trung', 'Hiếu', 'Khánh', 'Phong', 'Đạt', 'Bình', 'Vinh'],
  f: ['Hương', 'Lan', 'Hoa', 'Mai', 'Linh', 'Hằng', 'Thảo', 'Trang', 'Hà', 'Yến', 'Nhung', 'Thủy', 'Vân', 'Hạnh', 'Huyền', 'Nga'],
};
const PROVINCES = ['Vĩnh Phúc', 'Phú Thọ', 'Hà Nội', 'Thái Nguyên', 'Bắc Ninh', 'Tuyên Quang', 'Nghệ An', 'Thanh Hóa'];
const EDUCATION = ['Đại học', 'Đại học', 'Đại học', 'Cử nhân Kinh tế', 'Kỹ sư xây dựng', 'Thạc sĩ', 'Thạc sỹ', 'ThS', 'Tiến sĩ', 'Cao đẳng', 'Trung cấp', 'ĐH'];
const THEORY = ['Cao cấp', 'Cao cấp', 'Trung cấp', 'Trung cấp', 'Sơ cấp', 'Sơ cấp', 'Cử nhân', 'CC', 'TC', 'Chưa qua đào tạo'];
const POSITIONS = [null, null, null, null, 'Chuyên viên', 'Phó phòng', 'Trưởng phòng', 'Kế toán'];

export function cellName(k: number): string {
  return 'Chi bộ số ' + (k + 1) + (k % 3 === 0 ? ' - Khối văn phòng' : k % 3 === 1 ? ' - Khối sự nghiệp' : ' - Khối kỹ thuật');
}

/** Columns A to T of the big member list. */
export function bigMemberColumns(): TemplateColumn[] {
  return [
    { header: 'STT', width: 5, format: 'text' },
    { header: 'Họ và tên', width: 24, format: 'text' },
    { header: 'Giới tính', width: 8, format: 'text' },
    { header: 'Ngày sinh', width: 11, format: 'date' },
    { header: 'Dân tộc', width: 8, format: 'text' },
    { header: 'Tôn giáo', width: 9, format: 'text' },
    { header: 'Quê quán', width: 14, format: 'text' },
    { header: 'Nơi ở hiện nay', width: 20, format: 'text' },
    { header: 'Ngày vào Đảng', width: 11, format: 'date' },
    { header: 'Ngày chính thức', width: 11, format: 'date' },
    { header: 'Chi bộ', width: 34, format: 'text' },
    { header: 'Chuyên môn', group: 'Trình độ', width: 18, format: 'text' },
    { header: 'Lý luận chính trị', group: 'Trình độ', width: 12, format: 'text' },
    { header: 'Chức vụ', width: 14, format: 'text' },
    { header: 'Số thẻ đảng viên', width: 15, format: 'text' },
    { header: 'Trạng thái', width: 14, format: 'text' },
    { header: 'Ngày rời', width: 11, format: 'date' },
    { header: 'Xếp loại năm 2024', width: 10, format: 'text' },
    { header: 'Điện thoại', width: 12, format: 'text' },
    { header: 'Ghi chú', width: 30, format: 'text' },
  ];
}

function pad(n: number, w: number): string {
  let s = String(n);
  while (s.length < w) s = '0' + s;
  return s;
}

function date(rng: Prng, y0: number, y1: number): SimpleDate {
  return { y: rng.int(y0, y1), m: rng.int(1, 12), d: rng.int(1, 28) };
}

function memberRow(rng: Prng, i: number, row: number, dateCells: Set<string>): CellValue[] {
  const male = rng.next() < 0.65;
  const out: CellValue[] = [];
  for (let c = 0; c < 20; c++) out.push(null);
  const put = function (col: number, d: SimpleDate | null, form: number): void {
    if (!d) return;
    if (form < 0.02) out[col - 1] = pad(d.d, 2) + '.' + pad(d.m, 2) + '.' + d.y;
    else if (form < 0.03) out[col - 1] = d.d + '/' + d.m + '/' + d.y;
    else {
      out[col - 1] = toSerial(d);
      dateCells.add(row + ':' + col);
    }
  };
  out[0] = i + 1;
  out[1] = rng.pick(FAMILY) + ' ' + rng.pick(male ? MIDDLE.m : MIDDLE.f) + ' ' + rng.pick(male ? GIVEN.m : GIVEN.f);
  const g = rng.next();
  out[2] = g < 0.01 ? null : male ? (g < 0.05 ? 'nam' : 'Nam') : g < 0.05 ? 'nữ' : 'Nữ';
  const birth = date(rng, 1962, 2000);
  if (rng.next() < 0.01) out[3] = birth.y;
  else put(4, birth, rng.next());
  out[4] = rng.next() < 0.05 ? 'Tày' : 'Kinh';
  out[5] = rng.next() < 0.03 ? 'Công giáo' : 'Không';
  out[6] = rng.pick(PROVINCES);
  out[7] = 'Số ' + rng.int(1, 200) + ' đường ' + rng.pick(['Trần Phú', 'Lê Lợi', 'Hùng Vương', 'Nguyễn Trãi']) + ', ' + rng.pick(PROVINCES);
  const admitted: SimpleDate = { y: Math.min(2024, birth.y + rng.int(19, 40)), m: rng.int(1, 12), d: rng.int(1, 28) };
  put(9, admitted, rng.next());
  const probationary = admitted.y >= 2024;
  const early = rng.next() < 0.005;
  if (!probationary) put(10, addMonths(admitted, early ? 6 : 12), rng.next());
  out[10] = cellName(rng.int(0, CELL_COUNT - 1));
  const e = rng.next();
  out[11] = e < 0.005 ? 'Kỹ thuật viên' : rng.pick(EDUCATION);
  out[12] = rng.pick(THEORY);
  out[13] = rng.pick(POSITIONS);
  const card = rng.next();
  out[14] = probationary ? null : card < 0.05 ? pad(rng.int(10, 99), 2) + '.' + pad(rng.int(1, 999999), 6) : pad(rng.int(0, 999999), 6) + pad(rng.int(0, 999999), 6);
  const s = rng.next();
  let status = probationary ? 'Dự bị' : 'Đang sinh hoạt';
  let left: SimpleDate | null = null;
  if (!probationary && s < 0.04) {
    status = 'Chuyển đi';
    left = date(rng, 2022, 2024);
  } else if (!probationary && s < 0.05) status = 'Miễn sinh hoạt';
  else if (!probationary && s < 0.055) {
    status = 'Từ trần';
    left = date(rng, 2020, 2024);
  }
  out[15] = status;
  put(17, left, 1);
  out[17] = status === 'Miễn sinh hoạt' ? null : rng.next() < 0.15 ? 'HTXSNV' : 'HTTNV';
  out[18] = '09' + pad(rng.int(0, 99999999), 8);
  const note = rng.next();
  if (note < 0.01) out[19] = '- Đã chuyển sinh hoạt tạm thời, chờ giấy giới thiệu';
  else if (note < 0.015) out[19] = '=Xem hồ sơ gốc';
  else if (note < 0.03) out[19] = 'Tham gia cấp ủy nhiệm kỳ 2020-2025; được tặng Huy hiệu 30 năm tuổi Đảng; đã hoàn thành bồi dưỡng lý luận chính trị';
  return out;
}

/** The member list: titles, a two-row header with "(1)…(20)", then `count` members. */
export function bigMemberGrid(count: number, seed: number): Grid {
  const rng = makePrng(seed);
  const layout = memberLayout(['ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH', 'DANH SÁCH ĐẢNG VIÊN', '(Tính đến ngày 31/12/2024)'], bigMemberColumns());
  const rows = layout.rows.map((r) => r.slice());
  const dateCells = new Set<string>();
  for (let i = 0; i < count; i++) rows.push(memberRow(rng, i, layout.firstDataRow + i, dateCells));
  // The same person entered twice.
  if (count > 20) {
    const copy = rows[layout.firstDataRow - 1 + 5].slice();
    copy[0] = count + 1;
    rows.push(copy);
    for (let c = 1; c <= 20; c++) if (dateCells.has(layout.firstDataRow + 5 + ':' + c)) dateCells.add(layout.firstDataRow + count + ':' + c);
  }
  return { sheet: BIG_MEMBER_SHEET, rows: rows, originRow: 1, originCol: 1, merges: layout.merges.slice(), dateCells: dateCells };
}

/** Every chi bộ meets every month of 2024 and holds a chuyên đề meeting each quarter (one chi bộ misses March). */
export function bigMeetingGrid(seed: number): Grid {
  const rng = makePrng(seed);
  const layout = meetingLayout('SỔ THEO DÕI SINH HOẠT CHI BỘ NĂM 2024', meetingColumns());
  const rows = layout.rows.map((r) => r.slice());
  const dateCells = new Set<string>();
  let n = 0;
  for (let m = 1; m <= 12; m++) {
    for (let k = 0; k < CELL_COUNT; k++) {
      if (k === 7 && m === 3) continue;
      const kinds = m % 3 === 2 ? ['Thường kỳ', 'Chuyên đề'] : ['Thường kỳ'];
      for (let t = 0; t < kinds.length; t++) {
        const row = layout.firstDataRow + n;
        const total = rng.int(12, 60);
        const exempt = rng.int(0, 2);
        const excused = rng.int(0, 3);
        const unexcused = rng.next() < 0.03 ? 1 : 0;
        const start = rng.next() < 0.7 ? 14 / 24 : 8 / 24;
        rows.push([
          n + 1,
          cellName(k),
          toSerial({ y: 2024, m: m, d: 5 + t * 10 + rng.int(0, 8) }),
          kinds[t],
          total,
          exempt,
          total - exempt - excused - unexcused,
          excused,
          unexcused,
          start,
          start + (rng.next() < 0.05 ? 75 : 120) / 1440,
          rng.next() < 0.02 ? 'Không' : 'Có',
          rng.next() < 0.1 ? 'x' : null,
          kinds[t] === 'Chuyên đề' ? 'Chuyên đề: nâng cao chất lượng sinh hoạt chi bộ quý ' + Math.ceil(m / 3) : 'Sinh hoạt thường kỳ tháng ' + pad(m, 2) + '/2024',
        ]);
        dateCells.add(row + ':3');
        dateCells.add(row + ':10');
        dateCells.add(row + ':11');
        n++;
      }
    }
  }
  return { sheet: BIG_MEETING_SHEET, rows: rows, originRow: 1, originCol: 1, merges: layout.merges.slice(), dateCells: dateCells };
}

export function bigUnitGrid(staff: number): Grid {
  const layout = unitLayout();
  const rows: CellValue[][] = layout.rows.map((r) => r.slice());
  const dateCells = new Set<string>();
  const values: Record<string, CellValue> = {
    'Tên đảng bộ': 'Đảng bộ Khối các cơ quan tỉnh',
    'Cấp ủy cấp trên': 'Tỉnh ủy Vĩnh Phúc',
    'Địa danh': 'Vĩnh Phúc',
    'Nhiệm kỳ': '2020-2025',
    'Số ủy viên Ban chấp hành': 15,
    'Số ủy viên Ủy ban kiểm tra': 7,
    'Tổng số CB-CC-VC-NLĐ': staff,
    'Kỳ báo cáo từ ngày': toSerial({ y: 2024, m: 1, d: 1 }),
    'Kỳ báo cáo đến ngày': toSerial({ y: 2024, m: 12, d: 31 }),
    'Tên văn bản được sơ kết': 'Chỉ thị 10-CT/TW về nâng cao chất lượng sinh hoạt chi bộ',
    'Số ký hiệu': '12',
    'Người ký': 'Nguyễn Văn An',
  };
  for (let i = 0; i < UNIT_KEYS.length; i++) {
    const key = UNIT_KEYS[i].key;
    rows.push([key, values[key] === undefined ? null : values[key]]);
    if (UNIT_KEYS[i].format === 'date') dateCells.add(layout.firstDataRow + i + ':2');
  }
  return { sheet: BIG_UNIT_SHEET, rows: rows, originRow: 1, originCol: 1, merges: layout.merges.slice(), dateCells: dateCells };
}

/** Unit info, a member list of `members` people and the meeting log. */
export function bigRegister(members: number): Grid[] {
  return [bigUnitGrid(Math.round(members * 1.4)), bigMemberGrid(members, 20240101 + members), bigMeetingGrid(2024)];
}
