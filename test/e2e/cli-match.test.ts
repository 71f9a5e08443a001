import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cohort, type CohortInput, type Matching, orThrow, parseCohort } from '../../src/index';
import { SAMPLES } from '../../src/samples/index';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
let dir = '';

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Runs the built CLI as a user would, stdout and stderr piped (so neither is a terminal). */
function run(args: ReadonlyArray<string>): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    input: '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function read(name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

/**
 * Checks a printed matching against its cohort, from the data alone: every mentee at most once,
 * no mentor above capacity, no excluded or previous pair, every pinned pair present, scores in
 * [0, 1], the total the sum of the scores, and every mentee either paired or unmatched.
 */
function expectValidMatching(matching: Matching, cohort: Cohort): void {
  const key = (mentor: string, mentee: string): string => `${mentor}\u0000${mentee}`;
  const made = new Set(matching.pairs.map((p) => key(p.mentorId, p.menteeId)));
  const mentees = [...matching.pairs.map((p) => p.menteeId), ...matching.unmatched.map((u) => u.menteeId)];
  expect(new Set(mentees).size).toBe(mentees.length);
  expect([...mentees].sort()).toEqual(cohort.mentees.map((m) => m.id).sort());
  for (const mentor of cohort.mentors) {
    expect(matching.pairs.filter((p) => p.mentorId === mentor.id).length).toBeLessThanOrEqual(
      mentor.capacity,
    );
  }
  const { excludedPairs, previousPairs, pinnedPairs } = cohort.programme.rules;
  for (const [m, e] of [...excludedPairs, ...previousPairs]) expect(made.has(key(m, e))).toBe(false);
  for (const [m, e] of pinnedPairs) expect(made.has(key(m, e))).toBe(true);
  let sum = 0;
  for (const pair of matching.pairs) {
    expect(pair.score).toBeGreaterThanOrEqual(0);
    expect(pair.score).toBeLessThanOrEqual(1);
    sum += pair.score;
  }
  expect(matching.totalScore).toBeCloseTo(sum, 9);
}

const parse = (input: CohortInput): Cohort =>
  orThrow(parseCohort(input, { currentYear: new Date().getFullYear() }));

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error('dist/cli.js is missing: run `npm run build` before the end-to-end tests');
  dir = mkdtempSync(join(tmpdir(), 'rm-cli-match-'));
  writeFileSync(join(dir, 'bank.json'), JSON.stringify(SAMPLES.bank));
  writeFileSync(join(dir, 'office.json'), JSON.stringify(SAMPLES['public-office']));
  const badPin = structuredClone(SAMPLES.bank) as { programme: { rules: { pinnedPairs: unknown } } };
  badPin.programme.rules.pinnedPairs = [['m-nowak', 'e-lewandowska']];
  writeFileSync(join(dir, 'bad-pin.json'), JSON.stringify(badPin));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('match (built CLI)', () => {
  it.each([
    ['bank.json', 'max-total'],
    ['office.json', 'max-matched'],
    ['office.json', 'fairest'],
  ])('prints a valid Matching for %s with --objective %s --format json', (file, objective) => {
    const r = run(['match', file, '--objective', objective, '--format', 'json']);
    expect([r.code, r.err]).toEqual([0, '']);
    const matching = JSON.parse(r.out) as Matching;
    expect(matching.objective).toBe(objective);
    expectValidMatching(matching, parse(file === 'bank.json' ? SAMPLES.bank : SAMPLES['public-office']));
  });

  it('prints the table, the markdown and the CSV of the same pairs', () => {
    const matching = JSON.parse(run(['match', 'office.json', '--format', 'json']).out) as Matching;
    const rows = matching.pairs.length + matching.unmatched.length;
    const table = run(['match', 'office.json']);
    expect(table.code).toBe(0);
    // Issue 15: reasons go on wrapped lines of their own under each row, so the header has none.
    expect(table.out).toMatch(/^ {2}mentee +mentor +score\n/);
    expect(table.out).toContain(
      `: ${matching.pairs.length} of ${rows} mentees matched (objective max-total)\n`,
    );
    const markdown = run(['match', 'office.json', '--format', 'markdown', '--locale', 'pl']);
    expect(markdown.out).toMatch(/^\| podopieczny \| mentor \| wynik \| uzasadnienie \|\n/);
    expect(markdown.out.split('\n').filter((l) => l.startsWith('| ')).length).toBe(2 + rows);
    const csv = run(['match', 'office.json', '--format', 'csv']);
    expect(csv.out.split('\n')[0]).toBe('mentor_id,mentor_name,mentee_id,mentee_name,score,reasons');
    expect(csv.out.trimEnd().split('\n').length).toBe(1 + rows); // no reason holds a line break
  });

  it('exits 1 with "path: message" for a pinned pair that breaks a rule', () => {
    const r = run(['match', 'bad-pin.json']);
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toBe(
      'programme.rules.pinnedPairs[0]: a pinned pair breaks a hard rule: [m-nowak, e-lewandowska] breaks the reporting-line rule\n',
    );
  });
});

