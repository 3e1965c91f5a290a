/** Where a finding about one field of a record points: sheet, Excel row, column letter and raw value. */
import { FindingLocation } from '../findings';
import { Meeting, MeetingField, Member, MemberField } from '../records';

export function memberAt(m: Member, field: MemberField | null): FindingLocation {
  if (field === null) return { sheet: m.src.sheet, row: m.src.row, column: null, value: null };
  const raw = m.raw[field];
  return { sheet: m.src.sheet, row: m.src.row, column: m.src.columns[field] || null, value: raw === undefined ? null : raw };
}

export function meetingAt(m: Meeting, field: MeetingField | null): FindingLocation {
  if (field === null) return { sheet: m.src.sheet, row: m.src.row, column: null, value: null };
  const raw = m.raw[field];
  return { sheet: m.src.sheet, row: m.src.row, column: m.src.columns[field] || null, value: raw === undefined ? null : raw };
}
