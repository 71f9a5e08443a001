import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands/index';
import { EXIT } from '../../../src/cli/exitCode';
import { writeCohortCsv } from '../../../src/cli/io/writeCohortCsv';
import { runCli } from '../../../src/cli/runCli';
import { displayWidth } from '../../../src/cli/output/displayWidth';
import {
  assessProgramme,
  explainStatus,
  explainUnmatched,
  match,
  orThrow,
  parseCohort,
  parseJournal,
} from '../../../src/index';
import { SAMPLES, SAMPLE_JOURNALS } from '../../../src/samples/index';
import { cohortJsonSchema, journalJsonSchema } from '../../../src/schemas';
import { type FakeIo, fakeIo } from '../fakeIo';

async function run(
  argv: ReadonlyArray<string>,
  io: FakeIo = fakeIo(),
): Promise<{ code: number; out: string; err: string }> {
  const code = await runCli(argv, io, { commands: COMMANDS, version: '0.0.0' });
  return { code, out: io.out(), err: io.err() };
}

describe('validate', () => {
  it('summarises a valid JSON cohort, exit 0', async () => {
    const { code, out, err } = await run(
      ['validate', 'bank.json'],
      fakeIo({ 'bank.json': JSON.stringify(SAMPLES.bank) }),
    );
    expect([code, err]).toEqual([EXIT.ok, '']);
    expect(out).toMatch(
      /^bank\.json: valid\nProgramme: Digital Bridge 2027 — Bank Wiślany\nMentors: 10 \(13 places in total\)\nMentees: 12\n/,
    );
  });

  it('summarises a CSV with its programme, in Polish', async () => {
    const { mentors: _m, mentees: _e, ...programme } = SAMPLES.bank;
    const io = fakeIo({ 'p.csv': writeCohortCsv(SAMPLES.bank), 'programme.json': JSON.stringify(programme) });
    const { code, out } = await run(
      ['validate', 'p.csv', '--programme', 'programme.json', '--locale', 'pl'],
      io,
    );
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^p\.csv: poprawny\nProgram: Digital Bridge 2027 — Bank Wiślany\n/);
  });

  it('prints every issue as "where: message" on stderr, exit 1, nothing on stdout', async () => {
    const csv = 'id,role,grade,skills\nola,mentor,1,tiktok-ads:nine\njan,boss,7,\n';
    const { code, out, err } = await run(['validate', 'p.csv'], fakeIo({ 'p.csv': csv }));
    expect([code, out]).toEqual([EXIT.invalidInput, '']);
    expect(err).toBe(
      'row 2, column skills: "tiktok-ads:nine" — a level is 0–5, or a word such as competent or expert\nrow 3, column role: unknown role "boss" — a role is mentor or mentee\n2 issues\n',
    );
  });

  it('says a file is missing, exit 1', async () => {
    expect(await run(['validate', 'nope.json'])).toEqual({
      code: EXIT.invalidInput,
      out: '',
      err: 'nope.json: no such file\n',
    });
  });
});

describe('schema', () => {
  it('prints the cohort JSON Schema', async () => {
    const { code, out } = await run(['schema']);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out)).toEqual(cohortJsonSchema());
  });

  it('writes it to --out', async () => {
    const io = fakeIo();
    expect((await run(['schema', '--out', 's.json'], io)).code).toBe(EXIT.ok);
    expect(JSON.parse(String(io.files.get('s.json')))).toEqual(cohortJsonSchema());
  });
});

describe('schema --journal', () => {
  it('prints the journal JSON Schema', async () => {
    const { code, out } = await run(['schema', '--journal']);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out)).toEqual(journalJsonSchema());
  });
});

