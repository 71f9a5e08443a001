import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CohortInput, Matching } from '../../src/index';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
let dir = '';

function run(args: ReadonlyArray<string>) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input: '', encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error('dist/cli.js is missing: run `npm run build` before the end-to-end tests');
  dir = mkdtempSync(join(tmpdir(), 'rm-cli-availability-'));
  // Issue 16's worked example: Warsaw and New York share 90 minutes a week.
  const cohort: CohortInput = {
    programme: { rules: { minAvailabilityOverlapMinutes: 120 } },
    mentors: [
      {
        id: 'ola',
        name: 'Ola',
        grade: 1,
        timeZone: 'Europe/Warsaw',
        availability: ['tue 15:00-17:00'],
        skills: { 'tiktok-ads': 5 },
      },
    ],
    mentees: [
      {
        id: 'jan',
        name: 'Jan',
        grade: 6,
        timeZone: 'America/New_York',
        availability: ['tue 09:00-10:30'],
        goals: [{ skill: 'tiktok-ads', priority: 'high' }],
      },
    ],
  };
  writeFileSync(join(dir, 'pair.json'), JSON.stringify(cohort));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('availability through the built CLI (issue 16)', () => {
  it('generates availability and matches the same from the JSON cohort and from the CSV', () => {
    const json = run([
      'generate',
      '--mentors',
      '20',
      '--mentees',
      '25',
      '--seed',
      '5',
      '--availability',
      '--out',
      'a.json',
    ]);
    expect([json.code, json.err]).toEqual([0, '']);
    const input = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as CohortInput;
    expect(input.mentors.every((m) => (m.availability?.length ?? 0) > 0)).toBe(true);
    const csv = run([
      'generate',
      ...['--mentors', '20', '--mentees', '25', '--seed', '5', '--availability'],
      ...['--format', 'csv', '--out', 'a.csv', '--programme-out', 'a-programme.json'],
    ]);
    expect(csv.code).toBe(0);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8').split('\n')[0]).toMatch(/,availability$/);
    const fromJson = run(['match', 'a.json', '--format', 'json']);
    const fromCsv = run(['match', 'a.csv', '--programme', 'a-programme.json', '--format', 'json']);
    expect([fromJson.code, fromCsv.code]).toEqual([0, 0]);
    expect(fromCsv.out).toBe(fromJson.out);
    const matching = JSON.parse(fromJson.out) as Matching;
    expect(matching.pairs.length).toBeGreaterThan(0);
    for (const pair of matching.pairs) {
      expect(pair.criteria.availability).toBeDefined();
      expect(pair.criteria.timeZone).toBeUndefined();
    }
  });

  it('explains the minimum-overlap rule in why-not, in English and Polish', () => {
    const en = run(['why-not', 'pair.json', '--mentor', 'ola', '--mentee', 'jan']);
    expect(en.code).toBe(0);
    // The table wraps long lines: compare the words.
    expect(en.out.replace(/\s+/g, ' ')).toContain(
      'Ola and Jan share 1.5 hours a week of their availability, and the programme needs at least 2 hours',
    );
    const pl = run(['why-not', 'pair.json', '--mentor', 'ola', '--mentee', 'jan', '--locale', 'pl']);
    expect(pl.out.replace(/\s+/g, ' ')).toContain('a program wymaga co najmniej 2 godziny');
  });

  it('refuses --availability with --suite', () => {
    const r = run(['generate', '--suite', 'balanced-200', '--availability']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--suite NAME takes no --availability/);
  });
});
