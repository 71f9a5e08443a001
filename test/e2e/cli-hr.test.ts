import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const fixtures = join(root, 'test/fixtures/hr');
let dir = '';

function run(args: ReadonlyArray<string>) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error('dist/cli.js is missing: run `npm run build` before the end-to-end tests');
  dir = mkdtempSync(join(tmpdir(), 'rm-hr-'));
  for (const name of readdirSync(fixtures)) copyFileSync(join(fixtures, name), join(dir, name));
});

describe('the built CLI on HR exports (docs/cli.md worked examples)', () => {
  it('validates each example with warnings on stderr and exit 0', () => {
    for (const args of [
      ['workday.csv'],
      ['bamboohr.csv'],
      ['successfactors.csv', '--columns', 'successfactors.columns.json'],
      ['forms.csv'],
    ]) {
      const result = run(['validate', ...args]);
      expect([args[0], result.code]).toEqual([args[0], 0]);
      expect(result.err).not.toMatch(/^\s+at /m);
    }
  });

  it('writes the pairs as an Excel workbook that reads back, and refuses a workbook on standard output', async () => {
    const written = run(['match', 'workday.csv', '--format', 'xlsx', '--out', 'pairs.xlsx']);
    expect(written.code).toBe(0);
    const rows = await readSheet(readFileSync(join(dir, 'pairs.xlsx')));
    expect(rows[0]).toEqual(['mentor_id', 'mentor_name', 'mentee_id', 'mentee_name', 'score', 'reasons']);
    expect(rows.length).toBe(3);
    const refused = run(['match', 'workday.csv', '--format', 'xlsx']);
    expect([refused.code, refused.out]).toEqual([1, '']);
    expect(refused.err).toContain('add --out FILE.xlsx');
  });

  it('writes the pairs CSV for Polish Excel with --locale pl: semicolons and a byte-order mark', () => {
    const result = run(['match', 'bamboohr.csv', '--format', 'csv', '--locale', 'pl']);
    expect(result.code).toBe(0);
    expect(result.out.startsWith('\uFEFFmentor_id;mentor_name;')).toBe(true);
  });

  it('starts a folder with init and never overwrites it', () => {
    expect(run(['init', 'start']).code).toBe(0);
    expect(run(['match', 'start/people.csv', '--programme', 'start/programme.json']).code).toBe(0);
    const again = run(['init', 'start']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('exists already');
  });
});