describe('generate → match (built CLI)', () => {
  it('gives the same matching from the JSON cohort and from the CSV with its programme file', () => {
    expect(
      run(['generate', '--mentors', '40', '--mentees', '50', '--seed', '7', '--out', 'gen.json']).code,
    ).toBe(0);
    const csv = run([
      'generate',
      '--mentors',
      '40',
      '--mentees',
      '50',
      '--seed',
      '7',
      '--format',
      'csv',
      '--out',
      'gen.csv',
      '--programme-out',
      'gen-programme.json',
    ]);
    expect([csv.code, csv.out, csv.err]).toEqual([0, '', '']);
    const fromJson = run(['match', 'gen.json', '--format', 'json']);
    const fromCsv = run(['match', 'gen.csv', '--programme', 'gen-programme.json', '--format', 'json']);
    expect([fromJson.code, fromCsv.code]).toEqual([0, 0]);
    expect(fromCsv.out).toBe(fromJson.out);
    const input = JSON.parse(read('gen.json')) as CohortInput;
    expect(input.mentors).toHaveLength(40);
    expectValidMatching(JSON.parse(fromJson.out) as Matching, parse(input));
  });

  it('matches a 1000 × 1000 cohort, with nothing on stderr when it is not a terminal', () => {
    expect(
      run(['generate', '--mentors', '1000', '--mentees', '1000', '--seed', '11', '--out', 'big.json']).code,
    ).toBe(0);
    const r = run(['match', 'big.json', '--format', 'json']);
    expect([r.code, r.err]).toEqual([0, '']);
    const matching = JSON.parse(r.out) as Matching;
    expect(matching.pairs.length + matching.unmatched.length).toBe(1000);
    expectValidMatching(matching, parse(JSON.parse(read('big.json')) as CohortInput));
  });

  it('exits 2 with the help for a number that is not one', () => {
    const r = run(['generate', '--mentors', 'ten', '--mentees', '5']);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toMatch(
      /^reverse-mentoring generate: --mentors must be a whole number from 0 to 100000 \(got "ten"\)\n\nUsage: reverse-mentoring generate/,
    );
  });
});

describe('recommend and why-not (built CLI)', () => {
  it('recommends mentors as JSON, best first, each allowed and with a place', () => {
    const r = run(['recommend', 'bank.json', '--mentee', 'e-jankowski', '--limit', '3', '--format', 'json']);
    expect(r.code).toBe(0);
    const top = JSON.parse(r.out) as Array<{
      mentorId: string;
      score: number;
      placesLeft: number;
      contested: boolean;
    }>;
    expect(top).toHaveLength(3);
    for (let i = 1; i < top.length; i++)
      expect(top[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(top[i]?.score ?? 0);
    for (const r of top) expect(r.placesLeft).toBeGreaterThan(0);
  });

  it('exits 1 for an unknown mentee, with a suggestion', () => {
    const r = run(['recommend', 'bank.json', '--mentee', 'e-jankowsky']);
    expect([r.code, r.out, r.err]).toEqual([
      1,
      '',
      '--mentee: "e-jankowsky" is not a mentee of this cohort (did you mean "e-jankowski"?)\n',
    ]);
  });

  it('answers why-not: blocked, paired, and the cost of forcing a pair', () => {
    const blocked = run(['why-not', 'bank.json', '--mentor', 'm-nowak', '--mentee', 'e-lewandowska']);
    expect(blocked.code).toBe(0);
    expect(blocked.out).toMatch(
      /^Ola Nowak cannot mentor Ewa Lewandowska: a hard rule blocks the pair\.\n- .*reporting line/,
    );
    const paired = run(['why-not', 'bank.json', '--mentor', 'm-nowak', '--mentee', 'e-kowalczyk']);
    expect([paired.code, paired.out.startsWith('Ola Nowak and Anna Kowalczyk are paired')]).toEqual([
      0,
      true,
    ]);
    const costs = JSON.parse(
      run(['why-not', 'bank.json', '--mentor', 'm-krol', '--mentee', 'e-kaminski', '--format', 'json']).out,
    ) as { kind: string; cost: number };
    expect(costs.kind).toBe('costs');
    expect(costs.cost).toBeGreaterThan(0);
  });

  it('exits 2 when --mentor is missing', () => {
    const r = run(['why-not', 'bank.json', '--mentee', 'e-hughes']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^reverse-mentoring why-not: missing --mentor ID\n/);
  });
});

describe('schema --journal (built CLI)', () => {
  it('prints the shipped journal.schema.json', () => {
    const r = run(['schema', '--journal']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(
      JSON.parse(readFileSync(join(root, 'dist/journal.schema.json'), 'utf8')),
    );
  });
});
