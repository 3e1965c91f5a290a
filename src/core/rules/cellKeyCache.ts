/**
 * cellKey with a memory: a register repeats a few chi bộ spellings over many rows, so each spelling is
 * cleaned and folded once.
 */
import { cellKey } from '../cells';
import { cleanText } from '../text/normalize';

export interface CellKeyCache {
  /** The NFC, space-collapsed spelling. */
  clean: (name: string) => string;
  key: (name: string) => string;
}

export function cellKeyCache(): CellKeyCache {
  const cleaned = new Map<string, string>();
  const keys = new Map<string, string>();
  function clean(name: string): string {
    let c = cleaned.get(name);
    if (c === undefined) {
      c = cleanText(name);
      cleaned.set(name, c);
    }
    return c;
  }
  return {
    clean: clean,
    key: function (name: string): string {
      let k = keys.get(name);
      if (k === undefined) {
        k = cellKey(clean(name));
        keys.set(name, k);
      }
      return k;
    },
  };
}
