/** Size in bytes of a value as UTF-8 JSON, the way a request or response travels to Excel on the web. */
export function utf8Length(s: string): number {
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

export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v === undefined ? null : v);
  return utf8Length(s);
}
