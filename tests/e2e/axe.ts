/**
 * axe-core (node_modules/axe-core/axe.min.js) run inside the page. Its source is evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy does not govern, so the audit sees the
 * pane exactly as it runs, CSP on.
 */
import * as fs from 'fs';
import { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending nodes, with axe's summary of what is wrong. */
  nodes: string[];
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(function () {
    return typeof (window as unknown as { axe?: unknown }).axe !== 'undefined';
  });
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(function () {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: any[] }> } }).axe;
    return axe
      .run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
      .then(function (r) {
        return r.violations.map(function (v) {
          return {
            id: v.id,
            impact: v.impact || null,
            help: v.help,
            nodes: v.nodes.map(function (n: { target: string[]; failureSummary?: string }) {
              return n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' ');
            }),
          };
        });
      });
  });
}

export function seriousOrCritical(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter(function (v) {
    return v.impact === 'serious' || v.impact === 'critical';
  });
}
