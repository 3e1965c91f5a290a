/** `so-ket kiem-tra`: print the findings; exit 1 when some are errors (lỗi), else 0. */
import { formatDate } from '../core/dates';
import { ParsedArgs } from './args';
import { CliEngine } from './engine';
import { findingsText } from './findingsText';
import { CliIo } from './io';
import { jsonOutput } from './jsonOutput';
import { loadAnalysis } from './loadAnalysis';

export async function checkCommand(args: ParsedArgs, io: CliIo, engine: CliEngine): Promise<number> {
  const input = await loadAnalysis(args.file, io.cwd, { from: args.from, to: args.to }, engine);
  const a = input.analysis;
  const hasError = a.findings.some(function (f) {
    return f.severity === 'error';
  });
  if (args.json) {
    io.stdout(jsonOutput(a.figures, a.findings));
  } else {
    const period = a.ctx.period;
    const lines = ['Kiểm tra tệp "' + input.shown + '" (kỳ báo cáo ' + formatDate(period.from) + ' – ' + formatDate(period.to) + ')', ''];
    io.stdout(lines.concat(findingsText(a.findings)).join('\n') + '\n');
  }
  return hasError ? 1 : 0;
}
