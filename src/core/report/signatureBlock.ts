/**
 * The foot of the report: "Nơi nhận:" with the recipients on the left (the office's own text, filled
 * with the usual recipients), and on the right "T/M ĐẢNG ỦY", "BÍ THƯ", room for the signature and
 * the signer's name from the unit info.
 */
import { UnitInfo } from '../records';
import { cleanText } from '../text/normalize';
import { estimateRowHeight, heightForLines } from './rowHeight';
import { SheetDraft, textFont } from './sheetDraft';
import { BODY_SIZE, SPANS, STYLE } from './summaryLayout';
import { onBehalfLine, unitWord } from './unitNames';

/** Room left for the handwritten signature and the seal, in points. */
export const SIGNATURE_SPACE = 62;

/** The usual recipients of a sơ kết report, one a line, as the seed lists them. */
export function defaultRecipients(unit: UnitInfo): string {
  const parent = cleanText(unit.parentName || '') || 'Cấp ủy cấp trên';
  const lines = ['- ' + parent + ' (b/c);'];
  if (unitWord(unit) === 'Đảng bộ') {
    lines.push('- Các chi bộ trực thuộc (t/h);');
    lines.push('- Lưu: VT, ĐU.');
  } else {
    lines.push('- Lưu: Chi bộ.');
  }
  return lines.join('\n');
}

export function signatureBlock(draft: SheetDraft, unit: UnitInfo, recipientsName: string): void {
  const left = SPANS.headerLeft;
  const right = SPANS.headerRight;
  const top = draft.row;
  draft.shortText(top, left[0], left[1], 'Nơi nhận:', STYLE.recipientsTitle);
  draft.shortText(top, right[0], right[1], onBehalfLine(unit), STYLE.signature);
  draft.shortText(top + 1, right[0], right[1], 'BÍ THƯ', STYLE.signature);
  draft.height(top + 2, SIGNATURE_SPACE);
  const signer = cleanText(unit.signer || '');
  if (signer) draft.shortText(top + 3, right[0], right[1], signer, STYLE.signature);
  else draft.height(top + 3, heightForLines(1, BODY_SIZE));

  const recipients = defaultRecipients(unit);
  const range = { top: top + 1, left: left[0], bottom: top + 3, right: left[1] };
  draft.put(range.top, range.left, { value: recipients, role: 'userText', style: STYLE.recipients });
  draft.merge(range.top, range.left, range.right, range.bottom);
  draft.name(recipientsName, range);
  // The recipients may need more room than the signature: the signature space grows.
  const need = estimateRowHeight(recipients, draft.widthPx(range.left, range.right), textFont(STYLE.recipients));
  const have = draft.rowHeights[top + 1] + draft.rowHeights[top + 2] + draft.rowHeights[top + 3];
  if (need > have) draft.height(top + 2, draft.rowHeights[top + 2] + need - have);
  draft.row = top + 4;
}
