import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands/index';
import { EXIT } from '../../../src/cli/exitCode';
import { loadCohort } from '../../../src/cli/io/loadCohort';
import { runCli } from '../../../src/cli/runCli';
import { generateCohort, match, orThrow } from '../../../src/index';
import { suiteCohort } from '../../../src/synthetic/index';
import { type FakeIo, fakeIo } from '../fakeIo';

async function run(
  argv: ReadonlyArray<string>,
  io: FakeIo = fakeIo(),
): Promise<{ code: number; out: string; err: string }> {
  const code = await runCli(argv, io, { commands: COMMANDS, version: '0.0.0' });
  return { code, out: io.out(), err: io.err() };
}

describe('generate', () => {
  it('prints the library cohort as JSON; the seed defaults to 1', async () => {
    const { code, out, err } = await run(['generate', '--mentors', '4', '--mentees', '5']);
    expect([code, err]).toEqual([EXIT.ok, '']);
    expect(JSON.parse(out)).toEqual(
      JSON.parse(JSON.stringify(orThrow(generateCohort({ mentors: 4, mentees: 5, seed: 1 })))),
    );
  });

  it('gives the same file for the same seed and another for another seed', async () => {
    const a = await run(['generate', '--mentors', '6', '--mentees', '6', '--seed', '42']);
    const b = await run(['generate', '--mentors', '6', '--mentees', '6', '--seed', '42']);
    const c = await run(['generate', '--mentors', '6', '--mentees', '6', '--seed=-42']);
    expect(a.out).toBe(b.out);
    expect(c.code).toBe(EXIT.ok);
    expect(c.out).not.toBe(a.out);
  });

  it('writes a participants CSV and a programme file that match exactly as the JSON cohort', async () => {
    const io = fakeIo();
    await run(['generate', '--mentors', '12', '--mentees', '15', '--seed', '5', '--out', 'c.json'], io);
    await run(
      [
        'generate',
        '--mentors',
        '12',
        '--mentees',
        '15',
        '--seed',
        '5',
        '--format',
        'csv',
        '--out',
        'p.csv',
        '--programme-out',
        'prog.json',
      ],
      io,
    );
    expect(Object.keys(JSON.parse(String(io.files.get('prog.json'))) as object).sort()).toEqual([
      'managers',
      'programme',
    ]);
    const fromJson = orThrow(await loadCohort(io, 'c.json'));
    const fromCsv = orThrow(await loadCohort(io, 'p.csv', { programme: 'prog.json' }));
    expect(fromCsv.format).toBe('csv');
    expect(orThrow(match(fromCsv.cohort))).toEqual(orThrow(match(fromJson.cohort)));
  });

  it.each([
    [
      ['generate', '--mentors', 'ten', '--mentees', '3'],
      '--mentors must be a whole number from 0 to 100000 (got "ten")',
    ],
    [
      ['generate', '--mentors', '3', '--mentees', '200000'],
      '--mentees must be a whole number from 0 to 100000 (got "200000")',
    ],
    [
      ['generate', '--mentors', '3', '--mentees', '2.5'],
      '--mentees must be a whole number from 0 to 100000 (got "2.5")',
    ],
    [
      ['generate', '--mentors', '3', '--mentees', '3', '--seed', '0x10'],
      '--seed must be a whole number (got "0x10")',
    ],
    [['generate', '--mentees', '3'], 'give --mentors N and --mentees M, or --suite NAME'],
    [
      ['generate', '--suite', 'balanced-50', '--mentors', '3'],
      '--suite NAME takes no --mentors or --mentees',
    ],
  ])('%j is a usage error, exit 2, with the help', async (argv, message) => {
    const { code, out, err } = await run(argv);
    expect([code, out]).toEqual([EXIT.usage, '']);
    expect(err).toMatch(
      new RegExp(
        `^reverse-mentoring generate: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\nUsage: reverse-mentoring generate`,
      ),
    );
  });

  it('writes a cohort of the benchmark suite by name, exactly as suiteCohort gives it', async () => {
    const { code, out, err } = await run(['generate', '--suite', 'scarce-100x300']);
    expect([code, err]).toEqual([EXIT.ok, '']);
    expect(JSON.parse(out)).toEqual(orThrow(suiteCohort('scarce-100x300')));
  });
});
