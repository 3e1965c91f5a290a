/**
 * Why a workbook file could not be opened or written, with a one-line Vietnamese message that names the
 * file. The command line prints the message as it is; no stack trace reaches the user.
 */
export type WorkbookErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'no-permission'
  | 'locked'
  | 'empty'
  | 'old-xls'
  | 'ods'
  | 'encrypted'
  | 'not-xlsx'
  | 'corrupt'
  | 'no-sheets'
  | 'no-folder'
  | 'write-failed'
  | 'io';

const REASONS: Record<WorkbookErrorCode, string> = {
  'not-found': 'không tìm thấy tệp',
  'is-directory': 'đây là một thư mục, không phải tệp',
  'no-permission': 'không có quyền truy cập tệp',
  locked: 'tệp đang được mở hoặc bị khóa bởi chương trình khác (hãy đóng tệp trong Excel rồi thử lại)',
  empty: 'tệp rỗng',
  'old-xls': 'tệp là sổ Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng Sổ làm việc Excel (.xlsx)',
  ods: 'tệp là bảng tính LibreOffice (.ods); hãy mở bằng LibreOffice Calc, chọn Tệp > Lưu thành, kiểu "Excel 2007-365 (.xlsx)"',
  encrypted: 'tệp được đặt mật khẩu; hãy gỡ mật khẩu trong Excel (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi thử lại',
  'not-xlsx': 'tệp không phải là sổ Excel (.xlsx)',
  corrupt: 'tệp bị hỏng hoặc không phải là sổ Excel (.xlsx)',
  'no-sheets': 'sổ không có trang tính nào',
  'no-folder': 'thư mục chứa tệp không tồn tại',
  'write-failed': 'không ghi được tệp',
  io: 'không đọc được tệp',
};

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly file: string;

  constructor(code: WorkbookErrorCode, file: string, opening: boolean, detail?: string) {
    super(
      (opening ? 'Không mở được tệp "' : 'Không ghi được tệp "') +
        file +
        '": ' +
        REASONS[code] +
        (detail ? ' (' + detail + ')' : '') +
        '.',
    );
    this.code = code;
    this.file = file;
    this.name = 'WorkbookError';
    // Keep `instanceof` working when compiled to ES5.
    Object.setPrototypeOf(this, WorkbookError.prototype);
  }
}

/** Map a Node file-system error code (ENOENT, EACCES…) to ours. */
export function fsErrorCode(err: unknown): WorkbookErrorCode {
  const code = err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EISDIR':
      return 'is-directory';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'no-permission';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'locked';
    default:
      return 'io';
  }
}
