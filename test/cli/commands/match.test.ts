import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands/index';
import { EXIT } from '../../../src/cli/exitCode';
import { displayWidth } from '../../../src/cli/output/displayWidth';
import { writeCohortCsv } from '../../../src/cli/io/writeCohortCsv';
import { runCli } from '../../../src/cli/runCli';
import { type CohortInput, explain, match, orThrow, parseCohort } from '../../../src/index';
import { SAMPLES } from '../../../src/samples/index';
import { generateCohort } from '../../../src/synthetic/index';
import { type FakeIo, fakeIo } from '../fakeIo';

async function run(
  argv: ReadonlyArray<string>,
  io: FakeIo = fakeIo(),
): Promise<{ code: number; out: string; err: string }> {
  const code = await runCli(argv, io, { commands: COMMANDS, version: '0.0.0' });
  return { code, out: io.out(), err: io.err() };
}

const bank = orThrow(parseCohort(SAMPLES.bank, { currentYear: 2026 }));
const office = orThrow(parseCohort(SAMPLES['public-office'], { currentYear: 2026 }));
const files = {
  'bank.json': JSON.stringify(SAMPLES.bank),
  'office.json': JSON.stringify(SAMPLES['public-office']),
};
const { mentors: _m, mentees: _e, ...bankProgramme } = SAMPLES.bank;

/** The bank sample with one more pinned pair: Ewa Lewandowska manages Ola Nowak, so the reporting-line rule blocks it. */
const badPin: CohortInput = {
  ...SAMPLES.bank,
  programme: {
    ...SAMPLES.bank.programme,
    rules: { ...SAMPLES.bank.programme?.rules, pinnedPairs: [['m-nowak', 'e-lewandowska']] },
  },
};

