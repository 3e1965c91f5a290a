/**
 * "Sổ dữ liệu": each sheet read, what it was recognised as and how many rows it gave; the user can set
 * its kind, its header rows and the column of each field, or go back to the automatic detection.
 */
import { OverrideKind } from './overrides';
import { button, clear, el, keepingFocus, uid } from './dom';
import { PaneController } from './controller';
import { PaneState, SheetEntry, SheetKindView } from './paneState';
import { S } from './strings';

export interface SheetsView {
  root: HTMLElement;
  update(state: PaneState): void;
}

const KINDS: OverrideKind[] = ['members', 'meetings', 'unit', 'ignore'];

function key(role: string, sheet: string, extra?: string): string {
  return role + '\u0001' + sheet + (extra ? '\u0001' + extra : '');
}

function kindLabel(kind: SheetKindView): string {
  return S.sheets.kinds[kind];
}

export function createSheetsView(pane: PaneController): SheetsView {
  const list = el('div', { class: 'sheet-list' });
  const hiddenNote = el('p', { class: 'note' });
  const root = el('div', null, [
    el('h2', null, [S.sheets.heading]),
    el('p', { class: 'intro' }, [pane.downloadsReport ? S.file.sheetsIntro : S.sheets.intro]),
    el('div', { class: 'actions' }, [
      button(S.sheets.reread, function () {
        void pane.detect();
      }, { class: 'button primary', 'data-key': 'reread' }),
    ]),
    list,
    hiddenNote,
  ]);
  /** Sheets whose column editor is open. */
  const open: { [sheet: string]: boolean } = {};
  let drawn: SheetEntry[] | null = null;
  let drawnRead = false;

  function kindSelect(e: SheetEntry): HTMLElement {
    const id = uid('kind');
    const select = el('select', { id: id, 'data-key': key('kind', e.sheet) }) as HTMLSelectElement;
    if (e.kind === 'unknown') select.appendChild(el('option', { value: '', selected: true, disabled: true }, [kindLabel('unknown')]));
    for (let i = 0; i < KINDS.length; i++) {
      select.appendChild(el('option', { value: KINDS[i], selected: KINDS[i] === e.kind }, [kindLabel(KINDS[i])]));
    }
    select.addEventListener('change', function () {
      const v = select.value as OverrideKind;
      if (v) void pane.setSheetKind(e.sheet, v);
    });
    return el('div', { class: 'field' }, [el('label', { for: id }, [S.sheets.kindLabel]), select]);
  }

  function headerRowsEditor(e: SheetEntry): HTMLElement {
    const id = uid('hdr');
    const hintId = uid('hdr-hint');
    const input = el('input', {
      id: id,
      type: 'text',
      inputmode: 'numeric',
      value: e.headerRows.length ? e.headerRows.join('-') : '',
      'aria-describedby': hintId,
      'data-key': key('hdr', e.sheet),
      class: 'short',
    }) as HTMLInputElement;
    function apply(): void {
      void pane.setHeaderRows(e.sheet, input.value);
    }
    input.addEventListener('keydown', function (ev: KeyboardEvent) {
      if (ev.key === 'Enter') {
        ev.preventDefault();
        apply();
      }
    });
    return el('div', { class: 'field' }, [
      el('label', { for: id }, [S.sheets.headerRowsLabel]),
      el('div', { class: 'inline' }, [
        input,
        button(S.sheets.headerRowsApplyShort, apply, {
          class: 'button secondary',
          'aria-label': S.sheets.headerRowsApply,
          'data-key': key('hdrbtn', e.sheet),
        }),
      ]),
      el('span', { id: hintId, class: 'hint' }, [S.sheets.headerRowsHint]),
    ]);
  }

  function columnsEditor(e: SheetEntry): HTMLElement[] {
    const bodyId = uid('cols');
    const expanded = !!open[e.sheet];
    let mapped = 0;
    for (let i = 0; i < e.fields.length; i++) if (e.fields[i].column) mapped++;
    const toggle = button(
      S.sheets.columnsToggle(String(mapped)),
      function () {
        open[e.sheet] = !open[e.sheet];
        redraw();
      },
      { 'data-view-only': true, class: 'disclosure', 'aria-expanded': expanded ? 'true' : 'false', 'aria-controls': bodyId, 'data-key': key('cols', e.sheet) },
    );
    const body = el('div', { id: bodyId, class: 'columns' });
    if (!expanded) body.setAttribute('hidden', '');
    else {
      for (let i = 0; i < e.fields.length; i++) {
        const f = e.fields[i];
        const id = uid('col');
        const select = el('select', { id: id, 'data-key': key('col', e.sheet, f.field) }) as HTMLSelectElement;
        if (!f.column) select.appendChild(el('option', { value: '', selected: true }, [S.sheets.columnNone]));
        for (let c = 0; c < e.columns.length; c++) {
          const col = e.columns[c];
          select.appendChild(el('option', { value: col.letter, selected: col.letter === f.column }, [S.sheets.columnOption(col.letter, col.header)]));
        }
        select.addEventListener('change', function () {
          if (select.value) void pane.setFieldColumn(e.sheet, f.field, select.value);
        });
        body.appendChild(el('div', { class: 'field-row' }, [el('label', { for: id }, [f.label]), select]));
      }
    }
    return [toggle, body];
  }

  function card(e: SheetEntry): HTMLElement {
    const titleId = uid('sheet');
    const children: (HTMLElement | null)[] = [
      el('div', { class: 'card-head' }, [
        el('h3', { id: titleId }, [e.sheet]),
        el('span', { class: 'badge' + (e.chosenByUser ? ' badge-user' : '') }, [e.chosenByUser ? S.sheets.chosen : S.sheets.auto]),
      ]),
      el('p', { class: 'summary' }, [e.summary]),
      kindSelect(e),
    ];
    if (e.kind === 'members' || e.kind === 'meetings') {
      children.push(headerRowsEditor(e));
      if (e.fields.length) {
        const parts = columnsEditor(e);
        for (let i = 0; i < parts.length; i++) children.push(parts[i]);
      }
    }
    if (e.chosenByUser) {
      children.push(
        el('div', { class: 'actions' }, [
          button(S.sheets.reset, function () {
            void pane.resetSheet(e.sheet);
          }, { class: 'button link', 'aria-label': S.sheets.resetLabel(e.sheet), 'data-key': key('reset', e.sheet) }),
        ]),
      );
    }
    return el('div', { class: 'card', role: 'group', 'aria-labelledby': titleId }, children);
  }

  function draw(): void {
    clear(list);
    const sheets = drawn || [];
    if (!drawnRead) list.appendChild(el('p', { class: 'note' }, [S.sheets.notRead]));
    else if (!sheets.length) list.appendChild(el('p', { class: 'note' }, [S.sheets.noSheets]));
    for (let i = 0; i < sheets.length; i++) list.appendChild(card(sheets[i]));
  }

  function redraw(): void {
    keepingFocus(list, draw, function (k: string): string[] {
      // A control that went away (e.g. "Dùng nhận dạng tự động"): stay on the same sheet's kind.
      const parts = k.split('\u0001');
      return parts.length > 1 ? [key('kind', parts[1])] : [];
    });
  }

  function update(state: PaneState): void {
    if (state.workbook.sheets === drawn && state.workbook.read === drawnRead) return;
    drawn = state.workbook.sheets;
    drawnRead = state.workbook.read;
    redraw();
    hiddenNote.textContent = state.workbook.hidden.length ? S.sheets.skippedHidden(state.workbook.hidden) : '';
  }

  return { root: root, update: update };
}
