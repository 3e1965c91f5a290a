/**
 * "Sửa theo đề xuất" in the Kiểm tra panel: "Hoàn tác" with the name of the last batch (disabled when
 * there is nothing to undo), "Vẫn hoàn tác" right after an undo was refused, and one "Sửa cả nhóm" per
 * group of more than one cell, form fixes and guesses (corrections) listed apart. Single findings get
 * their own "Sửa" button in the findings list (findingsView.ts).
 */
import { FixGroup } from '../core/fixes/fixGroups';
import { formatInteger } from '../core/text/numbers';
import { PaneController } from './controller';
import { button, clear, el, keepingFocus, setHidden, setText } from './dom';
import { PaneState, UndoView } from './paneState';
import { S } from './strings';

export interface FixesView {
  root: HTMLElement;
  update(state: PaneState): void;
}

/** Controls whose state says they cannot be used now stay disabled when the pane is idle (app.ts). */
export const UNAVAILABLE_ATTR = 'data-unavailable';

export function createFixesView(pane: PaneController): FixesView {
  const undoButton = button(S.fix.undo, function () {
    void pane.undo();
  }, { class: 'button', 'data-key': 'undo' });
  const forceButton = button(S.fix.force, function () {
    void pane.undo(true);
  }, { class: 'button', 'data-key': 'undo-force' });
  const resetButton = button(S.fix.reset, function () {
    void pane.resetUndoLog();
  }, { class: 'button', 'aria-label': S.fix.resetLabel, 'data-key': 'undo-reset' });
  const undoNote = el('p', { class: 'undo-note' });
  const refusedNote = el('p', { class: 'undo-refused' });
  const groupsBox = el('div', { class: 'fix-groups' });
  const root = el('section', { class: 'fixes', 'aria-label': S.fix.heading }, [
    el('h3', null, [S.fix.heading]),
    el('p', { class: 'intro' }, [S.fix.intro]),
    el('div', { class: 'actions' }, [undoButton]),
    undoNote,
    refusedNote,
    forceButton,
    resetButton,
    groupsBox,
  ]);
  setHidden(root, true);
  let drawnGroups: FixGroup[] | null = null;

  function drawUndo(u: UndoView): void {
    setText(undoButton, u.label ? S.fix.undoLabel(u.label) : S.fix.undo);
    if (u.label) undoButton.removeAttribute(UNAVAILABLE_ATTR);
    else undoButton.setAttribute(UNAVAILABLE_ATTR, '');
    undoButton.disabled = !u.label;
    const note = u.damaged ? u.damaged : !u.label ? S.fix.undoNone : u.batches > 1 ? S.fix.undoMore(formatInteger(u.batches - 1)) : '';
    setText(undoNote, note);
    setHidden(undoNote, note === '');
    setText(refusedNote, u.refused || '');
    setHidden(refusedNote, !u.refused);
    setHidden(forceButton, !u.refused);
    setHidden(resetButton, !u.damaged);
    if (u.label) forceButton.setAttribute('aria-label', S.fix.forceLabel(u.label));
  }

  function groupList(heading: string, groups: FixGroup[], guess: boolean): HTMLElement | null {
    if (!groups.length) return null;
    const ul = el('ul', { class: 'fix-group-list' });
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      const name = S.fix.groupLabel(g.label, guess);
      ul.appendChild(
        el('li', { class: 'fix-group' }, [
          el('span', { class: 'fix-label' }, [name]),
          ' ',
          button(S.fix.group, function () {
            void pane.fixGroup(g.key);
          }, { class: 'button small', 'aria-label': S.fix.groupButtonLabel(name), 'data-key': 'fix-group\u0001' + g.key }),
        ]),
      );
    }
    return el('div', { class: guess ? 'fix-corrections' : 'fix-forms' }, [el('h4', null, [heading]), ul]);
  }

  function drawGroups(groups: FixGroup[]): void {
    clear(groupsBox);
    const forms: FixGroup[] = [];
    const guesses: FixGroup[] = [];
    for (let i = 0; i < groups.length; i++) {
      if (groups[i].cells < 2) continue;
      (groups[i].kind === 'form' ? forms : guesses).push(groups[i]);
    }
    const a = groupList(S.fix.formHeading, forms, false);
    const b = groupList(S.fix.correctionHeading, guesses, true);
    let formCells = 0;
    let formGroups = 0;
    for (let i = 0; i < groups.length; i++) {
      if (groups[i].kind !== 'form') continue;
      formCells += groups[i].cells;
      formGroups++;
    }
    if (formGroups > 1) {
      groupsBox.appendChild(
        el('div', { class: 'actions' }, [
          button(S.fix.allForms, function () {
            void pane.fixAllForms();
          }, { class: 'button', 'aria-label': S.fix.allFormsLabel(formatInteger(formCells)), 'data-key': 'fix-all-forms' }),
        ]),
      );
    }
    if (a) groupsBox.appendChild(a);
    if (b) groupsBox.appendChild(b);
  }

  function update(state: PaneState): void {
    if (!state.undo) {
      setHidden(root, true);
      return;
    }
    setHidden(root, false);
    drawUndo(state.undo);
    if (state.fixGroups !== drawnGroups) {
      drawnGroups = state.fixGroups;
      keepingFocus(groupsBox, function () {
        drawGroups(drawnGroups || []);
      });
    }
  }

  return { root: root, update: update };
}
