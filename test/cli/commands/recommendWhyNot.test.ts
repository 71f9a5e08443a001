import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands/index';
import { EXIT } from '../../../src/cli/exitCode';
import { displayWidth } from '../../../src/cli/output/displayWidth';
import { runCli } from '../../../src/cli/runCli';
import {
  type MenteeId,
  type MentorId,
  explain,
  match,
  orThrow,
  parseCohort,
  recommend,
  whyNot,
} from '../../../src/index';
import { SAMPLES } from '../../../src/samples/index';
import { type FakeIo, fakeIo } from '../fakeIo';

async function run(
  argv: ReadonlyArray<string>,
  io: FakeIo = fakeIo(files),
): Promise<{ code: number; out: string; err: string }> {
  const code = await runCli(argv, io, { commands: COMMANDS, version: '0.0.0' });
  return { code, out: io.out(), err: io.err() };
}

const files = { 'bank.json': JSON.stringify(SAMPLES.bank) };
const bank = orThrow(parseCohort(SAMPLES.bank, { currentYear: 2026 }));
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('recommend', () => {
  it('prints the library recommendations with --format json, --limit passed on', async () => {
    const { code, out, err } = await run([
      'recommend',
      'bank.json',
      '--mentee',
      'e-jankowski',
      '--limit',
      '3',
      '--format',
      'json',
    ]);
    expect([code, err]).toEqual([EXIT.ok, '']);
    expect(JSON.parse(out)).toEqual(json(orThrow(recommend(bank, 'e-jankowski' as MenteeId, { limit: 3 }))));
  });

  it('lists the mentors best first with score, places, the contested flag and reasons', async () => {
    const { out } = await run(['recommend', 'bank.json', '--mentee', 'e-jankowski']);
    const top = orThrow(recommend(bank, 'e-jankowski' as MenteeId));
    expect(out).toMatch(
      /^Best mentors for Andrzej Jankowski, best first\n\n {2}# +mentor +score +places left +contested\n/,
    );
    // Each mentor's row, then its reasons wrapped on lines of their own (issue 15: no longer cut).
    const rows = out.split('\n').filter((line) => /^ {2}\d/.test(line));
    expect(rows).toHaveLength(top.length);
    const unwrapped = out.replace(/\n {4}/g, ' ');
    top.forEach((r, i) => {
      expect(rows[i]).toMatch(
        new RegExp(
          `^ {2}${i + 1}  ${bank.mentorById.get(r.mentorId)?.name ?? '?'} +${r.score.toFixed(2)} +${r.placesLeft}`,
        ),
      );
      expect(unwrapped).toContain(orThrow(explain(r, { cohort: bank, limit: 3 })));
      expect(rows[i]?.includes(`yes: first choice of ${r.firstChoiceOf}`)).toBe(r.contested);
    });
    expect(top.some((r) => r.contested)).toBe(true); // the flag is exercised
  });

  it('suggests the closest id for an unknown mentee, exit 1', async () => {
    expect(await run(['recommend', 'bank.json', '--mentee', 'e-jankowsky'])).toEqual({
      code: EXIT.invalidInput,
      out: '',
      err: '--mentee: "e-jankowsky" is not a mentee of this cohort (did you mean "e-jankowski"?)\n',
    });
  });

  it('says when the id is a mentor', async () => {
    expect((await run(['recommend', 'bank.json', '--mentee', 'm-nowak'])).err).toBe(
      '--mentee: "m-nowak" is a mentor, not a mentee\n',
    );
  });

  it.each([
    [['recommend', 'bank.json'], 'reverse-mentoring recommend: missing --mentee ID\n'],
    [
      ['recommend', 'bank.json', '--mentee', 'e-lis', '--limit', 'many'],
      'reverse-mentoring recommend: --limit must be a whole number from 1 to 1000 (got "many")\n',
    ],
    [
      ['recommend', 'bank.json', '--mentee', 'e-lis', '--limit', '0'],
      'reverse-mentoring recommend: --limit must be a whole number from 1 to 1000 (got "0")\n',
    ],
  ])('%j is a usage error with the help, exit 2', async (argv, first) => {
    const { code, err } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(err.startsWith(first)).toBe(true);
    expect(err).toContain('Usage: reverse-mentoring recommend');
  });
});

