/**
 * All rules over the typed records (DESIGN section 4). The reading side raises the per-cell findings
 * (empty required values, unknown categories, unreadable dates, structure); these are the checks on
 * the records themselves and across the two registers.
 */
import { Dataset } from '../records';
import { Finding } from '../findings';
import { RuleContext } from './context';
import { checkAdmissionAge, checkLeftBeforeAdmitted, checkMemberFutureDates } from './memberDates';
import { checkOfficialDates, checkProbationOverdue } from './probation';
import { checkDuplicatePersons } from './duplicatePersons';
import { checkCardFormats, checkDuplicateCards } from './cardNumbers';
import { checkCellNameVariants } from './cellNames';
import { checkMeetingDates } from './meetingDates';
import { checkMeetingCoverage } from './meetingCoverage';
import { checkMeetingCounts } from './meetingCounts';
import { checkCellsAgainstMemberList } from './crossSheet';
import { checkDuplicateMeetings } from './duplicateMeetings';
import { checkMeetingQuality } from './meetingQualityRule';
import { meetingCells } from './meetingCells';
import { registerCells } from './registerCells';

/** Run every rule over the dataset; findings come in rule order (the caller sorts them). */
export function runRules(dataset: Dataset, ctx: RuleContext): Finding[] {
  const members = dataset.members;
  const meetings = dataset.meetings;
  const cells = meetingCells(meetings);
  const memberCells = registerCells(members);
  return ([] as Finding[]).concat(
    checkMemberFutureDates(members, ctx),
    checkAdmissionAge(members, ctx),
    checkOfficialDates(members, ctx),
    checkProbationOverdue(members, ctx),
    checkLeftBeforeAdmitted(members),
    checkDuplicatePersons(members, ctx),
    checkDuplicateCards(members, ctx),
    checkCardFormats(members, ctx),
    checkCellNameVariants(members, memberCells),
    checkCellNameVariants(meetings, cells.register),
    checkMeetingDates(meetings, ctx, cells),
    checkMeetingCoverage(dataset, ctx, cells, memberCells),
    checkMeetingCounts(meetings, ctx, cells),
    checkCellsAgainstMemberList(dataset, ctx, memberCells, cells),
    checkDuplicateMeetings(meetings, ctx, cells),
    checkMeetingQuality(meetings, ctx, cells),
  );
}
