/**
 * The parts of a zip archive (an .xlsx file), found through its central directory (zip64 where the
 * archive needs it) and inflated with Node's zlib: small parts at once, big ones as a stream of chunks so
 * that a 150 MB sheet is never held whole. Local headers are read for where each part's data starts,
 * so data descriptors (streamed writers) need nothing special. Anything unusual (encryption, a method
 * other than stored/deflate, a split archive, a directory that does not add up) is LeanUnsupported.
 */
import * as zlib from 'zlib';
import { LeanUnsupported } from './leanUnsupported';

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_END_SEARCH = 22 + 65535;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  /** Name as stored, without a leading "/". */
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  offset: number;
}

export interface ZipArchive {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

function unsupported(why: string): never {
  throw new LeanUnsupported('zip: ' + why);
}

function readUInt64(buf: Buffer, at: number): number {
  const lo = buf.readUInt32LE(at);
  const hi = buf.readUInt32LE(at + 4);
  if (hi > 0x1fffff) unsupported('size beyond 2^53');
  return hi * 0x100000000 + lo;
}

function findEnd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - MAX_END_SEARCH);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf[i] === 0x50 && buf.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/** The archive's directory; LeanUnsupported when it cannot be read plainly. */
export function openZipArchive(buf: Buffer): ZipArchive {
  const end = findEnd(buf);
  if (end < 0) unsupported('no end of central directory');
  if (buf.readUInt16LE(end + 4) !== 0 || buf.readUInt16LE(end + 6) !== 0) unsupported('split archive');
  let count = buf.readUInt16LE(end + 10);
  let dirSize = buf.readUInt32LE(end + 12);
  let dirOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const loc = end - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== ZIP64_LOCATOR) unsupported('zip64 locator missing');
    const z = readUInt64(buf, loc + 8);
    if (z + 56 > buf.length || buf.readUInt32LE(z) !== ZIP64_END) unsupported('zip64 end missing');
    count = readUInt64(buf, z + 32);
    dirSize = readUInt64(buf, z + 40);
    dirOffset = readUInt64(buf, z + 48);
  }
  if (dirOffset + dirSize > buf.length) unsupported('directory outside the file');
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== DIRECTORY_ENTRY) unsupported('bad directory entry');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const disk = buf.readUInt16LE(p + 34);
    let offset = buf.readUInt32LE(p + 42);
    if (flags & 1) unsupported('encrypted entry');
    if (disk !== 0 && disk !== 0xffff) unsupported('multi-disk');
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLength);
    // Bit 11: UTF-8 names; without it the name is CP437, which agrees with ASCII for part names.
    let name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1');
    if (!(flags & 0x800) && /[^\x20-\x7e]/.test(name)) unsupported('non-ASCII CP437 name');
    // zip64 extra field: the sizes and offset that did not fit, in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = readUInt64(buf, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = readUInt64(buf, q);
          q += 8;
        }
        if (offset === 0xffffffff) offset = readUInt64(buf, q);
      }
      e += 4 + len;
    }
    if (method !== STORED && method !== DEFLATED) unsupported('compression method ' + method);
    if (name.charAt(0) === '/') name = name.substring(1);
    const entry: ZipEntry = { name: name, method: method, compressedSize: compressedSize, size: size, offset: offset };
    if (name.charAt(name.length - 1) !== '/') {
      if (byName.has(name)) unsupported('duplicate part ' + name);
      entries.push(entry);
      byName.set(name, entry);
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries: entries, byName: byName };
}

/** Where an entry's (compressed) data lies in the file. */
function dataRange(buf: Buffer, entry: ZipEntry): { start: number; end: number } {
  const h = entry.offset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== LOCAL_HEADER) unsupported('bad local header for ' + entry.name);
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) unsupported('data outside the file for ' + entry.name);
  return { start: start, end: end };
}

/** A part's bytes, inflated at once (for the small parts: workbook, styles, relationships). */
export function entryBytes(buf: Buffer, entry: ZipEntry): Buffer {
  const r = dataRange(buf, entry);
  const raw = buf.subarray(r.start, r.end);
  if (entry.method === STORED) return raw;
  try {
    return zlib.inflateRawSync(raw);
  } catch (err) {
    return unsupported('inflate failed for ' + entry.name);
  }
}

/** A part's bytes as chunks of about `chunkSize` bytes, inflated as they are consumed. */
export async function* entryChunks(buf: Buffer, entry: ZipEntry, chunkSize: number): AsyncGenerator<Buffer> {
  const r = dataRange(buf, entry);
  const raw = buf.subarray(r.start, r.end);
  if (entry.method === STORED) {
    for (let i = 0; i < raw.length; i += chunkSize) yield raw.subarray(i, Math.min(raw.length, i + chunkSize));
    return;
  }
  const inflate = zlib.createInflateRaw({ chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, chunkSize) });
  inflate.end(raw);
  const pieces: Buffer[] = [];
  try {
    for await (const chunk of inflate) {
      const c = chunk as Buffer;
      // zlib's chunks are at least 64 bytes; tests ask for smaller ones.
      if (c.length <= chunkSize) pieces.push(c);
      else for (let i = 0; i < c.length; i += chunkSize) pieces.push(c.subarray(i, Math.min(c.length, i + chunkSize)));
      while (pieces.length) yield pieces.shift() as Buffer;
    }
  } catch (err) {
    unsupported('inflate failed for ' + entry.name);
  }
}
