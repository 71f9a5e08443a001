import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exitCode';
import { displayWidth } from '../../../src/cli/output/displayWidth';
import {
  assessProgramme,
  explainStatus,
  formatPath,
  match,
  orThrow,
  parseCohort,
  parseJournal,
  suggestRematch,
} from '../../../src/index';
import { SAMPLE_JOURNALS, SAMPLES } from '../../../src/samples/index';
import { fakeIo } from '../fakeIo';
import { runCommand } from '../runCommand';

const run = runCommand;

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const bank = orThrow(parseCohort(SAMPLES.bank, { currentYear: 2026 }));
const journal = orThrow(parseJournal(SAMPLE_JOURNALS.bank, bank));
const AS_OF = '2027-04-08'; // the date of the bank journal's last check-in

/** The sample cohort, a matching printed by `match --format json`, and the sample journal. */
async function sampleFiles(): Promise<Record<string, string>> {
  const files = { 'bank.json': JSON.stringify(SAMPLES.bank), 'j.json': JSON.stringify(SAMPLE_JOURNALS.bank) };
  const matched = await run(['match', 'bank.json', '--format', 'json'], fakeIo(files));
  expect(matched.code).toBe(EXIT.ok);
  return { ...files, 'm.json': matched.out };
}
const args = ['progress', 'bank.json', '--matching', 'm.json', '--journal', 'j.json'];