describe('why-not', () => {
  const matching = orThrow(match(bank));

  it('names the rule that blocks a pair, exit 0', async () => {
    const { code, out } = await run([
      'why-not',
      'bank.json',
      '--mentor',
      'm-nowak',
      '--mentee',
      'e-lewandowska',
    ]);
    expect(code).toBe(EXIT.ok);
    const answer = orThrow(whyNot(bank, matching, 'm-nowak' as MentorId, 'e-lewandowska' as MenteeId));
    if (answer.kind !== 'blocked') throw new Error('Ewa Lewandowska manages Ola Nowak: the pair is blocked');
    // Each reason a list item, wrapped to 80 columns with a hanging indent.
    const items = answer.reasons.map((r) => `- ${orThrow(explain(r, { cohort: bank }))}\n`).join('');
    expect(out.replace(/\n {2}(?=\S)/g, ' ')).toBe(
      `Ola Nowak cannot mentor Ewa Lewandowska: a hard rule blocks the pair.\n${items}`,
    );
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('says so when the two are a pair', async () => {
    const { code, out } = await run([
      'why-not',
      'bank.json',
      '--mentor',
      'm-nowak',
      '--mentee',
      'e-kowalczyk',
      '--locale',
      'pl',
    ]);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^Ola Nowak i Anna Kowalczyk są parą w tym dopasowaniu \(wynik \d,\d\d\)\.\n$/);
  });

  it('gives the cost of forcing a feasible pair and whose partner would change', async () => {
    const answer = orThrow(whyNot(bank, matching, 'm-nowak' as MentorId, 'e-hughes' as MenteeId));
    if (answer.kind !== 'costs') throw new Error('the pair is feasible but not chosen');
    const { out } = await run(['why-not', 'bank.json', '--mentor', 'm-nowak', '--mentee', 'e-hughes']);
    const before = matching.totalScore;
    expect(out).toContain(
      `forcing it would lower the total score by ${answer.cost.toFixed(2)} (${before.toFixed(2)} → ${(before - answer.cost).toFixed(2)})`,
    );
    expect(out).toContain(`${answer.changes.length} mentees would change partner:`);
    for (const change of answer.changes)
      expect(out).toMatch(new RegExp(`^${bank.menteeById.get(change.menteeId)?.name ?? '?'} `, 'm'));
    const printed = await run([
      'why-not',
      'bank.json',
      '--mentor',
      'm-nowak',
      '--mentee',
      'e-hughes',
      '--format',
      'json',
    ]);
    expect(JSON.parse(printed.out)).toEqual(json(answer));
  });

  it('says in the locale that a programme pin keeps the mentee, naming both people', async () => {
    const en = await run(['why-not', 'bank.json', '--mentor', 'm-grabowska', '--mentee', 'e-kowalczyk']);
    expect([en.code, en.out]).toEqual([EXIT.ok, 'Anna Kowalczyk is pinned to Ola Nowak by the programme.\n']);
    const pl = await run([
      'why-not',
      'bank.json',
      '--mentor',
      'm-grabowska',
      '--mentee',
      'e-kowalczyk',
      '--locale',
      'pl',
    ]);
    expect(pl.out).toBe('Program przypiął parę Ola Nowak – Anna Kowalczyk.\n');
  });

  it('reports both unknown ids at once, exit 1', async () => {
    const { code, err } = await run(['why-not', 'bank.json', '--mentor', 'm-nowk', '--mentee', 'nobody']);
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toBe(
      '--mentor: "m-nowk" is not a mentor of this cohort (did you mean "m-nowak"?)\n--mentee: "nobody" is not a mentee of this cohort\n2 issues\n',
    );
  });

  it('needs both ids: a usage error otherwise', async () => {
    const { code, err } = await run(['why-not', 'bank.json', '--mentee', 'e-hughes']);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(
      /^reverse-mentoring why-not: missing --mentor ID\n\nUsage: reverse-mentoring why-not/,
    );
  });
});
