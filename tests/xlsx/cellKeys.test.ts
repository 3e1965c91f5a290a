/**
 * The lean reader's compact date-cell set and font map answer as the Set and Map they stand for.
 */
import { CellKeyMap, CellKeySet } from '../../src/hosts/xlsx/cellKeys';

test('the set: has, size, removal and iteration as a Set of "row:col" keys', () => {
  const s = new CellKeySet();
  const plain = new Set<string>();
  const put: [number, number][] = [[1, 1], [1, 4], [2, 3], [10, 16384], [100000, 7], [1, 4]];
  for (const [r, c] of put) {
    s.add(r, c);
    plain.add(r + ':' + c);
  }
  s.remove(2, 3);
  plain.delete('2:3');
  s.remove(5, 5);
  expect(s.size).toBe(plain.size);
  expect(Array.from(s)).toEqual(Array.from(plain));
  for (const k of ['1:1', '1:4', '2:3', '10:16384', '100000:7', '01:1', '1:01', '1:', ':1', '1:1:1', ' 1:1', '1:1 ', 'a:b', '', '100000:8']) {
    expect([k, s.has(k)]).toEqual([k, plain.has(k)]);
  }
  const seen: string[] = [];
  s.forEach((v) => seen.push(v));
  expect(seen).toEqual(Array.from(plain));
});

test('the map: get, has, overwrite, removal and entries as a Map', () => {
  const m = new CellKeyMap();
  const plain = new Map<string, string>();
  const put: [number, number, string][] = [[3, 2, '.VnTime'], [3, 5, 'Arial'], [4, 1, 'VNI-Times'], [3, 2, 'Times New Roman']];
  for (const [r, c, f] of put) {
    m.set(r, c, f);
    plain.set(r + ':' + c, f);
  }
  m.remove(3, 5);
  plain.delete('3:5');
  expect(m.size).toBe(plain.size);
  expect(Array.from(m.entries())).toEqual(Array.from(plain.entries()));
  expect(Array.from(m)).toEqual(Array.from(plain));
  for (const k of ['3:2', '3:5', '4:1', '4:2', '03:2']) expect([k, m.get(k), m.has(k)]).toEqual([k, plain.get(k), plain.has(k)]);
});
