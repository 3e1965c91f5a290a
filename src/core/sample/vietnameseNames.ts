/**
 * Fictional Vietnamese full names for generated samples: common family names, middle names and given
 * names by gender, combined at random. No list entry is taken from a real register.
 */
import { Prng } from './prng';

const FAMILY = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Phan', 'Trịnh', 'Đinh', 'Lưu', 'Tạ',
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quang', 'Công', 'Mạnh', 'Xuân', 'Trọng', 'Đình', 'Tiến'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Thu', 'Minh', 'Hồng', 'Phương', 'Thùy'];
const GIVEN_MALE = [
  'Hùng', 'Dũng', 'Tuấn', 'Thắng', 'Cường', 'Hải', 'Long', 'Nam', 'Sơn', 'Tùng', 'Quân', 'Trung', 'Hiếu', 'Khánh',
  'Phong', 'Đạt', 'Hưng', 'Bình', 'Thành', 'Toàn', 'Kiên', 'Tâm', 'Vinh', 'Lâm', 'Huy', 'Việt', 'Duy', 'Thịnh',
];
const GIVEN_FEMALE = [
  'Hương', 'Lan', 'Hoa', 'Mai', 'Linh', 'Hằng', 'Thảo', 'Trang', 'Hà', 'Yến', 'Nhung', 'Phương', 'Thủy', 'Vân',
  'Hạnh', 'Huyền', 'Nga', 'Oanh', 'Dung', 'Loan', 'Giang', 'Liên',
];

/** A full name not yet in `taken` (which it then joins). */
export function uniqueName(rng: Prng, male: boolean, taken: Set<string>): string {
  for (;;) {
    const name = [
      rng.pick(FAMILY),
      rng.pick(male ? MIDDLE_MALE : MIDDLE_FEMALE),
      rng.pick(male ? GIVEN_MALE : GIVEN_FEMALE),
    ].join(' ').normalize('NFC');
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}
