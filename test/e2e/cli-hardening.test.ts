import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from '../../src/samples/index';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const unix = process.platform !== 'win32';
let dir = '';

/** Runs the built CLI through a shell, so that a test can redirect its streams. */
function sh(command: string): { code: number | null; out: string; err: string } {
  const result = spawnSync('sh', ['-c', command], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, CLI: cli, NODE: process.execPath },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'rm-harden-'));
  writeFileSync(join(dir, 'bank.json'), JSON.stringify(SAMPLES.bank));
  writeFileSync(join(dir, 'deep.json'), '['.repeat(5000));
  if (unix) execFileSync('mkfifo', [join(dir, 'fifo.json')]);
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('the built CLI under hostile conditions', () => {
  it('prints one line and exits 1 when standard output is a full disk, with no stack trace', () => {
    if (!unix || !existsSync('/dev/full')) return;
    const r = sh('"$NODE" "$CLI" match bank.json > /dev/full');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'reverse-mentoring: cannot write to standard output: no space left on the device (ENOSPC)\n',
    );
  });

  it('refuses a pipe with no writer and a device at once, with a clear message', () => {
    if (!unix) return;
    for (const file of ['fifo.json', '/dev/zero']) {
      const r = sh(`"$NODE" "$CLI" validate ${file}`);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/is a pipe, a device or a socket, not a regular file/);
    }
    const out = sh('"$NODE" "$CLI" match bank.json --out fifo.json');
    expect(out.code).toBe(1);
    expect(out.err).toMatch(/not a regular file/);
  });

  it('stops reading an endless standard input at the input limit', () => {
    if (!unix) return;
    const r = sh('"$NODE" "$CLI" validate - --max-input-size 1M < /dev/zero');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'standard input: is larger than the input limit of 1 MiB (raise it with --max-input-size)\n',
    );
  });

  it('locates JSON nested 5,000 deep instead of overflowing the call stack', () => {
    const r = sh('"$NODE" "$CLI" validate deep.json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^deep\.json: invalid JSON at line 1, column 65: arrays and objects are nested more than 64/,
    );
  });

  it('never replaces its input, and leaves no temporary file', () => {
    const r = sh('"$NODE" "$CLI" match bank.json --out bank.json');
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'bank.json'), 'utf8'))).toEqual(SAMPLES.bank);
    expect(sh('"$NODE" "$CLI" match bank.json --out pairs.txt').code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('bundles zod, so that it runs where the peer dependency is not installed', () => {
    expect(readFileSync(cli, 'utf8')).not.toMatch(/from\s*["']zod["']|require\(["']zod["']\)/);
  });
});
