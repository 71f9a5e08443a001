import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Matching, orThrow, parseCohort } from '../../src/index';

// Issue 16 through the built CLI: people's own choices read from a CSV, a stated first choice
// that changes the pairing, and a veto the manager reads and a participant never does.
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
let dir = '';

function run(args: ReadonlyArray<string>): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input: '', encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// The worked example of docs/matching.md: Jan wants TikTok ads badly (high priority), Ewa a
// little (low); Ola knows more than Kuba. Without choices, Jan gets Ola.
const HEADER = 'id,role,name,generation,grade,skills,goals,preferences,vetoes';
const rows = (ewaPreferences: string, kubaVetoes: string): string =>
  [
    HEADER,
    'ola,mentor,Ola,gen-z,1,tiktok-ads:5,,,',
    `kuba,mentor,Kuba,gen-z,2,tiktok-ads:3,,,${kubaVetoes}`,
    'jan,mentee,Jan,baby-boomer,7,tiktok-ads:0,tiktok-ads:high,,',
    `ewa,mentee,Ewa,gen-x,8,tiktok-ads:0,tiktok-ads:low,${ewaPreferences},`,
    '',
  ].join('\n');

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error('dist/cli.js is missing: run `npm run build` before the end-to-end tests');
  dir = mkdtempSync(join(tmpdir(), 'rm-cli-choices-'));
  writeFileSync(join(dir, 'none.csv'), rows('', ''));
  writeFileSync(join(dir, 'chosen.csv'), rows('ola', ''));
  writeFileSync(join(dir, 'vetoed.csv'), rows('ola', 'jan'));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const pairs = (file: string): string[] => {
  const r = run(['match', file, '--format', 'json']);
  expect([r.code, r.err]).toEqual([0, '']);
  return (JSON.parse(r.out) as Matching).pairs.map((p) => `${p.menteeId}–${p.mentorId}`);
};

describe('preferences and vetoes (built CLI)', () => {
  it("pairs by the scores without choices, by Ewa's first choice with it, and around Kuba's veto", () => {
    expect(pairs('none.csv')).toEqual(['ewa–kuba', 'jan–ola']);
    expect(pairs('chosen.csv')).toEqual(['ewa–ola', 'jan–kuba']);
    expect(pairs('vetoed.csv')).toEqual(['ewa–kuba', 'jan–ola']);
  });

  it('explains a stated choice in English and Polish', () => {
    expect(run(['match', 'chosen.csv']).out).toContain("Ola is Ewa's first choice");
    expect(run(['match', 'chosen.csv', '--locale', 'pl']).out).toContain('Ola — pierwszy wybór (Ewa)');
  });

  it('tells the manager about the veto in why-not, and the participant only that the pair is not available', () => {
    const manager = run(['why-not', 'vetoed.csv', '--mentor', 'kuba', '--mentee', 'jan']);
    expect(manager.code).toBe(0);
    expect(manager.out).toContain('Kuba (the mentor) vetoed Jan');
    expect(
      run(['why-not', 'vetoed.csv', '--mentor', 'kuba', '--mentee', 'jan', '--locale', 'pl']).out,
    ).toContain('Weto mentora: Kuba nie chce pary z: Jan');
    for (const locale of ['en', 'pl']) {
      const participant = run([
        'why-not',
        'vetoed.csv',
        '--mentor',
        'kuba',
        '--mentee',
        'jan',
        '--audience',
        'participant',
        '--locale',
        locale,
      ]);
      expect(participant.code).toBe(0);
      expect(participant.out).toContain(
        locale === 'en'
          ? 'Kuba and Jan are not available for this pairing'
          : 'Para Kuba – Jan jest niedostępna',
      );
      expect(participant.out).not.toMatch(/veto|weto|nie chce/i);
    }
  });

  it('writes no veto into any participant text of match, and refuses JSON for a participant', () => {
    writeFileSync(
      join(dir, 'alone.csv'),
      [
        HEADER,
        'ola,mentor,Ola,gen-z,1,tiktok-ads:5,,,jan',
        'jan,mentee,Jan,baby-boomer,7,,tiktok-ads:high,,',
        '',
      ].join('\n'),
    );
    expect(run(['match', 'alone.csv']).out).toContain('No mentor is allowed for Jan: vetoed (1 mentor)');
    for (const format of ['table', 'markdown', 'csv'])
      for (const locale of ['en', 'pl']) {
        const r = run([
          'match',
          'alone.csv',
          '--audience',
          'participant',
          '--format',
          format,
          '--locale',
          locale,
        ]);
        expect(r.code).toBe(0);
        expect(r.out).toMatch(/not available for this pairing|para niedostępna/);
        expect(r.out).not.toMatch(/veto|weto/i);
      }
    const json = run(['match', 'alone.csv', '--audience', 'participant', '--format', 'json']);
    expect(json.code).not.toBe(0);
    expect(json.out).toBe('');
    expect(json.err).toContain('--audience participant is for text');
  });

  it('compares strategies with the share of first choices, and generates cohorts with choices', () => {
    const compare = run(['compare', 'chosen.csv']);
    expect(compare.code).toBe(0);
    expect(compare.out).toMatch(/ 1st\n/);
    const plain = run(['compare', 'none.csv']);
    expect(plain.out).not.toContain('1st');
    const generated = run([
      'generate',
      '--mentors',
      '20',
      '--mentees',
      '30',
      '--preference-percent',
      '50',
      '--veto-percent',
      '20',
    ]);
    expect(generated.code).toBe(0);
    const cohort = orThrow(parseCohort(JSON.parse(generated.out)));
    expect(cohort.mentees.some((m) => m.preferences.length > 0)).toBe(true);
    expect(cohort.mentors.some((m) => m.vetoes.length > 0)).toBe(true);
  });
});
