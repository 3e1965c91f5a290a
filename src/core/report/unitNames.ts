/**
 * How the report names the unit: "Đảng bộ" or "Chi bộ" for the organisation, and its committee
 * ("Đảng ủy Sở Khoa học và Công nghệ"), which issues and signs the report.
 */
import { UnitInfo } from '../records';
import { isCellUnit } from '../unitKind';
import { cleanText, fold } from '../text/normalize';

/** "Đảng bộ", or "Chi bộ" when the unit is a chi bộ cơ sở. */
export function unitWord(unit: UnitInfo): string {
  return isCellUnit(unit) ? 'Chi bộ' : 'Đảng bộ';
}

/**
 * "Đảng ủy Sở Khoa học và Công nghệ" from "Đảng bộ Sở Khoa học và Công nghệ": the committee issues
 * the report. A chi bộ signs as itself. "" when the unit has no name.
 */
export function issuingBodyName(unit: UnitInfo): string {
  const name = cleanText(unit.partyName || '');
  if (!name) return '';
  const words = name.split(' ');
  if (words.length > 2 && fold(words[0] + ' ' + words[1]) === 'dang bo') return 'Đảng ủy ' + words.slice(2).join(' ');
  return name;
}

/** "T/M ĐẢNG ỦY" or "T/M CHI BỘ" over the signature. */
export function onBehalfLine(unit: UnitInfo): string {
  return unitWord(unit) === 'Chi bộ' ? 'T/M CHI BỘ' : 'T/M ĐẢNG ỦY';
}
