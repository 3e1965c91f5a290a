/**
 * "Báo cáo": the period (từ ngày, đến ngày; prefilled with the period the workbook gives), the percent
 * decimals, whether to write the findings sheet too, and "Tạo báo cáo"; after a report, its key figures.
 */
import { formatPercent } from '../core/text/numbers';
import { PaneController } from './controller';
import { clear, el, uid } from './dom';
import { PaneState, ReportView as ReportData } from './paneState';
import { S } from './strings';

export interface ReportView {
  root: HTMLElement;
  update(state: PaneState): void;
}

/** The example on each decimals option: 26 of 66 members, the seed report's cao cấp share. */
const EXAMPLE_SHARE = 26 / 66;

function dateField(label: string, onInput: (text: string) => void): { field: HTMLElement; input: HTMLInputElement } {
  const id = uid('date');
  const hintId = uid('date-hint');
  const input = el('input', {
    id: id,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    placeholder: 'dd/mm/yyyy',
    'aria-describedby': hintId,
    class: 'date',
  }) as HTMLInputElement;
  function changed(): void {
    onInput(input.value);
  }
  input.addEventListener('input', changed);
  input.addEventListener('change', changed);
  const field = el('div', { class: 'field' }, [el('label', { for: id }, [label]), input, el('span', { id: hintId, class: 'hint' }, [S.report.dateHint])]);
  return { field: field, input: input };
}

export function createReportView(pane: PaneController): ReportView {
  const from = dateField(S.report.from, function (t) {
    pane.setPeriodText('from', t);
  });
  const to = dateField(S.report.to, function (t) {
    pane.setPeriodText('to', t);
  });

  const decimalsId = uid('decimals');
  const decimals = el('select', { id: decimalsId }) as HTMLSelectElement;
  for (let n = 0; n <= 2; n++) decimals.appendChild(el('option', { value: n }, [S.report.decimalOption(n, formatPercent(EXAMPLE_SHARE, n))]));
  decimals.addEventListener('change', function () {
    pane.setPercentDecimals(+decimals.value);
  });

  const findingsId = uid('with-findings');
  const withFindings = el('input', { id: findingsId, type: 'checkbox' }) as HTMLInputElement;
  withFindings.addEventListener('change', function () {
    pane.setWriteFindings(withFindings.checked);
  });

  const download = pane.downloadsReport;
  const run = el('button', { type: 'submit', class: 'button primary', 'data-key': 'report' }, [download ? S.file.run : S.report.run]);
  const form = el('form', { class: 'report-form', novalidate: true }, [
    el('div', { class: 'period' }, [from.field, to.field]),
    el('div', { class: 'field' }, [el('label', { for: decimalsId }, [S.report.decimals]), decimals]),
    el('div', { class: 'check' }, [withFindings, el('label', { for: findingsId }, [download ? S.file.writeFindings : S.report.writeFindings])]),
    el('div', { class: 'actions' }, [run]),
  ]);
  form.addEventListener('submit', function (e: Event) {
    e.preventDefault();
    void pane.generateReport();
  });

  const figuresTitleId = uid('figures');
  const figures = el('dl', { class: 'figures', 'aria-labelledby': figuresTitleId });
  const figuresBlock = el('div', { class: 'figures-block', hidden: true }, [el('h3', { id: figuresTitleId }, [S.report.figuresHeading]), figures]);

  const root = el('div', null, [el('h2', null, [S.report.heading]), el('p', { class: 'intro' }, [download ? S.file.reportIntro : S.report.intro]), form, figuresBlock]);
  let drawn: ReportData | null = null;
  let last: PaneState | null = null;

  /** Set a control's value from the state unless the user is typing in it. */
  function sync(input: HTMLInputElement, value: string): void {
    if (document.activeElement !== input && input.value !== value) input.value = value;
  }

  // Clearing both dates brings back the workbook's period: shown once the user leaves the field.
  function syncPeriod(): void {
    setTimeout(function () {
      if (!last) return;
      sync(from.input, last.period.from);
      sync(to.input, last.period.to);
    }, 0);
  }
  from.input.addEventListener('blur', syncPeriod);
  to.input.addEventListener('blur', syncPeriod);

  function update(state: PaneState): void {
    last = state;
    sync(from.input, state.period.from);
    sync(to.input, state.period.to);
    if (decimals.value !== String(state.percentDecimals)) decimals.value = String(state.percentDecimals);
    if (withFindings.checked !== state.writeFindings) withFindings.checked = state.writeFindings;
    if (state.report === drawn) return;
    drawn = state.report;
    clear(figures);
    if (!drawn) {
      figuresBlock.setAttribute('hidden', '');
      return;
    }
    for (let i = 0; i < drawn.figures.length; i++) {
      figures.appendChild(el('div', { class: 'figure' }, [el('dt', null, [drawn.figures[i].label]), el('dd', null, [drawn.figures[i].value])]));
    }
    figuresBlock.removeAttribute('hidden');
  }

  return { root: root, update: update };
}
