/**
 * Whether the unit the registers belong to is itself a chi bộ (a chi bộ cơ sở keeping its own registers)
 * rather than a đảng bộ with chi bộ trực thuộc: told by its name in the unit info ("Chi bộ Trường …").
 * The report, the reader and the summaries all ask it here.
 */
import { UnitInfo } from './records';
import { fold } from './text/normalize';

export function isCellUnit(unit: UnitInfo): boolean {
  return /^chi bo\b/.test(fold(unit.partyName || ''));
}
