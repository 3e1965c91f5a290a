/**
 * "Kiểm tra": the counts by severity, then the findings by severity and rule, each rule a disclosure
 * listing its first findings with "Xem thêm" for the rest. A finding is a button that takes the user to
 * its cell; a finding with a fix has a "Sửa" button beside it, and the fixes and "Hoàn tác" come first.
 */
import { Finding } from '../core/findings';
import { button, clear, el, keepingFocus, uid } from './dom';
import { PaneController } from './controller';
import { FindingsView as FindingsData, PaneState, RuleGroup } from './paneState';
import { S } from './strings';
import { formatInteger } from '../core/text/numbers';
import { MORE_STEP } from './findingGroups';
import { isFixable } from '../core/fixes/fixRules';
import { fixButtonLabel } from './controller';
import { createFixesView } from './fixesView';

export interface FindingsView {
  root: HTMLElement;
  update(state: PaneState): void;
}

function valueText(v: Finding['value']): string {
  return v === null || v === undefined ? '' : String(v);
}

export function createFindingsView(pane: PaneController): FindingsView {
  const counts = el('p', { class: 'counts' });
  const list = el('div', { class: 'finding-groups' });
  const fixes = createFixesView(pane);
  const root = el('div', null, [
    el('h2', null, [S.check.heading]),
    el('p', { class: 'intro' }, [pane.downloadsReport ? S.file.checkIntro : S.check.intro]),
    pane.downloadsReport ? el('p', { class: 'intro file-note' }, [S.file.noFixes]) : null,
    el('div', { class: 'actions' }, [
      button(S.check.run, function () {
        void pane.check();
      }, { class: 'button primary', 'data-key': 'check' }),
    ]),
    counts,
    fixes.root,
    list,
  ]);
  /** Rule groups the user opened or closed (default: errors and warnings open). */
  const expanded: { [key: string]: boolean } = {};
  let drawn: FindingsData | null = null;
  /** The host can write fixes. */
  let fixable = false;

  function isOpen(r: RuleGroup): boolean {
    if (expanded[r.key] !== undefined) return expanded[r.key];
    return r.key.indexOf('info|') !== 0;
  }

  function item(f: Finding): HTMLElement {
    // Spaces between the parts keep them apart in the button's accessible name.
    const parts: (HTMLElement | string)[] = [];
    if (f.sheet) parts.push(el('span', { class: 'where' }, [S.check.where(f.sheet, f.column, f.row) + ':']), ' ');
    parts.push(el('span', { class: 'message' }, [f.message]));
    if (f.suggestion) parts.push(' ', el('span', { class: 'suggestion' }, [S.check.suggestion(f.suggestion)]));
    // In a file read in the browser there is no cell to go to: the finding is text, not a button.
    if (!f.sheet || pane.downloadsReport) return el('li', { class: 'finding' }, [el('div', { class: 'finding-body' }, parts)]);
    const b = el('button', { type: 'button', class: 'finding-body finding-link', title: valueText(f.value) || null }, parts);
    b.addEventListener('click', function () {
      void pane.selectFinding(f);
    });
    if (!fixable || !isFixable(f)) return el('li', { class: 'finding' }, [b]);
    const fix = button(S.fix.one, function () {
      void pane.fixFinding(f);
    }, { class: 'button small fix', 'aria-label': fixButtonLabel(f), 'data-key': 'fix\u0001' + f.code + '@' + f.sheet + '!' + f.column + f.row });
    return el('li', { class: 'finding' }, [b, fix]);
  }

  function ruleBlock(r: RuleGroup): HTMLElement {
    const bodyId = uid('rule');
    const open = isOpen(r);
    const toggle = button(
      S.check.groupToggle(r.title, formatInteger(r.count)),
      function () {
        expanded[r.key] = !isOpen(r);
        redraw();
      },
      { 'data-view-only': true, class: 'disclosure', 'aria-expanded': open ? 'true' : 'false', 'aria-controls': bodyId, 'data-key': 'rule\u0001' + r.key },
    );
    const body = el('div', { id: bodyId });
    if (!open) body.setAttribute('hidden', '');
    else {
      const ul = el('ul', { class: 'findings' });
      for (let i = 0; i < r.shown.length; i++) ul.appendChild(item(r.shown[i]));
      body.appendChild(ul);
      if (r.more > 0) {
        body.appendChild(
          button(S.check.more(formatInteger(r.more)), function () {
            pane.showMore(r.key);
          }, { 'data-view-only': true, class: 'button link', 'aria-label': S.check.moreLabel(formatInteger(r.more), r.title, formatInteger(Math.min(r.more, MORE_STEP))), 'data-key': 'more\u0001' + r.key }),
        );
      }
    }
    return el('div', { class: 'rule' }, [toggle, body]);
  }

  function draw(): void {
    clear(list);
    const data = drawn;
    if (!data) {
      counts.textContent = S.check.notRun;
      return;
    }
    counts.textContent = data.total ? data.countsText : S.check.none;
    for (let g = 0; g < data.groups.length; g++) {
      const group = data.groups[g];
      const section = el('div', { class: 'severity severity-' + group.severity }, [
        el('h3', null, [group.label + ' (' + formatInteger(group.count) + ')']),
      ]);
      for (let r = 0; r < group.rules.length; r++) section.appendChild(ruleBlock(group.rules[r]));
      list.appendChild(section);
    }
  }

  function redraw(): void {
    keepingFocus(list, draw, function (k: string): string[] {
      // After "Xem thêm" the button may be gone: stay on the group's toggle.
      const parts = k.split('\u0001');
      return parts.length > 1 ? ['rule\u0001' + parts[1]] : [];
    });
  }

  function update(state: PaneState): void {
    fixes.update(state);
    if (state.findings === drawn && drawn !== null) return;
    fixable = state.undo !== null;
    drawn = state.findings;
    redraw();
  }

  return { root: root, update: update };
}
