/**
 * The pane's status area, shown above every tab: while an action runs, its step, a progress bar and
 * "Hủy"; afterwards, the outcome. Steps and outcomes are read out by screen readers (a polite live
 * region; errors in an alert region).
 */
import { button, clear, el, setClass, setHidden, setText } from './dom';
import { PaneState, StatusView } from './paneState';
import { S } from './strings';

export interface ProgressView {
  root: HTMLElement;
  cancelButton: HTMLButtonElement;
  update(state: PaneState): void;
}

function drawLines(node: HTMLElement, status: StatusView | null): void {
  clear(node);
  if (!status) return;
  for (let i = 0; i < status.lines.length; i++) node.appendChild(el('p', null, [status.lines[i]]));
}

export function createProgressView(onCancel: () => void): ProgressView {
  const step = el('p', { class: 'progress-step', 'aria-live': 'polite' });
  const fill = el('div', { class: 'progress-fill' });
  const bar = el('div', {
    class: 'progress-track',
    role: 'progressbar',
    'aria-label': S.progress.label,
    'aria-valuemin': 0,
    'aria-valuemax': 100,
    'aria-valuenow': 0,
  }, [fill]);
  const cancelButton = button(S.progress.cancel, onCancel, { class: 'button secondary', 'aria-label': S.progress.cancelLabel });
  const busy = el('div', { class: 'progress-row' }, [bar, cancelButton]);
  // Live regions stay in the page (empty when there is nothing to say) so that changes are announced.
  const status = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const alert = el('div', { class: 'status status-error', role: 'alert' });
  const root = el('div', { class: 'status-area' }, [step, busy, status, alert]);
  let lastStatus: StatusView | null = null;

  function update(state: PaneState): void {
    const b = state.busy;
    setHidden(busy, !b);
    setText(step, b ? b.step : '');
    if (b) {
      const pct = Math.round(Math.max(0, Math.min(1, b.fraction)) * 100);
      fill.style.width = pct + '%';
      bar.setAttribute('aria-valuenow', String(pct));
      bar.setAttribute('aria-valuetext', pct + '%');
      cancelButton.disabled = b.cancelling;
    }
    if (state.status !== lastStatus) {
      lastStatus = state.status;
      const s = state.status;
      const isError = !!s && s.kind === 'error';
      drawLines(status, isError ? null : s);
      drawLines(alert, isError ? s : null);
      status.className = 'status' + (s && !isError ? ' status-' + s.kind : '');
    }
    setClass(root, 'is-busy', !!b);
  }

  return { root: root, cancelButton: cancelButton, update: update };
}
