/**
 * The few DOM helpers the views share. Plain DOM that the IE11 engine of Excel 2016/2019 also runs: no
 * Element.closest/remove/append, no NodeList.forEach, no classList.toggle with a second argument.
 */

export type AttrValue = string | number | boolean | null | undefined;
export type Child = Node | string | null | undefined | false;

/** An element with attributes ("class", "for", aria-*, data-*…; true sets an empty attribute, false/null skip) and children. */
export function el(tag: string, attrs?: { [name: string]: AttrValue } | null, children?: Child[]): HTMLElement {
  const node = document.createElement(tag);
  if (attrs) {
    for (const name in attrs) {
      const v = attrs[name];
      if (v === null || v === undefined || v === false) continue;
      node.setAttribute(name, v === true ? '' : String(v));
    }
  }
  if (children) appendAll(node, children);
  return node;
}

export function appendAll(node: Node, children: Child[]): void {
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function setClass(node: Element, name: string, on: boolean): void {
  if (on) node.classList.add(name);
  else node.classList.remove(name);
}

export function setHidden(node: Element, hidden: boolean): void {
  if (hidden) node.setAttribute('hidden', '');
  else node.removeAttribute('hidden');
}

export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

let counter = 0;

/** A fresh id for label/aria links. */
export function uid(prefix: string): string {
  counter++;
  return 'sk-' + prefix + '-' + counter;
}

/** A real <button type="button"> with a click handler. */
export function button(text: string, onClick: () => void, attrs?: { [name: string]: AttrValue }): HTMLButtonElement {
  const b = el('button', attrs || null, [text]) as HTMLButtonElement;
  b.setAttribute('type', 'button');
  b.addEventListener('click', function (): void {
    onClick();
  });
  return b;
}

/**
 * Redraw part of the pane without losing the keyboard focus: the focused element's `data-key` is noted
 * and the element with the same key is focused again after `draw`; when it is gone, the first element
 * whose key is one of `fallbacks(key)` is.
 */
export function keepingFocus(container: HTMLElement, draw: () => void, fallbacks?: (key: string) => string[]): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active && container.contains(active) ? active.getAttribute('data-key') : null;
  draw();
  if (!key) return;
  const wanted = [key].concat(fallbacks ? fallbacks(key) : []);
  const nodes = container.querySelectorAll('[data-key]');
  for (let w = 0; w < wanted.length; w++) {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i] as HTMLElement;
      if (n.getAttribute('data-key') === wanted[w]) {
        n.focus();
        return;
      }
    }
  }
}
