/**
 * The chi bộ of each meeting as a key (cellKey), with one display spelling per key. When no meeting of
 * the log names its chi bộ (a unit with a single chi bộ), every meeting belongs to one unnamed chi bộ.
 */
import { cellDisplayName } from '../cells';
import { Meeting } from '../records';
import { registerCells, RegisterCells } from './registerCells';

export const UNNAMED_CELL_KEY = '';

export interface MeetingCells {
  /** Key of a meeting's chi bộ, or null when the meeting names none while others do. */
  keyOf: (m: Meeting) => string | null;
  /** The most frequent spelling in the log for each key ('' for the unnamed chi bộ). */
  spelling: Map<string, string>;
  register: RegisterCells;
}

export function meetingCells(meetings: Meeting[]): MeetingCells {
  const register = registerCells(meetings);
  const spelling = new Map<string, string>();
  // Copied by hand: IE11's native Map ignores a constructor argument.
  register.spelling.forEach(function (v, k) {
    spelling.set(k, v);
  });
  const anyNamed = spelling.size > 0;
  if (!anyNamed && meetings.length > 0) spelling.set(UNNAMED_CELL_KEY, '');
  return {
    keyOf: function (m: Meeting): string | null {
      const k = m.cell ? register.names.key(m.cell) : '';
      if (k) return k;
      return anyNamed ? null : UNNAMED_CELL_KEY;
    },
    spelling: spelling,
    register: register,
  };
}

/** "Chi bộ Văn phòng"; the unnamed chi bộ of a single-chi-bộ unit is "Chi bộ". */
export function cellTitle(spelling: string): string {
  return spelling ? cellDisplayName(spelling) : 'Chi bộ';
}