describe('match', () => {
  it('prints exactly the library Matching with --format json', async () => {
    const { code, out, err } = await run(['match', 'bank.json', '--format', 'json'], fakeIo(files));
    expect([code, err]).toEqual([EXIT.ok, '']);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(orThrow(match(bank)))));
  });

  it('passes --objective to the matcher', async () => {
    const { out } = await run(
      ['match', 'office.json', '--format', 'json', '--objective', 'fairest'],
      fakeIo(files),
    );
    expect(JSON.parse(out)).toEqual(
      JSON.parse(JSON.stringify(orThrow(match(office, { objective: 'fairest' })))),
    );
  });

  it("prints a table of names and scores, each pair's reasons on lines of their own, the unmatched with why, and the total", async () => {
    const { code, out } = await run(['match', 'office.json'], fakeIo(files));
    expect(code).toBe(EXIT.ok);
    const matching = orThrow(match(office));
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ {2}mentee +mentor +score$/);
    const first = matching.pairs[0];
    if (first === undefined) throw new Error('the sample has pairs');
    expect(lines[2]).toMatch(new RegExp(`^ {2}${office.menteeById.get(first.menteeId)?.name ?? '?'} `));
    // The reasons follow their row, wrapped (never cut) on lines set in by four spaces.
    expect(lines[3]).toMatch(/^ {4}\S/);
    const unwrapped = out.replace(/\n {4}/g, ' ');
    for (const pair of matching.pairs)
      expect(unwrapped).toContain(orThrow(explain(pair, { cohort: office, limit: 3 })));
    expect(out).toContain(
      `Total score ${matching.totalScore.toFixed(2)}: ${matching.pairs.length} of 14 mentees matched (objective max-total)\n`,
    );
  });

  it.each([[100], [60]])(
    'wraps the reasons to a terminal %i columns wide, cutting none (issue 15)',
    async (columns) => {
      const { out } = await run(['match', 'bank.json'], fakeIo(files, { stdoutIsTTY: true, columns }));
      for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
      expect(out).not.toContain('…');
      const unwrapped = out.replace(/\n {4}/g, ' ');
      for (const pair of orThrow(match(bank)).pairs)
        expect(unwrapped).toContain(orThrow(explain(pair, { cohort: bank, limit: 3 })));
    },
  );

  it('writes the table in Polish with a decimal comma', async () => {
    const { out } = await run(['match', 'bank.json', '--locale', 'pl'], fakeIo(files));
    const total = orThrow(match(bank)).totalScore.toFixed(2).replace('.', ',');
    expect(out).toMatch(/^ {2}podopieczny +mentor +wynik\n/);
    expect(out).toContain(`Suma wyników ${total}: 12 z 12 podopiecznych ma parę`);
    expect(out).toContain('* para przypięta przez program');
  });

  it('prints a markdown table that a wiki renders, the footnote mark escaped', async () => {
    const { out } = await run(['match', 'bank.json', '--format', 'markdown'], fakeIo(files));
    expect(out).toMatch(/^\| mentee \| mentor \| score \| reasons \|\n\| --- \| --- \| ---: \| --- \|\n/);
    expect(out).toContain('\n\\* pinned by the programme\n');
  });

  it('prints one CSV row per pair and per unmatched mentee, with fixed column names', async () => {
    const { out } = await run(['match', 'office.json', '--format', 'csv'], fakeIo(files));
    const rows = parse(out) as string[][];
    const matching = orThrow(match(office));
    expect(rows[0]).toEqual(['mentor_id', 'mentor_name', 'mentee_id', 'mentee_name', 'score', 'reasons']);
    expect(rows).toHaveLength(1 + matching.pairs.length + matching.unmatched.length);
    const [pair] = matching.pairs;
    expect(rows[1]?.slice(0, 5)).toEqual([
      pair?.mentorId,
      office.mentorById.get(pair?.mentorId ?? ('' as never))?.name,
      pair?.menteeId,
      office.menteeById.get(pair?.menteeId ?? ('' as never))?.name,
      pair?.score.toFixed(4),
    ]);
    const unmatched = rows.slice(1 + matching.pairs.length);
    expect(unmatched.map((r) => [r[0], r[1], r[2], r[4]])).toEqual(
      matching.unmatched.map((u) => ['', '', u.menteeId, '']),
    );
  });

  it('guards CSV cells against spreadsheet formulas, but not the participants CSV', async () => {
    const input: CohortInput = {
      mentors: [{ id: 'm1', name: '=HYPERLINK("http://x","click")', grade: 1, skills: { 'tiktok-ads': 5 } }],
      mentees: [{ id: 'e1', name: '@SUM(A1)', grade: 8, goals: [{ skill: 'tiktok-ads', priority: 'high' }] }],
    };
    const { out } = await run(
      ['match', 'c.json', '--format', 'csv'],
      fakeIo({ 'c.json': JSON.stringify(input) }),
    );
    const [, row] = parse(out) as string[][];
    expect(row?.slice(0, 4)).toEqual(['m1', '\'=HYPERLINK("http://x","click")', 'e1', "'@SUM(A1)"]);
    // round-trip data is written as is: the apostrophe would become part of the name
    expect(writeCohortCsv(input)).toContain('"=HYPERLINK(""http://x"",""click"")"');
  });

  it('writes to --out, and nothing to stdout', async () => {
    const io = fakeIo(files);
    const { code, out } = await run(['match', 'bank.json', '--format', 'json', '--out', 'pairs.json'], io);
    expect([code, out]).toEqual([EXIT.ok, '']);
    expect(JSON.parse(String(io.files.get('pairs.json')))).toHaveProperty('objective', 'max-total');
  });

  it('reports a pinned pair that breaks a rule as "path: message", exit 1', async () => {
    const { code, out, err } = await run(
      ['match', 'pin.json'],
      fakeIo({ 'pin.json': JSON.stringify(badPin) }),
    );
    expect([code, out]).toEqual([EXIT.invalidInput, '']);
    expect(err).toBe(
      'programme.rules.pinnedPairs[0]: a pinned pair breaks a hard rule: [m-nowak, e-lewandowska] breaks the reporting-line rule\n',
    );
  });

  it('names the programme file when the pin came from it', async () => {
    const { mentors: _a, mentees: _b, ...programme } = badPin;
    const io = fakeIo({ 'people.csv': writeCohortCsv(SAMPLES.bank), 'p.json': JSON.stringify(programme) });
    const { code, err } = await run(['match', 'people.csv', '--programme', 'p.json'], io);
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(/^p\.json: programme\.rules\.pinnedPairs\[0\]: a pinned pair breaks a hard rule/);
  });

  it('matches a participants CSV with its programme file exactly as the JSON cohort', async () => {
    const io = fakeIo({
      ...files,
      'people.csv': writeCohortCsv(SAMPLES.bank),
      'p.json': JSON.stringify(bankProgramme),
    });
    const csv = await run(['match', 'people.csv', '--programme', 'p.json', '--format', 'json'], io);
    expect(csv.out).toBe(JSON.stringify(orThrow(match(bank)), null, 2) + '\n');
  });

  it('shows progress on a terminal for a big cohort, and clears it', async () => {
    const big = orThrow(generateCohort({ mentors: 500, mentees: 500, seed: 3 }));
    const tty = await run(
      ['match', 'big.json', '--format', 'json'],
      fakeIo({ 'big.json': JSON.stringify(big) }, { stderrIsTTY: true }),
    );
    expect(tty.code).toBe(EXIT.ok);
    // The line moves with match's own phases (scoring, solving, explaining), then is cleared.
    expect(tty.err).toMatch(/^\rmatching 500 mentees with 500 mentors +\d+% \(\d+\/1000\)/);
    expect(tty.err.endsWith('\r\u001b[2K')).toBe(true);
    expect(new Set(tty.err.match(/\d+%/g)).size).toBeGreaterThan(2);
    const piped = await run(
      ['match', 'big.json', '--format', 'json'],
      fakeIo({ 'big.json': JSON.stringify(big) }),
    );
    expect(piped.err).toBe('');
    expect(piped.out).toBe(tty.out);
  });

  it('says nothing about progress for a small cohort, even on a terminal', async () => {
    const { err } = await run(['match', 'bank.json'], fakeIo(files, { stderrIsTTY: true }));
    expect(err).toBe('');
  });
});
