/** The `--json` output: { "figures": { id: number }, "findings": [ Finding without groupKey ] }. */
import { Figures } from '../core/figures';
import { Finding } from '../core/findings';

/** A finding as `--json` prints it: everything but the group key. */
export type JsonFinding = Omit<Finding, 'groupKey'>;

export function jsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    value: f.value,
    message: f.message,
  };
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  return out;
}

export function jsonOutput(figures: Figures, findings: Finding[]): string {
  const fig: Record<string, number> = {};
  const ids = Object.keys(figures).sort();
  for (let i = 0; i < ids.length; i++) if (typeof figures[ids[i]] === 'number' && isFinite(figures[ids[i]])) fig[ids[i]] = figures[ids[i]];
  return JSON.stringify({ figures: fig, findings: findings.map(jsonFinding) }, null, 2) + '\n';
}
