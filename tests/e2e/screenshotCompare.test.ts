/**
 * The screenshot comparison's tolerance, on a committed reference of the pane (pure JS, runs in
 * `npm test`): what rendering on another machine changes passes, what a user would see as a changed
 * pane fails. The figures behind SCREEN_COMPARE and SCREEN_TOLERATED_SHARE are in screenshots.ts.
 */
import * as path from 'path';
import { comparePictures, Picture, readPicture } from '../print/pictureCompare';
import { SCREEN_COMPARE, SCREEN_TOLERATED_SHARE } from './screenshots';

const reference = readPicture(path.join(__dirname, 'reference', 'journey-350-03-findings.png'));

function share(p: Picture): number {
  return comparePictures(p, reference, SCREEN_COMPARE).differingShare;
}

function copy(p: Picture): Picture {
  return { width: p.width, height: p.height, grey: new Uint8Array(p.grey) };
}

/** Rows y0..y1 moved by dy rows and dx columns (what they leave behind stays). */
function moved(p: Picture, y0: number, y1: number, dy: number, dx: number): Picture {
  const out = copy(p);
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < p.width; x++) {
      const tx = x + dx;
      const ty = y + dy;
      if (tx >= 0 && tx < p.width && ty >= 0 && ty < p.height) out.grey[ty * p.width + tx] = p.grey[y * p.width + x];
    }
  }
  return out;
}

/** Every pixel a few grey levels off, as other anti-aliasing would leave it. */
function noisy(p: Picture): Picture {
  const out = copy(p);
  for (let i = 0; i < out.grey.length; i++) out.grey[i] = Math.max(0, Math.min(255, p.grey[i] + ((i * 7919) % 25) - 12));
  return out;
}

/** The pane's focus ring drawn around a box: 2 px of #201f1e, 2 px away from it (taskpane.css). */
function ringed(p: Picture, x0: number, y0: number, w: number, h: number): Picture {
  const out = copy(p);
  for (let y = y0 - 4; y < y0 + h + 4; y++) {
    for (let x = x0 - 4; x < x0 + w + 4; x++) {
      const inGap = x >= x0 - 2 && x < x0 + w + 2 && y >= y0 - 2 && y < y0 + h + 2;
      if (!inGap) out.grey[y * p.width + x] = 32;
    }
  }
  return out;
}

/** Rows y0..y1 blanked (a line of text gone). */
function blanked(p: Picture, y0: number, y1: number): Picture {
  const out = copy(p);
  for (let y = y0; y < y1; y++) for (let x = 0; x < p.width; x++) out.grey[y * p.width + x] = 255;
  return out;
}

test('the reference is a 350 px wide page', () => {
  expect(reference.width).toBe(350);
  expect(reference.height).toBeGreaterThan(720);
});

test('the same picture, grey-level noise and a glyph a pixel aside pass', () => {
  expect(share(reference)).toBe(0);
  expect(share(noisy(reference))).toBeLessThanOrEqual(SCREEN_TOLERATED_SHARE);
  expect(share(moved(reference, 0, reference.height, 0, 1))).toBeLessThanOrEqual(SCREEN_TOLERATED_SHARE);
});

test('a focus ring, a missing line of text, a block moved by 4 px or a page of another size fail', () => {
  // Around "Sửa mọi lỗi cách viết" (x 16–189, y 487–518 in the reference).
  expect(share(ringed(reference, 16, 487, 174, 32))).toBeGreaterThan(SCREEN_TOLERATED_SHARE);
  expect(share(blanked(reference, 300, 318))).toBeGreaterThan(SCREEN_TOLERATED_SHARE);
  expect(share(moved(reference, 500, 900, 4, 0))).toBeGreaterThan(SCREEN_TOLERATED_SHARE);
  const shorter: Picture = { width: reference.width, height: reference.height - 20, grey: reference.grey.slice(0, reference.width * (reference.height - 20)) };
  expect(comparePictures(shorter, reference, SCREEN_COMPARE).sameSize).toBe(false);
});


