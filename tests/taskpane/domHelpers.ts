/** Finding and using the pane's controls in jsdom the way a user would: by visible text and label. */

export function buttons(root: ParentNode): HTMLButtonElement[] {
  return Array.prototype.slice.call(root.querySelectorAll('button'));
}

/** The accessible name of a control: aria-label, aria-labelledby, its <label>, else its text. */
export function accessibleName(node: Element): string {
  const aria = node.getAttribute('aria-label');
  if (aria) return aria.trim();
  const by = node.getAttribute('aria-labelledby');
  if (by) {
    return by
      .split(/\s+/)
      .map((id) => (node.ownerDocument.getElementById(id) || { textContent: '' }).textContent || '')
      .join(' ')
      .trim();
  }
  if (node.id) {
    const label = node.ownerDocument.querySelector('label[for="' + node.id + '"]');
    if (label) return (label.textContent || '').trim();
  }
  return (node.textContent || '').replace(/\s+/g, ' ').trim();
}

export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const found = buttons(root).filter((b) => accessibleName(b) === name || (b.textContent || '').trim() === name);
  if (found.length !== 1) throw new Error('expected one button "' + name + '", found ' + found.length + ': ' + buttons(root).map((b) => accessibleName(b)).join(' | '));
  return found[0];
}

export function controlLabelled(root: ParentNode, label: string): HTMLInputElement | HTMLSelectElement {
  const nodes: Element[] = Array.prototype.slice.call(root.querySelectorAll('input, select'));
  const found = nodes.filter((n) => accessibleName(n) === label);
  if (found.length < 1) throw new Error('no control labelled "' + label + '"');
  return found[0] as HTMLInputElement | HTMLSelectElement;
}

export function typeInto(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function visiblePanel(root: ParentNode): HTMLElement {
  const panels: HTMLElement[] = Array.prototype.slice.call(root.querySelectorAll('[role="tabpanel"]'));
  const shown = panels.filter((p) => !p.hasAttribute('hidden'));
  if (shown.length !== 1) throw new Error('expected one visible panel, found ' + shown.length);
  return shown[0];
}

export function text(node: Node | null): string {
  return node ? (node.textContent || '').replace(/\s+/g, ' ').trim() : '';
}
