/**
 * Draws the add-in's icons (`npm run icons`): a gold five-pointed star on a red rounded square, the colours of
 * the flag, at the sizes the manifest names (16, 32 and 80 px for the ribbon button, 32 and 64 px for the add-in
 * lists). Pixels are computed here and written with zlib, so the PNGs are the same on every run.
 */
import * as fs from 'fs';
import * as path from 'path';
import { encodePng } from './png';
import { packageRoot } from '../src/cli/packageRoot';

export const ICON_SIZES = [16, 32, 64, 80];

const RED = [0xda, 0x25, 0x1d];
const GOLD = [0xff, 0xcd, 0x00];
/** Samples per pixel side: edges are anti-aliased by coverage. */
const SAMPLES = 8;

/** The star's ten corners, in pixels, for an icon of `size` px. */
function starPolygon(size: number): Array<[number, number]> {
  const cx = size / 2;
  const cy = size * 0.53;
  const outer = size * 0.4;
  const inner = outer * 0.382;
  const points: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  return points;
}

function insidePolygon(x: number, y: number, polygon: Array<[number, number]>): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const xi = polygon[i][0];
    const yi = polygon[i][1];
    const xj = polygon[j][0];
    const yj = polygon[j][1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x: number, y: number, size: number): boolean {
  const r = size * 0.18;
  const nx = Math.min(Math.max(x, r), size - r);
  const ny = Math.min(Math.max(y, r), size - r);
  return (x - nx) * (x - nx) + (y - ny) * (y - ny) <= r * r;
}

/** RGBA pixels of the icon at `size` px. */
export function iconPixels(size: number): Uint8Array {
  const star = starPolygon(size);
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let gold = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          if (!insideRoundedSquare(x, y, size)) continue;
          background++;
          if (insidePolygon(x, y, star)) gold++;
        }
      }
      const o = (py * size + px) * 4;
      const g = background ? gold / background : 0;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(RED[c] * (1 - g) + GOLD[c] * g);
      pixels[o + 3] = Math.round((255 * background) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

export function iconFileName(size: number): string {
  return 'icon-' + size + '.png';
}

export function makeIcons(folder: string): string[] {
  fs.mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (let i = 0; i < ICON_SIZES.length; i++) {
    const size = ICON_SIZES[i];
    const file = path.join(folder, iconFileName(size));
    fs.writeFileSync(file, encodePng(size, size, iconPixels(size)));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const written = makeIcons(process.argv[2] || path.join(packageRoot(), 'assets'));
  process.stdout.write('Đã ghi biểu tượng:\n' + written.join('\n') + '\n');
}
