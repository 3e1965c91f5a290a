/**
 * The compiled `so-ket` program as a user runs it: the package's `bin` is the compiled entry with a
 * node shebang, exit codes reach the shell, and failures print one Vietnamese line without a stack trace.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from './cliFixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin['so-ket']);
let dir: string;

beforeAll(() => {
  dir = tempDir();
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch (err) {
    // Type errors elsewhere in the tree still emit JavaScript; the entry must exist below.
  }
}, 180000);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN].concat(args), { cwd: dir, encoding: 'utf8' });
}

test('package.json bin is the compiled entry, starting with a node shebang', () => {
  expect(fs.existsSync(BIN)).toBe(true);
  expect(fs.readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
});

test('--help exits 0 with the usage on stdout', () => {
  const r = run(['--help']);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('Cách dùng:');
  expect(r.stderr).toBe('');
});

test('a missing file exits 2 with one line on stderr and no stack trace', () => {
  const r = run(['kiem-tra', 'khong-co.xlsx']);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe('Không mở được tệp "khong-co.xlsx": không tìm thấy tệp.\n');
});

test('wrong arguments exit 2 without a stack trace', () => {
  const r = run(['bao-cao', '--tu', 'hôm nay']);
  expect(r.status).toBe(2);
  expect(r.stderr.split('\n').filter(Boolean).length).toBe(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
});
