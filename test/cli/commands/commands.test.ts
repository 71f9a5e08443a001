import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands/index';
import { EXIT } from '../../../src/cli/exitCode';
import { writeCohortCsv } from '../../../src/cli/io/writeCohortCsv';
import { runCli } from '../../../src/cli/runCli';
import { SAMPLES, cohortJsonSchema } from '../../../src/index';
import { type FakeIo, fakeIo } from '../fakeIo';

async function run(argv: ReadonlyArray<string>, io: FakeIo = fakeIo()): Promise<{ code: number; out: string; err: string }> {
  const code = await runCli(argv, io, { commands: COMMANDS, version: '0.0.0' });
  return { code, out: io.out(), err: io.err() };
}

describe('validate', () => {
  it('summarises a valid JSON cohort, exit 0', async () => {
    const { code, out, err } = await run(['validate', 'bank.json'], fakeIo({ 'bank.json': JSON.stringify(SAMPLES.bank) }));
    expect([code, err]).toEqual([EXIT.ok, '']);
    expect(out).toMatch(/^bank\.json: valid\nProgramme: Digital Bridge 2027 — Bank Wiślany\nMentors: 10 \(13 places in total\)\nMentees: 12\n/);
  });

  it('summarises a CSV with its programme, in Polish', async () => {
    const { mentors: _m, mentees: _e, ...programme } = SAMPLES.bank;
    const io = fakeIo({ 'p.csv': writeCohortCsv(SAMPLES.bank), 'programme.json': JSON.stringify(programme) });
    const { code, out } = await run(['validate', 'p.csv', '--programme', 'programme.json', '--locale', 'pl'], io);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^p\.csv: poprawny\nProgram: Digital Bridge 2027 — Bank Wiślany\n/);
  });

  it('prints every issue as "where: message" on stderr, exit 1, nothing on stdout', async () => {
    const csv = 'id,role,grade,skills\nola,mentor,1,tiktok-ads:nine\njan,boss,7,\n';
    const { code, out, err } = await run(['validate', 'p.csv'], fakeIo({ 'p.csv': csv }));
    expect([code, out]).toEqual([EXIT.invalidInput, '']);
    expect(err).toBe(
      'row 2, column skills: "tiktok-ads:nine" — a level is 0–5\nrow 3, column role: unknown role "boss" — a role is mentor or mentee\n2 issues\n',
    );
  });

  it('says a file is missing, exit 1', async () => {
    expect(await run(['validate', 'nope.json'])).toEqual({ code: EXIT.invalidInput, out: '', err: 'nope.json: no such file\n' });
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

describe('demo', () => {
  it('shows the bank sample by default, in English', async () => {
    const { code, out } = await run(['demo']);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^Sample cohort "bank"\n\nProgramme: Digital Bridge 2027/);
    expect(out).toContain('People by generation');
    expect(out).toContain("Mentees' goals by area");
  });

  it('shows the public-office sample in Polish', async () => {
    const { code, out } = await run(['demo', '--sample', 'public-office', '--locale', 'pl']);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^Przykładowa kohorta „public-office”\n\nProgram: /);
    expect(out).toContain('Uczestnicy według pokoleń');
  });

  it('fits its tables to a narrow terminal', async () => {
    const { out } = await run(['demo'], fakeIo({}, { stdoutIsTTY: true, columns: 30 }));
    const tableLines = out.split('\n').filter((l) => /\s{2}\d+$/.test(l));
    expect(tableLines.length).toBeGreaterThan(0);
    // the goals table cannot fit 30 columns (its number columns alone take 18 + 8 of gaps): the
    // area column stops shrinking at 12, so "digital services" becomes 11 letters and an ellipsis
    expect(out).toContain('digital ser…');
    expect(out).not.toContain('digital services');
    for (const line of tableLines) expect(line.length).toBeLessThanOrEqual(38);
  });
});
