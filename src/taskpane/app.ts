/**
 * The task pane: a title, tabs in the order of the work (Sổ dữ liệu, Kiểm tra, Báo cáo, Mẫu), the status
 * area with progress and "Hủy" above them, and the four panels. `mountTaskpane` draws it into `root`,
 * wires it to a controller over the given host and reads the workbook once.
 */
import { WorkbookHost } from '../hosts/workbookHost';
import { ControllerOptions, PaneController } from './controller';
import { clear, el } from './dom';
import { createFindingsView } from './findingsView';
import { UNAVAILABLE_ATTR } from './fixesView';
import { PaneState } from './paneState';
import { createProgressView } from './progressView';
import { createReportView } from './reportView';
import { createSheetsView } from './sheetsView';
import { S } from './strings';
import { createTabs } from './tabsView';
import { createTemplateView } from './templateView';

export interface PaneApp {
  controller: PaneController;
  /** Resolves when the first reading of the workbook is over. */
  ready: Promise<void>;
  /** Remove the pane from the page. */
  destroy(): void;
}

/** The id of the element of taskpane.html the pane is drawn into. */
export const TASKPANE_ROOT_ID = 'app';

export const TAB_SHEETS = 0;
export const TAB_CHECK = 1;
export const TAB_REPORT = 2;
export const TAB_TEMPLATE = 3;

/**
 * While work runs, the controls of the panels that start work are disabled; tabs, "Hủy" and the controls
 * that only show or hide part of the pane (`data-view-only`) stay usable; a control marked unavailable
 * (nothing to undo) stays disabled.
 */
function setControlsDisabled(container: HTMLElement, disabled: boolean): void {
  const nodes = container.querySelectorAll('button, input, select');
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as HTMLButtonElement;
    if (!n.hasAttribute('data-view-only')) n.disabled = disabled || n.hasAttribute(UNAVAILABLE_ATTR);
  }
}

export function mountTaskpane(root: HTMLElement, host: WorkbookHost, opts?: ControllerOptions): PaneApp {
  const pane = new PaneController(host, opts);
  // A file read in the browser gets no "Mẫu" tab: its sheets would have nowhere to go.
  const specs = [{ label: S.tabs.sheets }, { label: S.tabs.check }, { label: S.tabs.report }];
  if (!pane.downloadsReport) specs.push({ label: S.tabs.template });
  const tabs = createTabs(S.tabs.label, specs);
  const progress = createProgressView(function () {
    pane.cancel();
  });
  const sheets = createSheetsView(pane);
  const findings = createFindingsView(pane);
  const report = createReportView(pane);
  tabs.panels[TAB_SHEETS].appendChild(sheets.root);
  tabs.panels[TAB_CHECK].appendChild(findings.root);
  tabs.panels[TAB_REPORT].appendChild(report.root);
  if (!pane.downloadsReport) tabs.panels[TAB_TEMPLATE].appendChild(createTemplateView(pane));

  const panels = el('div', { class: 'panels' }, tabs.panels);
  const app = el('div', { class: 'pane' }, [
    el('header', { class: 'pane-header' }, [el('h1', null, [S.appTitle]), el('p', { class: 'subtitle' }, [S.appSubtitle])]),
    tabs.bar,
    progress.root,
    panels,
  ]);
  clear(root);
  root.appendChild(app);

  /** The control that started the work: disabling it loses the focus, so it gets it back when the work is over. */
  let focusNode: HTMLElement | null = null;
  let focusKey: string | null = null;
  let wasBusy = false;

  function restoreFocus(): void {
    const active = document.activeElement;
    if (active && active !== document.body && panels.contains(active)) return;
    if (focusKey) {
      const nodes = panels.querySelectorAll('[data-key]');
      for (let i = 0; i < nodes.length; i++) {
        if (nodes[i].getAttribute('data-key') === focusKey) {
          (nodes[i] as HTMLElement).focus();
          return;
        }
      }
    }
    if (focusNode && panels.contains(focusNode)) focusNode.focus();
  }

  function render(state: PaneState): void {
    const busy = !!state.busy;
    if (busy && !wasBusy) {
      const active = document.activeElement as HTMLElement | null;
      focusNode = active && panels.contains(active) ? active : null;
      focusKey = focusNode ? focusNode.getAttribute('data-key') : null;
    }
    progress.update(state);
    sheets.update(state);
    findings.update(state);
    report.update(state);
    setControlsDisabled(panels, busy);
    panels.setAttribute('aria-busy', busy ? 'true' : 'false');
    // Long work: the keyboard goes to "Hủy" (a correction is over too soon for that to help).
    if (busy && !wasBusy && focusNode && state.busy!.action !== 'correct') progress.cancelButton.focus();
    if (!busy && wasBusy) {
      restoreFocus();
      focusNode = null;
      focusKey = null;
    }
    wasBusy = busy;
  }

  const unsubscribe = pane.subscribe(render);
  render(pane.state);
  const ready = pane.start();
  return {
    controller: pane,
    ready: ready,
    destroy: function (): void {
      unsubscribe();
      clear(root);
    },
  };
}
