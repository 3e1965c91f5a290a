/**
 * The header of the 2025 national import file ("File nhập liệu", 33 columns, two-row header), as the
 * clean-up template writes it (notes/domain.md section 2). The three address groups are merged group
 * labels over "Quốc gia | Tỉnh | Xã/Phường | Địa chỉ chi tiết"; every other label is merged down over
 * both header rows. Shared by the tests that read it from grids and from a real .xlsx file.
 */
import { CellValue, MergedRange } from '../../../src/core/grid';

export const IMPORT_TOP: CellValue[] = [
  'STT',
  'ID',
  'Họ và tên *',
  'Tên gọi khác',
  'Giới tính *',
  'Sinh ngày * (dd/mm/yyyy)',
  'Dân tộc *',
  'Tôn giáo *',
  'Số định danh cá nhân *',
  'Số thẻ Đảng* (12 số theo HD38-HD/BTCTW)',
  'Nơi cấp thẻ Đảng',
  'Ngày cấp thẻ Đảng (dd/mm/yyyy)',
  'Số thẻ theo Đảng quyết định 85',
  'Tổ chức Đảng đang sinh hoạt * (không sửa)',
  'Nơi đăng ký khai sinh',
  null,
  null,
  null,
  'Quê quán (theo mô hình 2 cấp)',
  null,
  null,
  null,
  'Thường trú (theo mô hình 2 cấp)',
  null,
  null,
  null,
  'Ngày vào Đảng* (dd/mm/yyyy)',
  'Ngày vào Đảng chính thức* (dd/mm/yyyy)',
  'Số CMND cũ (nếu có)',
  'Trạng thái hoạt động',
  'Ngày rời khỏi/ Ngày mất/ Ngày miễn sinh hoạt Đảng (dd/mm/yyyy)',
  'Số điện thoại',
  'Ghi chú',
];

const ADDRESS = ['Quốc gia *', 'Tỉnh *', 'Xã/Phường *', 'Địa chỉ chi tiết *'];

export const IMPORT_LOW: CellValue[] = IMPORT_TOP.map(function (_v, i) {
  return i >= 14 && i < 26 ? ADDRESS[(i - 14) % 4] : null;
});

export const IMPORT_MERGES: MergedRange[] = [
  { top: 1, left: 15, bottom: 1, right: 18 },
  { top: 1, left: 19, bottom: 1, right: 22 },
  { top: 1, left: 23, bottom: 1, right: 26 },
];
IMPORT_TOP.forEach(function (v, i) {
  if (v !== null && (i < 14 || i > 25)) IMPORT_MERGES.push({ top: 1, left: i + 1, bottom: 2, right: i + 1 });
});

/** The column letter of each field the reader maps. */
export const IMPORT_COLUMNS = {
  name: 'C',
  gender: 'E',
  birth: 'F',
  ethnicity: 'G',
  religion: 'H',
  cardNumber: 'J',
  cell: 'N',
  admitted: 'AA',
  official: 'AB',
  status: 'AD',
  leftDate: 'AE',
};
