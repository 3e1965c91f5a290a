/**
 * A small streaming XML tokenizer working on bytes, fed chunk by chunk: open tags (with their attributes
 * left as byte ranges until asked for), close tags and text, as saxes (exceljs's parser) reports them:
 * a self-closing tag is an open and a close, line ends in text become "\n", tabs and line ends in
 * attribute values become spaces, the five named entities and character references are decoded.
 * A part whose root element is prefixed (<x:worksheet xmlns:x=…>) has that prefix taken off every
 * element name. Comments and processing instructions are skipped; a DOCTYPE, a CDATA section, an
 * unknown entity or a stray "&" are LeanUnsupported (exceljs would fail on or drop them).
 *
 * Strings are made only for what a handler asks for: element names come from a cache, attribute values
 * and text are decoded on request from the current chunk (valid only during the call).
 */
import { LeanUnsupported } from './leanUnsupported';

export interface XmlHandler {
  open(name: string, scanner: XmlScanner): void;
  close(name: string): void;
  /** Text between tags: scanner.textStart..textEnd in scanner.buf. */
  text(scanner: XmlScanner): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const CR = 0x0d;
const QUOT = 0x22;
const APOS = 0x27;
const EQ = 0x3d;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
}

const ONE_CHAR: string[] = [];
for (let b = 0; b < 128; b++) ONE_CHAR[b] = String.fromCharCode(b);

const NAMED: { [k: string]: string } = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode entity and character references, as saxes does; anything else is LeanUnsupported. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([^;&]*)(;?)/g, function (_m, body: string, semi: string) {
    if (!semi) throw new LeanUnsupported('xml: bare "&"');
    if (body.charAt(0) === '#') {
      const code = body.charAt(1) === 'x' ? parseInt(body.substring(2), 16) : parseInt(body.substring(1), 10);
      const digits = body.charAt(1) === 'x' ? /^#x[0-9a-fA-F]+$/ : /^#[0-9]+$/;
      if (!digits.test(body) || !(code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff))) {
        throw new LeanUnsupported('xml: bad character reference');
      }
      return String.fromCodePoint(code);
    }
    const v = NAMED[body];
    if (v === undefined || !Object.prototype.hasOwnProperty.call(NAMED, body)) throw new LeanUnsupported('xml: unknown entity &' + body + ';');
    return v;
  });
}

export class XmlScanner {
  /** The bytes being scanned (the current chunk, with what was left over from the previous one). */
  buf: Buffer = Buffer.alloc(0);
  textStart = 0;
  textEnd = 0;
  attrCount = 0;
  readonly attrNames: string[] = [];
  readonly attrStart: number[] = [];
  readonly attrEnd: number[] = [];

  private leftover: Buffer | null = null;
  private prefix = '';
  private rootSeen = false;
  private readonly shortNames = new Map<number, string>();
  private readonly longNames = new Map<string, string>();
  private readonly shortAttrNames = new Map<number, string>();
  private readonly oneCharNames: (string | undefined)[] = [];
  private bomChecked = false;
  /** Names of the elements open at this point. */
  private readonly open: string[] = [];

  constructor(private readonly handler: XmlHandler) {}

