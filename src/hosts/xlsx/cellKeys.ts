/**
 * Compact collections keyed like a Grid's dateCells and fonts ("row:col", absolute, 1-based): per row, a
 * short list of columns (and values), instead of one string key and one hash entry per cell. A register
 * of 100,000 members has over a million date cells; as strings in a Set they cost about 100 MB, here a
 * fraction. They behave as the ReadonlySet / ReadonlyMap the Grid asks for (has, get, size, forEach,
 * keys/values/entries and iteration, in row then insertion order); the typings' newest iterator types
 * (with Symbol.dispose) are why they are handed over with `asReadonlySet` / `asReadonlyMap`.
 */

/** "12:3" -> 12 * 16385 + 3 (columns go to 16,384); -1 for anything but two canonical positive integers. */
function parseKey(key: string): number {
  const n = key.length;
  let i = 0;
  let row = 0;
  if (n < 3 || key.charCodeAt(0) === 0x30) return -1;
  for (; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x3a) break;
    if (c < 0x30 || c > 0x39) return -1;
    row = row * 10 + (c - 0x30);
  }
  if (i === 0 || i >= n - 1 || key.charCodeAt(i + 1) === 0x30) return -1;
  let col = 0;
  for (let j = i + 1; j < n; j++) {
    const c = key.charCodeAt(j);
    if (c < 0x30 || c > 0x39) return -1;
    col = col * 10 + (c - 0x30);
  }
  if (col > 16384 || row > 1e12) return -1;
  return row * 16385 + col;
}

class CellKeys {
  protected readonly cols: (number[] | undefined)[] = [];
  protected count = 0;

  get size(): number {
    return this.count;
  }

  /** Once a row is complete: its list at its exact length (a growing list keeps room for 17). */
  sealRow(row: number): void {
    const cs = this.cols[row];
    if (cs) this.cols[row] = cs.slice();
    this.sealValues(row);
  }

  protected sealValues(_row: number): void {
    // Only the map has values.
  }

  protected indexOf(row: number, col: number): number {
    const cs = this.cols[row];
    if (!cs) return -1;
    for (let i = 0; i < cs.length; i++) if (cs[i] === col) return i;
    return -1;
  }

  protected find(key: string): { row: number; at: number } | null {
    const packed = parseKey(key);
    if (packed < 0) return null;
    const row = Math.floor(packed / 16385);
    const at = this.indexOf(row, packed - row * 16385);
    return at < 0 ? null : { row: row, at: at };
  }

  protected *cells(): IterableIterator<[number, number, number]> {
    const rows = this.cols;
    for (let r = 0; r < rows.length; r++) {
      const cs = rows[r];
      if (cs) for (let i = 0; i < cs.length; i++) yield [r, cs[i], i];
    }
  }
}

export class CellKeySet extends CellKeys {
  add(row: number, col: number): void {
    if (this.indexOf(row, col) >= 0) return;
    const cs = this.cols[row] || (this.cols[row] = []);
    cs.push(col);
    this.count++;
  }

  remove(row: number, col: number): void {
    const at = this.indexOf(row, col);
    if (at < 0) return;
    (this.cols[row] as number[]).splice(at, 1);
    this.count--;
  }

  has(key: string): boolean {
    return this.find(key) !== null;
  }

  *values(): IterableIterator<string> {
    for (const c of this.cells()) yield c[0] + ':' + c[1];
  }

  keys(): IterableIterator<string> {
    return this.values();
  }

  *entries(): IterableIterator<[string, string]> {
    for (const k of this.values()) yield [k, k];
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, value2: string, set: CellKeySet) => void, thisArg?: unknown): void {
    for (const k of this.values()) callback.call(thisArg, k, k, this);
  }
}

export class CellKeyMap extends CellKeys {
  private readonly vals: (string[] | undefined)[] = [];

  set(row: number, col: number, value: string): void {
    const at = this.indexOf(row, col);
    if (at >= 0) {
      (this.vals[row] as string[])[at] = value;
      return;
    }
    const cs = this.cols[row] || (this.cols[row] = []);
    const vs = this.vals[row] || (this.vals[row] = []);
    cs.push(col);
    vs.push(value);
    this.count++;
  }

  protected sealValues(row: number): void {
    const vs = this.vals[row];
    if (vs) this.vals[row] = vs.slice();
  }

  remove(row: number, col: number): void {
    const at = this.indexOf(row, col);
    if (at < 0) return;
    (this.cols[row] as number[]).splice(at, 1);
    (this.vals[row] as string[]).splice(at, 1);
    this.count--;
  }

  get(key: string): string | undefined {
    const f = this.find(key);
    return f ? (this.vals[f.row] as string[])[f.at] : undefined;
  }

  has(key: string): boolean {
    return this.find(key) !== null;
  }

  *entries(): IterableIterator<[string, string]> {
    for (const c of this.cells()) yield [c[0] + ':' + c[1], (this.vals[c[0]] as string[])[c[2]]];
  }

  *keys(): IterableIterator<string> {
    for (const c of this.cells()) yield c[0] + ':' + c[1];
  }

  *values(): IterableIterator<string> {
    for (const c of this.cells()) yield (this.vals[c[0]] as string[])[c[2]];
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (value: string, key: string, map: CellKeyMap) => void, thisArg?: unknown): void {
    for (const e of this.entries()) callback.call(thisArg, e[1], e[0], this);
  }
}

/** The set as the Grid's ReadonlySet (it has every member the Grid's users call). */
export function asReadonlySet(s: CellKeySet): ReadonlySet<string> {
  return s as unknown as ReadonlySet<string>;
}

/** The map as the Grid's ReadonlyMap. */
export function asReadonlyMap(m: CellKeyMap): ReadonlyMap<string, string> {
  return m as unknown as ReadonlyMap<string, string>;
}
