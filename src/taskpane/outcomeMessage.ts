/**
 * What the user reads when an action stops early: cancelled or failed, and in either case which sheets
 * were written before it stopped and which were not. A HostError's message is shown as it is (the host
 * words it in Vietnamese), and so is a damaged undo log's (core words it); anything else becomes one general Vietnamese sentence, never a stack trace.
 */
import { UndoLogFormatError } from '../core/fixes/undoLogFormat';
import { CancelledError, HostError } from '../hosts/workbookHost';
import { StatusView } from './paneState';
import { S } from './strings';

export function isCancelled(e: unknown): boolean {
  return e instanceof CancelledError;
}

export function failureText(e: unknown): string {
  if ((e instanceof HostError || e instanceof UndoLogFormatError) && e.message) return e.message;
  return S.outcome.generic;
}

/**
 * `written`: sheets written in full before the stop; `pending`: sheets the action meant to write but did
 * not. An action that writes nothing passes two empty lists.
 */
export function stoppedStatus(e: unknown, written: string[], pending: string[], writes: boolean): StatusView {
  const cancelled = isCancelled(e);
  const lines: string[] = [cancelled ? S.outcome.cancelled : failureText(e)];
  if (writes) {
    if (written.length) lines.push(S.outcome.written(written));
    else lines.push(S.outcome.nothingWritten);
    if (written.length && pending.length) lines.push(S.outcome.notWritten(pending));
  } else if (cancelled) {
    lines.push(S.outcome.nothingWritten);
  }
  return { kind: cancelled ? 'info' : 'error', lines: lines };
}