describe('demo', () => {
  const bank = orThrow(parseCohort(SAMPLES.bank, { currentYear: 2026 }));
  const office = orThrow(parseCohort(SAMPLES['public-office'], { currentYear: 2026 }));

  it('shows the bank sample matched: the headline, then every mentee with a mentor and why, in English', async () => {
    const { code, out, err } = await run(['demo']);
    expect([code, err]).toEqual([EXIT.ok, '']);
    expect(out).toMatch(
      /^Sample cohort "bank"\n\nProgramme: Digital Bridge 2027 — Bank Wiślany\nMentors: 10 \(13 places in total\)\n/,
    );
    expect(out).not.toContain('People by generation'); // the short summary
    const matching = orThrow(match(bank));
    expect(out).toContain(
      `Pairs: ${matching.pairs.length} of 12 mentees matched, total score ${matching.totalScore.toFixed(2)}`,
    );
    for (const pair of matching.pairs) {
      const row = new RegExp(
        `^  ${bank.menteeById.get(pair.menteeId)?.name ?? '?'} +${bank.mentorById.get(pair.mentorId)?.name ?? '?'} +${pair.score.toFixed(2)}`,
        'm',
      );
      expect(out).toMatch(row);
    }
    expect(out).toContain('* pinned by the programme'); // m-nowak – e-kowalczyk is pinned in the sample
  });

  it('shows the public-office sample in Polish, the unmatched mentees with why', async () => {
    const { code, out } = await run(['demo', '--sample', 'public-office', '--locale', 'pl']);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^Przykładowa kohorta „public-office”\n\nProgram: /);
    const matching = orThrow(match(office));
    expect(matching.unmatched.length).toBeGreaterThan(0); // 14 mentees, 11 places
    for (const u of matching.unmatched)
      expect(out.replace(/\n +/g, ' ')).toContain(
        orThrow(explainUnmatched(u, { locale: 'pl', cohort: office })),
      );
    expect(out).toContain(`suma wyników ${matching.totalScore.toFixed(2).replace('.', ',')}`);
  });

  it('follows the pairs with the sample journal as of its last check-in: the pairs by status, and each pair at risk with why', async () => {
    for (const [sample, cohort, locale] of [
      ['bank', bank, 'en'],
      ['public-office', office, 'pl'],
    ] as const) {
      const { out } = await run(['demo', '--sample', sample, '--locale', locale]);
      const journal = orThrow(parseJournal(SAMPLE_JOURNALS[sample], cohort));
      const asOf = journal.checkIns.at(-1)?.date ?? '?';
      const report = orThrow(assessProgramme(cohort, orThrow(match(cohort)), journal, { asOf }));
      const atRisk = report.pairs.filter((p) => p.status === 'at-risk');
      expect(atRisk.length).toBeGreaterThan(0); // the samples tell of pairs in trouble
      expect(out).toContain(
        locale === 'en'
          ? `Progress as of ${asOf}, from the sample journal\n`
          : `Postępy na dzień ${asOf} według przykładowego dziennika\n`,
      );
      expect(out).toContain(locale === 'en' ? `${atRisk.length} at risk` : `zagrożone: ${atRisk.length}`);
      const flat = out.replace(/\n +/g, ' ');
      for (const pair of atRisk) expect(flat).toContain(orThrow(explainStatus(pair, { locale, cohort })));
    }
  });

  it('stays short: at most 70 lines, in either language', async () => {
    for (const args of [
      ['demo'],
      ['demo', '--locale', 'pl'],
      ['demo', '--sample', 'public-office'],
      ['demo', '--sample', 'public-office', '--locale', 'pl'],
    ]) {
      expect((await run(args)).out.trimEnd().split('\n').length).toBeLessThanOrEqual(70);
    }
  });

  it('keeps every line within 80 columns when standard output is not a terminal', async () => {
    for (const args of [
      ['demo'],
      ['demo', '--locale', 'pl'],
      ['demo', '--sample', 'public-office'],
      ['demo', '--sample', 'public-office', '--locale', 'pl'],
    ]) {
      const { out } = await run(args);
      for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    }
  });

  it('wraps to a narrower terminal without cutting a word', async () => {
    const { out } = await run(['demo'], fakeIo({}, { stdoutIsTTY: true, columns: 60 }));
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(out).not.toContain('…');
  });
});
