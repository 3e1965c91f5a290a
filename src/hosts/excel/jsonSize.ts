/** The size in bytes of a value sent to or received from Excel, as UTF-8 JSON: what the 5 MB limit counts. */
export function jsonSize(value: unknown): number {
  const s = JSON.stringify(value === undefined ? null : value);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
