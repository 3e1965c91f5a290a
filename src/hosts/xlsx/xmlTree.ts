/**
 * A small XML part (workbook.xml, relationships, styles.xml) as a tree of elements, built with the
 * streaming scanner: names (the root's prefix taken off), decoded attributes, and the text directly in
 * each element.
 */
import { XmlHandler, XmlScanner } from './xmlScanner';

export interface XmlElement {
  name: string;
  attrs: { [name: string]: string };
  children: XmlElement[];
  text: string;
}

export function parseXmlTree(bytes: Buffer): XmlElement | null {
  const root: XmlElement = { name: '', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const handler: XmlHandler = {
    open: function (name: string, s: XmlScanner): void {
      const attrs: { [name: string]: string } = {};
      for (let i = 0; i < s.attrCount; i++) attrs[s.attrNames[i]] = s.attrValue(i);
      const el: XmlElement = { name: name, attrs: attrs, children: [], text: '' };
      stack[stack.length - 1].children.push(el);
      stack.push(el);
    },
    close: function (): void {
      if (stack.length > 1) stack.pop();
    },
    text: function (s: XmlScanner): void {
      stack[stack.length - 1].text += s.textValue();
    },
  };
  const scanner = new XmlScanner(handler);
  scanner.write(bytes);
  scanner.end();
  return root.children.length ? root.children[0] : null;
}

/** The children of `el` named `name`. */
export function childrenNamed(el: XmlElement | null | undefined, name: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter(function (c) {
    return c.name === name;
  });
}

/** The last child of `el` named `name` (exceljs keeps the last of repeated elements). */
export function lastChild(el: XmlElement | null | undefined, name: string): XmlElement | null {
  const all = childrenNamed(el, name);
  return all.length ? all[all.length - 1] : null;
}
