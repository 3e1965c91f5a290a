/**
 * Errors from Excel (OfficeExtension.Error: a `code` such as ItemNotFound) as HostError with a
 * Vietnamese message that names the sheet, and the range where known. Never a stack trace.
 * CancelledError and HostError pass through unchanged.
 */
import { CancelledError, HostError } from '../workbookHost';

export interface ErrorPlace {
  /** What the add-in was doing, as a verb phrase: "đọc", "ghi", "chọn ô trên". */
  action: string;
  sheet: string | null;
  range: string | null;
}

export function officeErrorCode(e: unknown): string | null {
  if (e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string') return (e as { code: string }).code;
  return null;
}

export function isPayloadTooLarge(e: unknown): boolean {
  return officeErrorCode(e) === 'RequestPayloadSizeLimitExceeded';
}

export function sheetMissingMessage(sheet: string): string {
  return 'Không tìm thấy trang tính "' + sheet + '" trong sổ đang mở. Có thể trang đã được đổi tên hoặc bị xóa.';
}

export function toHostError(e: unknown, place: ErrorPlace): Error {
  if (e instanceof CancelledError || e instanceof HostError) return e;
  const code = officeErrorCode(e);
  const target = place.sheet ? 'trang tính "' + place.sheet + '"' : 'sổ';
  const range = place.range ? ' (vùng ' + place.range + ')' : '';
  switch (code) {
    case 'ItemNotFound':
      return new HostError(place.sheet ? sheetMissingMessage(place.sheet) : 'Excel không tìm thấy đối tượng cần ' + place.action + ' trong sổ.');
    case 'RequestPayloadSizeLimitExceeded':
      return new HostError(
        'Dữ liệu của ' + target + range + ' quá lớn để Excel truyền trong một lần. Hãy bỏ bớt những ô có nội dung rất dài rồi thử lại.',
      );
    case 'AccessDenied':
      return new HostError('Excel không cho phép ' + place.action + ' ' + target + ': trang hoặc sổ đang được bảo vệ, hoặc sổ chỉ mở để xem.');
    case 'InvalidOperationInCellEditMode':
      return new HostError('Excel đang ở chế độ sửa ô nên chưa thể ' + place.action + ' ' + target + '. Hãy nhấn Enter hoặc Esc rồi thử lại.');
    case 'ItemAlreadyExists':
      return new HostError('Không thể ' + place.action + ' ' + target + ': trong sổ đã có một trang tính hoặc một tên trùng.');
    case 'InvalidArgument':
    case 'InvalidReference':
      return new HostError('Excel không chấp nhận địa chỉ hoặc giá trị khi ' + place.action + ' ' + target + range + '.');
    default:
      return new HostError('Excel báo lỗi khi ' + place.action + ' ' + target + range + (code ? ' (mã lỗi ' + code + ')' : '') + '. Hãy thử lại.');
  }
}

/** Between blocks: stop when the user pressed "Hủy". */
export function checkCancel(cancel: { readonly cancelled: boolean } | undefined): void {
  if (cancel && cancel.cancelled) throw new CancelledError();
}
