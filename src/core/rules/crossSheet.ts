/**
 * `cell-not-in-member-list`: a chi bộ of the meeting log (meetings of the period) that no member of the
 * list belongs to, compared by key (case, marks, tone placement and the "Chi bộ"/"CB" prefix ignored).
 * Checked only when the member list names chi bộ at all. The suggestion is the member list's spelling of
 * the nearest key, when it is near: a few edits away, or one name containing the other word for word.
 */
import { Finding, makeFinding, Params } from '../findings';
import { Dataset } from '../records';
import { RuleContext } from './context';
import { meetingCells, MeetingCells } from './meetingCells';
import { registerCells, RegisterCells } from './registerCells';
import { editDistance } from '../text/editDistance';
import { meetingsInPeriod } from './meetingScope';
import { meetingAt } from './recordLocation';

/** The nearest key among `keys`, when near enough to be a likely misspelling. */
export function nearestKey(key: string, keys: string[]): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const d = editDistance(key, k);
    const longest = Math.max(key.length, k.length);
    const contained = (' ' + k + ' ').indexOf(' ' + key + ' ') >= 0 || (' ' + key + ' ').indexOf(' ' + k + ' ') >= 0;
    if (d > Math.max(1, Math.floor(longest / 3)) && !contained) continue;
    const score = contained ? Math.min(d, Math.abs(key.length - k.length)) : d;
    if (score < bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

export function checkCellsAgainstMemberList(dataset: Dataset, ctx: RuleContext, knownMembers?: RegisterCells, knownMeetings?: MeetingCells): Finding[] {
  const out: Finding[] = [];
  const memberCells = knownMembers || registerCells(dataset.members);
  if (memberCells.groups.length === 0) return out;
  const spellingOf = memberCells.spelling;
  const keys = memberCells.groups.map(function (g) {
    return g.key;
  });
  const logNames = (knownMeetings || meetingCells(dataset.meetings)).register.names;
  // key of an unknown chi bộ -> suggested spelling ('' when none), computed once per key
  const suggestionOf = new Map<string, string>();
  const meetings = meetingsInPeriod(dataset.meetings, ctx);
  for (let i = 0; i < meetings.length; i++) {
    const m = meetings[i];
    if (!m.cell) continue;
    const name = logNames.clean(m.cell);
    const key = logNames.key(m.cell);
    if (!key || spellingOf.has(key)) continue;
    let suggestion = suggestionOf.get(key);
    if (suggestion === undefined) {
      const near = nearestKey(key, keys);
      suggestion = near === null ? '' : spellingOf.get(near) || '';
      suggestionOf.set(key, suggestion);
    }
    const params: Params = { value: name };
    const extra: { suggestion?: string; groupKey: string } = { groupKey: 'cell-not-in-member-list|' + name };
    if (suggestion) params.suggestion = extra.suggestion = suggestion;
    out.push(makeFinding('cell-not-in-member-list', meetingAt(m, 'cell'), params, extra));
  }
  return out;
}
