import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands/index';
import { EXIT } from '../../../src/cli/exitCode';
import { displayWidth } from '../../../src/cli/output/displayWidth';
import { runCli } from '../../../src/cli/runCli';
import { SAMPLES } from '../../../src/samples/index';
import { type FakeIo, fakeIo } from '../fakeIo';

// Issue 15: terminal output that fits, and people named as people name them.

async function run(
  argv: ReadonlyArray<string>,
  io: FakeIo = fakeIo(files),
): Promise<{ code: number; out: string; err: string }> {
  const code = await runCli(argv, io, { commands: COMMANDS, version: '0.0.0' });
  return { code, out: io.out(), err: io.err() };
}

/** The bank sample with a second mentee called Andrzej Jankowski. */
function twoJankowskis(): string {
  const bank = structuredClone(SAMPLES.bank) as { mentees: Array<{ id: string; name?: string }> };
  const original = bank.mentees.find((m) => m.id === 'e-jankowski');
  if (original === undefined) throw new Error('the sample has e-jankowski');
  bank.mentees.push({ ...original, id: 'e-jankowski-2' });
  return JSON.stringify(bank);
}

const files = { 'bank.json': JSON.stringify(SAMPLES.bank), 'twins.json': twoJankowskis() };

describe('people named by name', () => {
  it('takes a display name for --mentee when one mentee has it, in any case and spacing', async () => {
    const byId = await run(['recommend', 'bank.json', '--mentee', 'e-jankowski', '--format', 'json']);
    const byName = await run([
      'recommend',
      'bank.json',
      '--mentee',
      ' andrzej  JANKOWSKI ',
      '--format',
      'json',
    ]);
    expect(byName).toEqual(byId);
    expect(byName.code).toBe(EXIT.ok);
  });

  it('takes display names for --mentor and --mentee of why-not', async () => {
    const byId = await run([
      'why-not',
      'bank.json',
      '--mentor',
      'm-krol',
      '--mentee',
      'e-hughes',
      '--format',
      'json',
    ]);
    const byName = await run([
      'why-not',
      'bank.json',
      '--mentor',
      'Natalia Król',
      '--mentee',
      'Richard Hughes',
      '--format',
      'json',
    ]);
    expect([byName.code, byName.out]).toEqual([EXIT.ok, byId.out]);
  });

  it('refuses a name that several mentees share, listing their ids', async () => {
    expect(await run(['recommend', 'twins.json', '--mentee', 'Andrzej Jankowski'])).toEqual({
      code: EXIT.invalidInput,
      out: '',
      err: '--mentee: 2 mentees are called "Andrzej Jankowski" (e-jankowski, e-jankowski-2): give the id\n',
    });
  });
});

describe('output that fits the terminal', () => {
  it.each(COMMANDS.map((c) => [c.name]))(
    'wraps the help of %s to 80 columns when not a terminal',
    async (name) => {
      const { code, out } = await run([name, '--help']);
      expect(code).toBe(EXIT.ok);
      for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    },
  );

  it('wraps the help to the width of the terminal, the top level too', async () => {
    for (const argv of [['--help'], ['progress', '--help']]) {
      const { out } = await run(argv, fakeIo(files, { stdoutIsTTY: true, columns: 50 }));
      for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    }
  });

  it('suggests the option meant by a typo', async () => {
    const { code, err } = await run(['match', 'bank.json', '--fromat', 'json']);
    expect(code).toBe(EXIT.usage);
    expect(err.split('\n')[0]).toBe(
      'reverse-mentoring match: unknown option --fromat (did you mean --format?)',
    );
  });

  it('keeps why-not within the terminal width', async () => {
    for (const columns of [80, 60]) {
      const { out } = await run(
        ['why-not', 'bank.json', '--mentor', 'm-nowak', '--mentee', 'e-hughes'],
        fakeIo(files, { stdoutIsTTY: true, columns }),
      );
      expect(out).toContain('would change partner');
      for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    }
  });

  it('keeps recommend within the terminal width', async () => {
    const { out } = await run(
      ['recommend', 'bank.json', '--mentee', 'e-jankowski'],
      fakeIo(files, { stdoutIsTTY: true, columns: 80 }),
    );
    for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(out).not.toContain('…');
  });
});
