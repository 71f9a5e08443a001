import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
  dir = mkdtempSync(join(tmpdir(), 'rm-cli-workflow-'));
  // A generated cohort whose mentees waited since different days in January.
  const generated = run([
    'generate',
    '--mentors',
    '8',
    '--mentees',
    '14',
    '--seed',
    '3',
    '--waiting-since',
    '2027-01-01',
    '--waiting-days',
    '20',
    '--out',
    'cohort.json',
  ]);
  if (generated.code !== 0) throw new Error(generated.err);
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('the programme after the first matching (built CLI)', () => {
  it('proposes, applies a decision, and proposes again without re-proposing the declined pair', () => {
    const proposal = run(['match', 'cohort.json', '--format', 'json', '--out', 'proposal.json']);
    expect(proposal.code).toBe(0);
    const pairs = (
      JSON.parse(readFileSync(join(dir, 'proposal.json'), 'utf8')) as {
        pairs: Array<{ mentorId: string; menteeId: string }>;
      }
    ).pairs;
    const [first] = pairs;
    if (first === undefined) throw new Error('the generated cohort has pairs');
    writeFileSync(
      join(dir, 'decisions.csv'),
      `mentor_id;mentee_id;by;decision;date;reason\n${first.mentorId};${first.menteeId};mentee;declined;2027-02-01;too close to my team\n`,
    );
    const round = run([
      'decide',
      'cohort.json',
      '--matching',
      'proposal.json',
      '--decisions',
      'decisions.csv',
      '--format',
      'json',
      '--out',
      'proposal-2.json',
    ]);
    expect([round.code, round.err]).toEqual([0, '']);
    const next = JSON.parse(readFileSync(join(dir, 'proposal-2.json'), 'utf8')) as {
      matching: { pairs: Array<{ mentorId: string; menteeId: string }> };
      undecided: { changed: number };
    };
    expect(
      next.matching.pairs.some((p) => p.mentorId === first.mentorId && p.menteeId === first.menteeId),
    ).toBe(false);
    expect(next.undecided.changed).toBe(0);
    // Refusing to overwrite an input: the proposal is not replaced by the round.
    const same = run([
      'decide',
      'cohort.json',
      '--matching',
      'proposal.json',
      '--decisions',
      'decisions.csv',
      '--out',
      'decisions.csv',
    ]);
    expect(same.code).toBe(1);
    expect(readFileSync(join(dir, 'decisions.csv'), 'utf8')).toContain('too close to my team');
  });

  it('runs a wave around running pairs and prints the waiting list in Polish', () => {
    writeFileSync(join(dir, 'running.json'), JSON.stringify({ pairs: [] }));
    const wave = run(['wave', 'cohort.json', '--matching', 'running.json', '--locale', 'pl']);
    expect(wave.code).toBe(0);
    expect(wave.out).toMatch(/^Fala: \d+ /);
    expect(wave.out).toContain('Kolejność (najdłużej czekający najpierw):');
  });

  it('prints the decisions schema, and refuses a decisions file with a typo, with no stack trace', () => {
    const schema = run(['schema', '--decisions']);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.out)).toEqual(
      JSON.parse(readFileSync(join(root, 'dist/decisions.schema.json'), 'utf8')),
    );
    writeFileSync(join(dir, 'typo.json'), '{"decisions": [{"mentorId": "x", "menteId": "y"}]}');
    const bad = run(['decide', 'cohort.json', '--matching', 'proposal.json', '--decisions', 'typo.json']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('did you mean "menteeId"');
    expect(bad.err).not.toMatch(/\n\s+at /);
  });
});
