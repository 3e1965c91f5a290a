/**
 * Screenshots of the pane: each step is saved as an artefact in tests/e2e/.output/ (git-ignored) and,
 * when asked, compared with a committed reference in tests/e2e/reference/. The comparison is the one
 * tests/print uses for printed pages (grey levels averaged over small blocks, the share of blocks that
 * differ), with the block size, threshold and tolerated share measured for the pane (SCREEN_COMPARE).
 *
 *   UPDATE_REFERENCE=1 npm run test:e2e     renew the references after a deliberate change (look at them!)
 *   UPDATE_SCREENSHOTS=1 npm run test:e2e   renew the README's pictures in docs/screenshots/
 */
import * as fs from 'fs';
import * as path from 'path';
import { Page } from 'playwright-core';
import { CompareOptions, comparePictures, readPicture, writePicture } from '../print/pictureCompare';

export const OUTPUT_DIR = path.join(__dirname, '.output');
export const REFERENCE_DIR = path.join(__dirname, 'reference');
export const README_SHOTS_DIR = path.join(__dirname, '..', '..', 'docs', 'screenshots');

/**
 * Blocks of 8 x 8 pixels whose grey averages differ by more than 48 levels; a screenshot may have up to
 * 0,1% of them differ. Measured on the pane's screenshots (320 and 350 px) in Debian's Chromium 156:
 * - noise: the same run twice 0%; glyphs without subpixel positioning 0%; Liberation Sans 1.07
 *   (fonts-liberation) in place of 2.1 (fonts-liberation2) at most 0,020%; every pixel ±12 grey
 *   levels 0%; the whole page a pixel aside 0%.
 * - real changes: the focus ring on a clicked button gone (8 screenshots) 0,30% to 1,24%; a synthetic
 *   ring 0,66%; a line of text gone 0,32%; a block moved down 4 px 1,19%.
 * Not seen: a block moved by 2 px or less, a changed digit or word, a change of colour at the same
 * grey level; the tests assert text and state in the DOM, the pictures guard the layout.
 * tests/e2e/screenshotCompare.test.ts holds the synthetic cases.
 */
export const SCREEN_COMPARE: CompareOptions = { block: 8, threshold: 48 };
export const SCREEN_TOLERATED_SHARE = 0.001;

export function updatingReferences(): boolean {
  return process.env.UPDATE_REFERENCE === '1';
}

export function updatingReadmeShots(): boolean {
  return process.env.UPDATE_SCREENSHOTS === '1';
}

/** A whole-page screenshot with the caret hidden and animations stopped, saved as an artefact. */
export async function capture(page: Page, name: string): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, name + '.png');
  // No hover effect on whatever was clicked last.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: file, fullPage: true, caret: 'hide', animations: 'disabled', scale: 'css' });
  return file;
}

export interface ReferenceCheck {
  name: string;
  /** Share of differing blocks (1 when the sizes differ). */
  differingShare: number;
  sameSize: boolean;
  /** The reference was (re)written instead of compared. */
  updated: boolean;
}

/**
 * Compare a captured screenshot with tests/e2e/reference/<name>.png (kept in grey, which is what is
 * compared). Writes <name>.diff.png beside the artefact when they differ too much.
 */
export function checkAgainstReference(name: string, captured: string): ReferenceCheck {
  const reference = path.join(REFERENCE_DIR, name + '.png');
  const actual = readPicture(captured);
  if (updatingReferences() || !fs.existsSync(reference)) {
    if (!updatingReferences()) {
      throw new Error(
        'No reference picture ' + path.relative(process.cwd(), reference) + ': look at ' + path.relative(process.cwd(), captured) +
          ' and create it with UPDATE_REFERENCE=1 npm run test:e2e.',
      );
    }
    fs.mkdirSync(REFERENCE_DIR, { recursive: true });
    writePicture(reference, actual);
    return { name: name, differingShare: 0, sameSize: true, updated: true };
  }
  const cmp = comparePictures(actual, readPicture(reference), SCREEN_COMPARE);
  if (!cmp.sameSize || cmp.differingShare > SCREEN_TOLERATED_SHARE) {
    writePicture(path.join(OUTPUT_DIR, name + '.diff.png'), cmp.diff);
  }
  return { name: name, differingShare: cmp.differingShare, sameSize: cmp.sameSize, updated: false };
}

/** Copy a captured screenshot to docs/screenshots/ when UPDATE_SCREENSHOTS=1. */
export function keepForReadme(captured: string, readmeName: string): void {
  if (!updatingReadmeShots()) return;
  fs.mkdirSync(README_SHOTS_DIR, { recursive: true });
  fs.copyFileSync(captured, path.join(README_SHOTS_DIR, readmeName + '.png'));
}
