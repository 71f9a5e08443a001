import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Matching, type ProgrammeReport, STRATEGIES, type StrategyComparison } from '../../src/index';
import { SAMPLE_JOURNALS, SAMPLES } from '../../src/samples/index';

const cli = join(resolve(import.meta.dirname, '../..'), 'dist/cli.js');
let dir = '';

/** Runs the built CLI as a user would, stdout and stderr piped (so neither is a terminal). */
function run(args: ReadonlyArray<string>): {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
} {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    input: '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error('dist/cli.js is missing: run `npm run build` before the end-to-end tests');
  dir = mkdtempSync(join(tmpdir(), 'rm-cli-progress-'));
  writeFileSync(join(dir, 'bank.json'), JSON.stringify(SAMPLES.bank));
  writeFileSync(join(dir, 'journal.json'), JSON.stringify(SAMPLE_JOURNALS.bank, null, 2));
  expect(
    run(['generate', '--mentors', '200', '--mentees', '200', '--seed', '3', '--out', 'g200.json']).code,
  ).toBe(0);
  // The matching a user saves with `match --format json > m.json`.
  const matched = run(['match', 'bank.json', '--format', 'json']);
  expect(matched.code).toBe(0);
  writeFileSync(join(dir, 'm.json'), matched.out);
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('compare (built CLI)', () => {
  it.each([['bank.json'], ['g200.json']])(
    'compares six strategies on %s: the optimum on top, no rule broken, stderr silent',
    (file) => {
      const r = run(['compare', file, '--format', 'json']);
      expect([r.code, r.err]).toEqual([0, '']);
      const { strategies } = JSON.parse(r.out) as StrategyComparison;
      expect(strategies.map((s) => s.strategy)).toEqual([...STRATEGIES]);
      expect(strategies.find((s) => s.strategy === 'max-total')?.shareOfOptimal).toBe(1);
      for (const s of strategies) {
        expect(s.shareOfOptimal).toBeLessThanOrEqual(1 + 1e-9);
        expect(s.report.ruleViolations).toBe(0);
      }
    },
  );
});

describe('progress (built CLI)', () => {
  it('follows the pairs that match printed, with the sample journal', () => {
    const pairs = (JSON.parse(readFileSync(join(dir, 'm.json'), 'utf8')) as Matching).pairs;

    const json = run([
      'progress',
      'bank.json',
      '--matching',
      'm.json',
      '--journal',
      'journal.json',
      '--as-of',
      '2027-04-08',
      '--format',
      'json',
    ]);
    expect([json.code, json.err]).toEqual([0, '']);
    const report = JSON.parse(json.out) as ProgrammeReport;
    expect(report.asOf).toBe('2027-04-08');
    expect(report.pairs.map((p) => `${p.mentorId} ${p.menteeId}`).sort()).toEqual(
      pairs.map((p) => `${p.mentorId} ${p.menteeId}`).sort(),
    );
    expect(Object.values(report.outcomes.statuses).reduce((a, b) => a + b, 0)).toBe(pairs.length);

    const table = run([
      'progress',
      'bank.json',
      '--matching',
      'm.json',
      '--journal',
      'journal.json',
      '--as-of',
      '2027-04-08',
      '--rematch',
    ]);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^Progress as of 2027-04-08 /);
    expect(table.out).toContain('\nRematch of the at-risk pairs\n');
  });

  it('exits 2 with the help for a malformed --as-of, and 1 with "file: path: message" for a bad journal', () => {
    const date = run([
      'progress',
      'bank.json',
      '--matching',
      'm.json',
      '--journal',
      'journal.json',
      '--as-of',
      '2027-13-01',
    ]);
    expect(date.code).toBe(2);
    expect(date.err).toMatch(
      /^reverse-mentoring progress: --as-of must be a calendar date written YYYY-MM-DD \(got "2027-13-01"\)\n\nUsage: /,
    );
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ checkIns: [{ mentorId: 'm-nowak', menteeId: 'e-nobody', date: '2027-03-01' }] }),
    );
    const journal = run(['progress', 'bank.json', '--matching', 'm.json', '--journal', 'bad.json']);
    expect([journal.code, journal.out]).toEqual([1, '']);
    expect(journal.err).toMatch(/^bad\.json: checkIns\[0\]\.menteeId: /);
  });
});

describe('demo (built CLI)', () => {
  it('ends with the sample journal: the pairs by status and each pair at risk', () => {
    const r = run(['demo']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /\nProgress as of 2027-04-08, from the sample journal\nPairs: \d+ on track, \d+ at risk\n {2}\S.* → .*: at risk — /,
    );
  });
});
