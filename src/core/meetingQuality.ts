/**
 * Whether a meeting meets the quality criteria of a rule set ("đạt chất lượng"). Criteria whose data
 * the log does not record are not held against the meeting; `assessed` says whether anything was checked.
 */
import { Meeting } from './records';
import { RuleSet } from './rulesets';

export interface QualityResult {
  /** At least one criterion could be checked. */
  assessed: boolean;
  ok: boolean;
  /** Vietnamese reasons, e.g. "tỷ lệ dự họp 80% (cần trên 85%)". */
  reasons: string[];
}

function pct(x: number): string {
  return (Math.round(x * 1000) / 10).toString().replace('.', ',') + '%';
}

/** Attendance share: present over (total − exempt); null when the counts are missing. */
export function attendanceShare(m: Meeting): number | null {
  if (m.present === null || m.total === null) return null;
  const base = m.total - (m.exempt || 0);
  if (base <= 0) return null;
  return m.present / base;
}

export function meetingMinutes(m: Meeting): number | null {
  if (m.start === null || m.end === null) return null;
  const d = m.end - m.start;
  return d > 0 ? d : null;
}

export function assessMeeting(m: Meeting, rs: RuleSet): QualityResult {
  const reasons: string[] = [];
  let assessed = false;
  const share = attendanceShare(m);
  if (share !== null) {
    assessed = true;
    if (!(share > rs.minAttendanceShare)) reasons.push('tỷ lệ dự họp ' + pct(share) + ' (cần trên ' + pct(rs.minAttendanceShare) + ')');
  }
  if (rs.noUnexcusedAbsence && m.absentUnexcused !== null) {
    assessed = true;
    if (m.absentUnexcused > 0) reasons.push('có ' + m.absentUnexcused + ' đảng viên vắng không lý do');
  }
  const minutes = meetingMinutes(m);
  if (minutes !== null) {
    assessed = true;
    const need = m.kind === 'combined' && rs.minMinutesCombined !== null ? rs.minMinutesCombined : rs.minMinutes;
    if (minutes < need) reasons.push('thời lượng ' + minutes + ' phút (cần ít nhất ' + need + ' phút)');
  }
  if (rs.resolutionRequired && m.hasResolution !== null) {
    assessed = true;
    if (!m.hasResolution) reasons.push('không ghi nghị quyết hoặc kết luận');
  }
  return { assessed: assessed, ok: assessed && reasons.length === 0, reasons: reasons };
}
