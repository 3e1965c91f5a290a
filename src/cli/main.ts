#!/usr/bin/env node
/**
 * The `so-ket` command line: bao-cao, kiem-tra, sua, mau. Every failure ends in a one-line Vietnamese
 * message on stderr and exit code 2; no stack trace reaches the user (set SO_KET_DEBUG=1 to see it).
 */
import { parseArgs } from './args';
import { checkCommand } from './checkCommand';
import { fixCommand } from './fixCommand';
import { InputError, UsageError } from './cliError';
import { coreEngine, CliEngine } from './engine';
import { CliIo, processIo } from './io';
import { reportCommand } from './reportCommand';
import { templateCommand } from './templateCommand';
import { USAGE } from './usage';
import { WorkbookError } from '../hosts/xlsx/workbookError';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Run the command line. `argv` excludes the node binary and the script. Resolves to the exit code. */
export async function main(argv: string[], io?: CliIo, engine?: CliEngine): Promise<number> {
  const out = io || processIo();
  const eng = engine || coreEngine;
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        out.stdout(USAGE);
        return EXIT_OK;
      case 'bao-cao':
        return await reportCommand(args, out, eng);
      case 'kiem-tra':
        return await checkCommand(args, out, eng);
      case 'mau':
        return await templateCommand(args, out, eng);
      case 'sua':
        return await fixCommand(args, out, eng);
    }
    return EXIT_FAILURE;
  } catch (err) {
    if (err instanceof UsageError) {
      out.stderr(oneLine(err.message) + ' Xem: so-ket --help\n');
    } else if (err instanceof WorkbookError || err instanceof InputError) {
      out.stderr(oneLine(err.message) + '\n');
    } else {
      const msg = err instanceof Error ? err.message : String(err);
      out.stderr('Đã xảy ra lỗi không mong đợi: ' + oneLine(msg) + '\n');
    }
    if (typeof process !== 'undefined' && process.env && process.env.SO_KET_DEBUG && err instanceof Error && err.stack) {
      out.stderr(err.stack + '\n');
    }
    return EXIT_FAILURE;
  }
}

if (require.main === module) {
  const fail = function (err: unknown) {
    process.stderr.write('Đã xảy ra lỗi không mong đợi: ' + oneLine(err instanceof Error ? err.message : String(err)) + '\n');
    process.exit(EXIT_FAILURE);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  main(process.argv.slice(2)).then(function (code) {
    process.exitCode = code;
  }, fail);
}
