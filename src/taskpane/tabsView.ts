/**
 * Tabs at the top of the pane (Sổ dữ liệu, Kiểm tra, Báo cáo, Mẫu), following the WAI-ARIA tabs
 * pattern: real buttons with role "tab", the selected one in the tab order, arrow keys, Home and End
 * move between them (IE11 names the arrow keys "Left" and "Right").
 */
import { el, setHidden, uid } from './dom';

export interface TabSpec {
  label: string;
}

export interface Tabs {
  bar: HTMLElement;
  panels: HTMLElement[];
  buttons: HTMLButtonElement[];
  select(index: number, focus?: boolean): void;
  selected(): number;
}

export function createTabs(label: string, specs: TabSpec[]): Tabs {
  const bar = el('div', { role: 'tablist', 'aria-label': label, class: 'tabs' });
  const panels: HTMLElement[] = [];
  const buttons: HTMLButtonElement[] = [];
  let current = 0;

  function select(index: number, focus?: boolean): void {
    current = index;
    for (let i = 0; i < buttons.length; i++) {
      const on = i === index;
      buttons[i].setAttribute('aria-selected', on ? 'true' : 'false');
      buttons[i].setAttribute('tabindex', on ? '0' : '-1');
      setHidden(panels[i], !on);
    }
    if (focus) buttons[index].focus();
  }

  function onKey(e: KeyboardEvent): void {
    const n = buttons.length;
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'Right') next = (current + 1) % n;
    else if (e.key === 'ArrowLeft' || e.key === 'Left') next = (current - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    if (next < 0) return;
    e.preventDefault();
    select(next, true);
  }

  for (let i = 0; i < specs.length; i++) {
    const tabId = uid('tab');
    const panelId = uid('panel');
    const b = el('button', { type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, class: 'tab' }, [specs[i].label]) as HTMLButtonElement;
    const index = i;
    b.addEventListener('click', function (): void {
      select(index);
    });
    b.addEventListener('keydown', onKey);
    buttons.push(b);
    bar.appendChild(b);
    panels.push(el('section', { role: 'tabpanel', id: panelId, 'aria-labelledby': tabId, class: 'panel' }));
  }
  select(0);
  return {
    bar: bar,
    panels: panels,
    buttons: buttons,
    select: select,
    selected: function (): number {
      return current;
    },
  };
}
