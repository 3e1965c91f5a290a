/**
 * The picture comparison on the committed reference page: rendering noise passes, a moved block
 * fails. Pure JS, no LibreOffice.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { comparePictures, Picture, readPicture, TOLERATED_SHARE, writePicture } from './pictureCompare';

const reference = readPicture(path.join(__dirname, 'reference', 'summary-page1.png'));

/** Rows y0..y1 of the picture moved by dy rows and dx columns (what they leave behind stays). */
function moved(p: Picture, y0: number, y1: number, dy: number, dx: number): Picture {
  const g = new Uint8Array(p.grey);
  for (let y = y0; y < y1; y++) for (let x = 0; x + dx < p.width; x++) g[(y + dy) * p.width + x + dx] = p.grey[y * p.width + x];
  return { width: p.width, height: p.height, grey: g };
}

/** Noise: every pixel a few grey levels off, as another anti-aliasing would leave it. */
function noisy(p: Picture): Picture {
  const g = new Uint8Array(p.grey.length);
  for (let i = 0; i < g.length; i++) g[i] = Math.max(0, Math.min(255, p.grey[i] + ((i * 7919) % 25) - 12));
  return { width: p.width, height: p.height, grey: g };
}

describe('comparing a page with its reference', () => {
  test('the reference is an A4 page at 50 dpi in grey', () => {
    expect([reference.width, reference.height]).toEqual([414, 585]);
  });

  test('the same picture, a picture a pixel aside, and noisy grey levels pass', () => {
    expect(comparePictures(reference, reference).differingShare).toBe(0);
    expect(comparePictures(moved(reference, 0, reference.height, 0, 1), reference).differingShare).toBeLessThanOrEqual(TOLERATED_SHARE);
    expect(comparePictures(noisy(reference), reference).differingShare).toBeLessThanOrEqual(TOLERATED_SHARE);
  });

  test('a paragraph moved down 4 mm, or the header moved down 2 mm, fails', () => {
    expect(comparePictures(moved(reference, 250, 320, 8, 0), reference).differingShare).toBeGreaterThan(TOLERATED_SHARE);
    expect(comparePictures(moved(reference, 40, 90, 4, 0), reference).differingShare).toBeGreaterThan(TOLERATED_SHARE);
  });

  test('a picture of another size fails; the difference picture marks the moved block', () => {
    const small: Picture = { width: 10, height: 10, grey: new Uint8Array(100).fill(255) };
    expect(comparePictures(small, reference)).toMatchObject({ sameSize: false, differingShare: 1 });
    const cmp = comparePictures(moved(reference, 250, 320, 8, 0), reference);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'so-ket-diff-')), 'diff.png');
    writePicture(file, cmp.diff);
    const back = readPicture(file);
    expect([back.width, back.height]).toEqual([reference.width, reference.height]);
    // Marked cells are pure black or white; the rest is lightened grey.
    let marked = 0;
    for (let y = 250; y < 330; y++) for (let x = 0; x < back.width; x++) if (back.grey[y * back.width + x] === 0 || back.grey[y * back.width + x] === 255) marked++;
    expect(marked).toBeGreaterThan(0);
    let outside = 0;
    for (let y = 0; y < 200; y++) for (let x = 0; x < back.width; x++) if (back.grey[y * back.width + x] === 0) outside++;
    expect(outside).toBe(0);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
