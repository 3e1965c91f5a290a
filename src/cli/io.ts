/** Where the command line writes and which folder it works in; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative paths are resolved against this folder. */
  cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: function (t: string) {
      process.stdout.write(t);
    },
    stderr: function (t: string) {
      process.stderr.write(t);
    },
    cwd: process.cwd(),
  };
}
