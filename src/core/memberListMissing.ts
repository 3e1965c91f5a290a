/**
 * The message for a workbook in which no member list can be found: nothing can be checked or reported on.
 * The command line stops with it; the standalone page shows it after reading the file.
 */
export function memberListMissing(file: string): string {
  return (
    'Không tìm thấy danh sách đảng viên trong tệp "' +
    file +
    '": cần một trang có dòng tiêu đề cột như "Họ và tên", "Ngày sinh", "Ngày vào Đảng".'
  );
}
