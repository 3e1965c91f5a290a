/**
 * The chi bộ a whole sheet belongs to, read from a title row ("SỔ THEO DÕI SINH HOẠT CHI BỘ VĂN PHÒNG
 * NĂM 2020", "DANH SÁCH ĐẢNG VIÊN CHI BỘ KỸ THUẬT") or from the sheet's name ("Chi bộ Văn phòng",
 * "CB Kỹ thuật"). Used only when the table has no chi bộ column and no group-title rows.
 */
import { cleanText, fold } from '../text/normalize';
import { wordSpans } from './spelling';

const STOP_BEFORE_NUMBER = ['nam', 'thang', 'quy', 'ky'];

/** "... CHI BỘ VĂN PHÒNG NĂM 2020" -> "Chi bộ Văn phòng"; null when the text names no chi bộ. */
export function cellNameFromTitle(text: string, allowShortPrefix?: boolean): string | null {
  const s = cleanText(text);
  const spans = wordSpans(s);
  const words = spans.map(function (sp) {
    return fold(s.slice(sp.start, sp.end));
  });
  let after = -1;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === 'chi' && words[i + 1] === 'bo') {
      if (i > 0 && (words[i - 1] === 'cac' || words[i - 1] === 'bi' || words[i - 1] === 'thu')) continue;
      after = i + 2;
      break;
    }
  }
  if (after < 0 && allowShortPrefix && words[0] === 'cb') after = 1;
  if (after < 0 || after >= words.length) return null;
  let end = words.length;
  for (let i = after; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (/^(19|20)\d\d$/.test(w)) {
      end = i;
      break;
    }
    if (STOP_BEFORE_NUMBER.indexOf(w) >= 0 && next !== undefined && /^\d/.test(next)) {
      end = i;
      break;
    }
    if (w === 'nhiem' && next === 'ky') {
      end = i;
      break;
    }
    if (w === 'truc' && next === 'thuoc' && i === after) return null;
  }
  if (end <= after) return null;
  let name = s.slice(spans[after].start, spans[end - 1].end);
  const cut = name.indexOf('(');
  if (cut > 0) name = name.slice(0, cut);
  name = cleanText(name.replace(/[\s\-–:,]+$/, ''));
  if (!name) return null;
  if (name === name.toUpperCase() && name !== name.toLowerCase()) {
    name = name.charAt(0) + name.slice(1).toLowerCase();
  }
  return 'Chi b\u1ed9 ' + name;
}
