/**
 * A TCVN3 or VNI cell converted to Unicode keeps its font, because a fix never changes the formats the
 * user set. But a legacy font (.VnTime, VNI-Times) draws Unicode Vietnamese letters wrongly, so the user
 * is told which cells to switch to a Unicode font (Times New Roman) themselves.
 */
import { CellValue } from '../grid';
import { legacyFont } from '../text/legacyText';

/** The new value has letters beyond ASCII and the cell's font is a legacy one. */
export function needsUnicodeFont(value: CellValue, fontName: string | null | undefined): boolean {
  if (typeof value !== 'string' || !legacyFont(fontName)) return false;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** The note for each such cell. */
export function unicodeFontCellNote(fontName: string): string {
  return 'Ô vẫn dùng phông ' + fontName + '; hãy đổi sang phông Unicode (ví dụ Times New Roman) để đọc đúng.';
}

/** The note for all of them: "Lưu ý: 412 ô đã chuyển sang Unicode nhưng vẫn dùng phông .VnTime, .VnTimeH; …" */
export function unicodeFontNote(cells: number, fontNames: string[]): string {
  return (
    'Lưu ý: ' +
    cells +
    ' ô đã sửa sang chữ Unicode nhưng vẫn dùng phông ' +
    fontNames.join(', ') +
    ' (phần sửa không đổi định dạng của sổ); hãy chọn các ô đó và đổi sang phông Unicode, ví dụ Times New Roman, để đọc đúng.'
  );
}