  /** Feed the next chunk. */
  write(chunk: Buffer): void {
    let buf = this.leftover ? Buffer.concat([this.leftover, chunk]) : chunk;
    if (!this.bomChecked) {
      if (buf.length < 3) {
        this.leftover = buf;
        return;
      }
      this.bomChecked = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      else if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) throw new LeanUnsupported('xml: UTF-16');
    }
    this.leftover = null;
    this.buf = buf;
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      if (buf[pos] !== LT) {
        let q = pos + 1;
        while (q < n && buf[q] !== LT) q++;
        if (q >= n) break;
        this.textStart = pos;
        this.textEnd = q;
        if (this.rootSeen) this.handler.text(this);
        pos = q;
      }
      const next = this.tag(pos);
      if (next < 0) break;
      pos = next;
    }
    if (pos < n) this.leftover = buf.subarray(pos);
  }

  /** All elements were closed (the part is complete). */
  get complete(): boolean {
    return this.rootSeen && this.open.length === 0;
  }

  /** The end of the part: whatever is left is text after the root or an unfinished tag, both ignored. */
  end(): void {
    if (!this.bomChecked && this.leftover) {
      const rest = this.leftover;
      this.leftover = null;
      this.bomChecked = true;
      this.write(rest);
    }
    this.leftover = null;
  }

  private name(s: number, e: number): string {
    const buf = this.buf;
    const len = e - s;
    if (len === 1 && buf[s] < 0x80) {
      // <c>, <v>, <f>, <t>, <r>: most tags of a sheet.
      const hit = this.oneCharNames[buf[s]];
      if (hit !== undefined) return hit;
      return (this.oneCharNames[buf[s]] = this.strip(String.fromCharCode(buf[s])));
    }
    if (len <= 6) {
      const k = this.shortKey(s, e);
      if (k >= 0) {
        let v = this.shortNames.get(k);
        if (v === undefined) {
          v = this.strip(buf.toString('latin1', s, e));
          this.shortNames.set(k, v);
        }
        return v;
      }
    }
    const raw = buf.toString('utf8', s, e);
    let v = this.longNames.get(raw);
    if (v === undefined) {
      v = this.strip(raw);
      this.longNames.set(raw, v);
    }
    return v;
  }

  /** A number naming an ASCII name of at most 6 bytes (its length, then its bytes); -1 for any other byte. */
  private shortKey(s: number, e: number): number {
    const buf = this.buf;
    let k = e - s;
    for (let i = s; i < e; i++) {
      const b = buf[i];
      if (b >= 0x80) return -1;
      k = k * 256 + b;
    }
    return k;
  }

  private strip(raw: string): string {
    return this.prefix && raw.indexOf(this.prefix) === 0 ? raw.substring(this.prefix.length) : raw;
  }

  private attrName(s: number, e: number): string {
    // Attribute names are never stripped: "r:id" stays "r:id".
    const buf = this.buf;
    const len = e - s;
    if (len === 1 && buf[s] < 0x80) return ONE_CHAR[buf[s]];
    if (len <= 6) {
      const k = this.shortKey(s, e);
      if (k >= 0) {
        let v = this.shortAttrNames.get(k);
        if (v === undefined) {
          v = buf.toString('latin1', s, e);
          this.shortAttrNames.set(k, v);
        }
        return v;
      }
    }
    return buf.toString('utf8', s, e);
  }

  /** Scan the tag at `pos` (a "<"); the position after it, or -1 when it is not complete in the chunk. */
  private tag(pos: number): number {
    const buf = this.buf;
    const n = buf.length;
    if (pos + 1 >= n) return -1;
    const c = buf[pos + 1];
    if (c === SLASH) {
      let gt = pos + 2;
      while (gt < n && buf[gt] !== GT) gt++;
      if (gt >= n) return -1;
      let e = gt;
      while (e > pos + 2 && isSpace(buf[e - 1])) e--;
      const closing = this.name(pos + 2, e);
      // saxes (exceljs) fails on a close tag that does not match: so does this, and exceljs decides.
      if (this.open.pop() !== closing) throw new LeanUnsupported('xml: mismatched </' + closing + '>');
      this.handler.close(closing);
      return gt + 1;
    }
    if (c === 0x21) {
      // <!-- comment -->, <![CDATA[…]]>, <!DOCTYPE …>
      if (pos + 4 > n) return -1;
      if (buf[pos + 2] === 0x2d && buf[pos + 3] === 0x2d) {
        const end = buf.indexOf('-->', pos + 4, 'latin1');
        return end < 0 ? -1 : end + 3;
      }
      if (pos + 9 > n) return -1;
      throw new LeanUnsupported(buf[pos + 2] === 0x5b ? 'xml: CDATA section' : 'xml: DOCTYPE');
    }
    if (c === 0x3f) {
      const end = buf.indexOf('?>', pos + 2, 'latin1');
      return end < 0 ? -1 : end + 2;
    }
    let p = pos + 1;
    while (p < n) {
      const b = buf[p];
      if (b === GT || b === SLASH || isSpace(b)) break;
      p++;
    }
    if (p >= n) return -1;
    const nameEnd = p;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      while (p < n && isSpace(buf[p])) p++;
      if (p >= n) return -1;
      const b = buf[p];
      if (b === GT) {
        p++;
        break;
      }
      if (b === SLASH) {
        if (p + 1 >= n) return -1;
        if (buf[p + 1] !== GT) throw new LeanUnsupported('xml: "/" in a tag');
        selfClosing = true;
        p += 2;
        break;
      }
      const an = p;
      while (p < n && buf[p] !== EQ && !isSpace(buf[p]) && buf[p] !== GT && buf[p] !== SLASH) p++;
      if (p >= n) return -1;
      const anEnd = p;
      while (p < n && isSpace(buf[p])) p++;
      if (p >= n) return -1;
      if (buf[p] !== EQ) throw new LeanUnsupported('xml: attribute without a value');
      p++;
      while (p < n && isSpace(buf[p])) p++;
      if (p >= n) return -1;
      const quote = buf[p];
      if (quote !== QUOT && quote !== APOS) throw new LeanUnsupported('xml: unquoted attribute');
      let ve = p + 1;
      while (ve < n && buf[ve] !== quote) ve++;
      if (ve >= n) return -1;
      this.attrNames[count] = this.attrName(an, anEnd);
      this.attrStart[count] = p + 1;
      this.attrEnd[count] = ve;
      count++;
      p = ve + 1;
    }
    this.attrCount = count;
    if (!this.rootSeen) {
      this.rootSeen = true;
      const raw = buf.toString('utf8', pos + 1, nameEnd);
      const colon = raw.indexOf(':');
      if (colon > 0) this.prefix = raw.substring(0, colon + 1);
    }
    const name = this.name(pos + 1, nameEnd);
    this.handler.open(name, this);
    if (selfClosing) this.handler.close(name);
    else this.open.push(name);
    return p;
  }

  /** Index of the attribute named `name` in the current open tag, or -1. */
  attrIndex(name: string): number {
    for (let i = 0; i < this.attrCount; i++) if (this.attrNames[i] === name) return i;
    return -1;
  }

  /** The decoded value of attribute `i` (line ends and tabs as spaces, references decoded). */
  attrValue(i: number): string {
    return decodeRange(this.buf, this.attrStart[i], this.attrEnd[i], true);
  }

  /** The decoded value of the attribute named `name`, or undefined. */
  attr(name: string): string | undefined {
    const i = this.attrIndex(name);
    return i < 0 ? undefined : this.attrValue(i);
  }

  /** Attribute `i` when its value is one ASCII letter or digit, without making a new string; else attrValue. */
  attrShort(i: number): string {
    const a = this.attrStart[i];
    if (this.attrEnd[i] === a + 1) {
      const b = this.buf[a];
      if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) return ONE_CHAR[b];
    }
    return this.attrValue(i);
  }

  /** The current text as an unsigned integer of at most 15 digits, or -1 when it is anything else. */
  textUint(): number {
    const buf = this.buf;
    const s = this.textStart;
    const e = this.textEnd;
    if (e <= s || e - s > 15) return -1;
    let n = 0;
    for (let i = s; i < e; i++) {
      const b = buf[i];
      if (b < 0x30 || b > 0x39) return -1;
      n = n * 10 + (b - 0x30);
    }
    return n;
  }

  /** The current text, decoded. */
  textValue(): string {
    return decodeRange(this.buf, this.textStart, this.textEnd, false);
  }
}

/** Bytes s..e of buf as saxes gives them: UTF-8, line ends normalised, references decoded. */
export function decodeRange(buf: Buffer, s: number, e: number, attribute: boolean): string {
  let plain = true;
  let ascii = true;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b >= 0x80) ascii = false;
    else if (b === AMP || b === CR || (attribute && (b === 0x09 || b === 0x0a))) plain = false;
  }
  let str = buf.toString(ascii ? 'latin1' : 'utf8', s, e);
  if (plain) return str;
  str = str.replace(/\r\n?/g, '\n');
  if (attribute) str = str.replace(/[\t\n]/g, ' ');
  return decodeEntities(str);
}