describe('progress', () => {
  it('prints exactly the library report on the sample journal, for the matching that match printed, with --format json', async () => {
    const { code, out, err } = await run(
      [...args, '--as-of', AS_OF, '--format', 'json'],
      fakeIo(await sampleFiles()),
    );
    expect([code, err]).toEqual([EXIT.ok, '']);
    const report = orThrow(assessProgramme(bank, orThrow(match(bank)), journal, { asOf: AS_OF }));
    expect(JSON.parse(out)).toEqual(plain(report));
    expect(report.outcomes.statuses['at-risk']).toBeGreaterThan(0); // the sample has pairs in trouble to show
  });

  it('passes --start and --cadence to the library, and adds the rematch to the JSON with --rematch', async () => {
    const argv = [
      ...args,
      '--as-of',
      AS_OF,
      '--start',
      '2027-01-04',
      '--cadence',
      '7',
      '--rematch',
      '--format',
      'json',
    ];
    const { out } = await run(argv, fakeIo(await sampleFiles()));
    const matching = orThrow(match(bank));
    const report = orThrow(
      assessProgramme(bank, matching, journal, { asOf: AS_OF, startDate: '2027-01-04', cadenceDays: 7 }),
    );
    expect(JSON.parse(out)).toEqual(
      plain({ ...report, rematch: orThrow(suggestRematch(bank, matching, report)) }),
    );
  });

  it('prints one line per pair with the reasons of its status below, then the areas and Kirkpatrick levels', async () => {
    const { code, out } = await run([...args, '--as-of', AS_OF], fakeIo(await sampleFiles()));
    expect(code).toBe(EXIT.ok);
    const report = orThrow(assessProgramme(bank, orThrow(match(bank)), journal, { asOf: AS_OF }));
    expect(out).toMatch(
      /^Progress as of 2027-04-08 \(since 2027-01-11, a session every 14 days\)\nPairs: \d+ on track, \d+ at risk\n/,
    );
    const flat = out.replace(/\n {4}/g, ' ');
    for (const pair of report.pairs) {
      const mentee = bank.menteeById.get(pair.menteeId)?.name ?? '?';
      const mentor = bank.mentorById.get(pair.mentorId)?.name ?? '?';
      const { held, expected } = pair.sessions;
      const row = new RegExp(
        `^  ${mentee} +${mentor} +(on track|at risk) +${held}/${expected} +${pair.sessions.daysSinceLastSession ?? '—'}$`,
        'm',
      );
      expect(out).toMatch(row);
      // the line below says what explainStatus says, without repeating who and the status
      const why = orThrow(explainStatus(pair, { cohort: bank })).split(' — ')[1];
      if (why !== undefined) expect(flat).toContain(`${pair.sessions.daysSinceLastSession ?? '—'} ${why}`);
    }
    expect(out).toContain('\nSkill areas\n');
    expect(out).toMatch(/\n {2}Reaction +mean rating 4\.42 of 5 \(154 ratings/);
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('appends the rematch of the at-risk pairs with --rematch, in Polish', async () => {
    const { out } = await run(
      [...args, '--as-of', AS_OF, '--rematch', '--locale', 'pl'],
      fakeIo(await sampleFiles()),
    );
    const report = orThrow(assessProgramme(bank, orThrow(match(bank)), journal, { asOf: AS_OF }));
    const rematch = orThrow(suggestRematch(bank, orThrow(match(bank)), report));
    expect(out).toContain('\nNowe pary w miejsce zagrożonych\n');
    for (const change of rematch.changes)
      expect(out).toMatch(new RegExp(`^  ${bank.menteeById.get(change.menteeId)?.name ?? '?'} `, 'm'));
  });

  it('uses today on the local clock when --as-of is left out', async () => {
    const io = fakeIo(await sampleFiles());
    const { out } = await run([...args, '--format', 'json'], {
      ...io,
      now: () => new Date(2027, 3, 20, 23, 30),
    });
    expect(JSON.parse(out)).toMatchObject({ asOf: '2027-04-20' });
  });

  it('prints every journal issue as "file: path: message", exit 1, nothing on stdout', async () => {
    const bad = {
      checkIns: [
        { mentorId: 'm-nowak', menteeId: 'e-kowalczyk', date: '2027-02-30' },
        { mentorId: 'm-nowak', menteeId: 'e-kowalczyk', date: '2027-03-01', ratings: { mentee: 9 } },
      ],
    };
    const files = { ...(await sampleFiles()), 'j.json': JSON.stringify(bad) };
    const { code, out, err } = await run(args, fakeIo(files));
    expect([code, out]).toEqual([EXIT.invalidInput, '']);
    const issues = parseJournal(bad, bank);
    if (issues._tag === 'Right') throw new Error('the journal is invalid');
    expect(err).toBe(
      `${issues.left.map((i) => `j.json: ${orThrow(formatPath(i.path))}: ${i.message}\n`).join('')}2 issues\n`,
    );
    expect(err).toMatch(/^j\.json: checkIns\[0\]\.date: .*\nj\.json: checkIns\[1\]\.ratings\.mentee: /);
  });

  it('locates a matching that names nobody in the matching file, exit 1', async () => {
    const files = await sampleFiles();
    const matching = JSON.parse(files['m.json'] ?? '{}') as { pairs: Array<{ mentorId: string }> };
    const first = matching.pairs[0];
    if (first !== undefined) first.mentorId = 'm-nobody';
    const { code, err } = await run(args, fakeIo({ ...files, 'm.json': JSON.stringify(matching) }));
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toBe('m.json: pairs[0].mentorId: "m-nobody" is not a mentor of the cohort\n');
  });

  it('reports a missing matching file and a missing journal together', async () => {
    const { code, err } = await run(args, fakeIo({ 'bank.json': JSON.stringify(SAMPLES.bank) }));
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toBe('m.json: no such file\nj.json: no such file\n2 issues\n');
  });

  it.each([['2027-4-8'], ['2027-02-30'], ['yesterday']])(
    'is a usage error (exit 2, with the help) to give --as-of %s',
    async (date) => {
      const { code, out, err } = await run([...args, '--as-of', date], fakeIo(await sampleFiles()));
      expect([code, out]).toEqual([EXIT.usage, '']);
      expect(err).toMatch(
        new RegExp(
          `^reverse-mentoring progress: --as-of must be a calendar date written YYYY-MM-DD \\(got "${date}"\\)\\n\\nUsage: `,
        ),
      );
    },
  );

  it('is a usage error to leave out --journal', async () => {
    const { code, err } = await run(
      ['progress', 'bank.json', '--matching', 'm.json'],
      fakeIo(await sampleFiles()),
    );
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/^reverse-mentoring progress: missing --journal FILE\n/);
  });
});
