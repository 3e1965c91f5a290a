/**
 * The page number as a header section's code, in the sheet's font and size ('&"Times New Roman,Regular"&14&P'),
 * so the number prints like the text. Both hosts put it in the centre section of the header.
 */
import { FontStyle } from './sheetModel';

export function pageNumberCode(font: FontStyle): string {
  const name = font.name ? '&"' + font.name.replace(/"/g, '') + ',Regular"' : '';
  const size = font.size ? '&' + Math.round(font.size) : '';
  return name + size + '&P';
}
