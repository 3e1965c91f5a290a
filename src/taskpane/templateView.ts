/** "Mẫu": add the empty standard sheets ("Tạo mẫu") or the sample registers ("Dữ liệu mẫu"). */
import { PaneController } from './controller';
import { button, el } from './dom';
import { S } from './strings';

export function createTemplateView(pane: PaneController): HTMLElement {
  return el('div', null, [
    el('h2', null, [S.template.heading]),
    el('p', { class: 'intro' }, [S.template.templateIntro]),
    el('div', { class: 'actions' }, [
      button(S.template.templateRun, function () {
        void pane.writeTemplate();
      }, { class: 'button primary', 'data-key': 'template' }),
    ]),
    el('p', { class: 'intro' }, [S.template.sampleIntro]),
    el('div', { class: 'actions' }, [
      button(S.template.sampleRun, function () {
        void pane.writeSample();
      }, { class: 'button secondary', 'data-key': 'sample' }),
    ]),
    el('p', { class: 'note' }, [S.template.noOverwrite]),
  ]);
}
