/**
 * What the user chose to fix: single findings (the one clicked in the pane), whole groups, every fix of
 * some rules, or every form fix ("tất cả": the fixes that change how a value is written, not what it
 * says). A finding is chosen when any part of the selection names it.
 */
import { Finding, FindingCode } from '../findings';
import { fixGroupKey, fixId } from './fixGroups';
import { fixRuleOf, isFixable } from './fixRules';

export interface FixSelection {
  /** Single findings, matched by rule and cell (fixId), so a finding from an earlier check still matches. */
  findings?: Finding[];
  /** Group keys as fixGroups gives them. */
  groupKeys?: string[];
  /** Every fix of these rules. */
  codes?: FindingCode[];
  /** Every fix of kind 'form'. */
  allForm?: boolean;
}

export function isEmptySelection(sel: FixSelection): boolean {
  return !sel.allForm && !(sel.findings && sel.findings.length) && !(sel.groupKeys && sel.groupKeys.length) && !(sel.codes && sel.codes.length);
}

/** A predicate for the findings a selection chooses (only fixable findings are ever chosen). */
export function selectionMatcher(sel: FixSelection): (f: Finding) => boolean {
  const ids: { [id: string]: true } = {};
  const keys: { [key: string]: true } = {};
  const codes: { [code: string]: true } = {};
  if (sel.findings) for (let i = 0; i < sel.findings.length; i++) ids['=' + fixId(sel.findings[i])] = true;
  if (sel.groupKeys) for (let i = 0; i < sel.groupKeys.length; i++) keys['=' + sel.groupKeys[i]] = true;
  if (sel.codes) for (let i = 0; i < sel.codes.length; i++) codes['=' + sel.codes[i]] = true;
  return function (f: Finding): boolean {
    if (!isFixable(f)) return false;
    if (sel.allForm && fixRuleOf(f.code)!.kind === 'form') return true;
    return !!(ids['=' + fixId(f)] || keys['=' + fixGroupKey(f)] || codes['=' + f.code]);
  };
}
