import { describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/cli/command';
import { EXIT } from '../../src/cli/exitCode';
import { runCli } from '../../src/cli/runCli';
import { fakeIo } from './fakeIo';

const pick = defineCommand({
  name: 'pick',
  summary: 'Pick some.',
  usage: 'pick --who ID [--count N]',
  examples: ['reverse-mentoring pick --who ola --count 2'],
  options: {
    who: { type: 'string', valueName: 'ID', required: true, description: 'whom' },
    count: {
      type: 'string',
      valueName: 'N',
      default: '3',
      integer: { min: 1, max: 9 },
      description: 'how many',
    },
    seed: { type: 'string', valueName: 'S', integer: {}, description: 'any whole number' },
  },
  positionals: [],
  run: async ({ values }, io) => {
    // the types say what the framework guarantees: a string, a number, a number or undefined
    const who: string = values.who;
    const count: number = values.count;
    const seed: number | undefined = values.seed;
    io.stdout(`${JSON.stringify({ who, count, seed })}\n`);
    return EXIT.ok;
  },
});

async function run(argv: ReadonlyArray<string>): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo();
  const code = await runCli(argv, io, { commands: [pick], version: '1' });
  return { code, out: io.out(), err: io.err() };
}

describe('required and whole-number options', () => {
  it('hands run a number, the default converted too', async () => {
    expect((await run(['pick', '--who', 'ola'])).out).toBe('{"who":"ola","count":3}\n');
    expect((await run(['pick', '--who', 'ola', '--count', '+7', '--seed=-12'])).out).toBe(
      '{"who":"ola","count":7,"seed":-12}\n',
    );
  });

  it.each([
    [['pick'], 'missing --who ID'],
    [['pick', '--who', 'ola', '--count', '10'], '--count must be a whole number from 1 to 9 (got "10")'],
    [['pick', '--who', 'ola', '--count', '2.0'], '--count must be a whole number from 1 to 9 (got "2.0")'],
    [['pick', '--who', 'ola', '--count', '1e1'], '--count must be a whole number from 1 to 9 (got "1e1")'],
    [
      ['pick', '--who', 'ola', '--seed', '99999999999999999999'],
      '--seed must be a whole number (got "99999999999999999999")',
    ],
  ])('%j is a usage error: %s', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(err.startsWith(`reverse-mentoring pick: ${message}\n\nUsage: reverse-mentoring pick`)).toBe(true);
  });

  it('marks a required option in the help', async () => {
    expect((await run(['pick', '--help'])).out).toMatch(/--who ID +whom \(required\)\n/);
  });
});

const when = defineCommand({
  name: 'when',
  summary: 'Say when.',
  usage: 'when [--on DATE] [--kinds LIST]',
  examples: ['reverse-mentoring when --on 2027-04-08 --kinds b,a'],
  options: {
    on: { type: 'string', valueName: 'YYYY-MM-DD', date: true, description: 'the day' },
    kinds: {
      type: 'string',
      valueName: 'LIST',
      choices: ['a', 'b', 'c'],
      list: true,
      description: 'which kinds',
    },
  },
  positionals: [],
  run: async ({ values }, io) => {
    const on: string | undefined = values.on;
    const kinds: ReadonlyArray<'a' | 'b' | 'c'> | undefined = values.kinds;
    io.stdout(`${JSON.stringify({ on, kinds })}\n`);
    return EXIT.ok;
  },
});

async function runWhen(argv: ReadonlyArray<string>): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo();
  const code = await runCli(['when', ...argv], io, { commands: [when], version: '1' });
  return { code, out: io.out(), err: io.err() };
}

describe('date and list options', () => {
  it('hands run a real calendar date as given, and a list of choices in the order given', async () => {
    expect((await runWhen(['--on', '2028-02-29', '--kinds', 'c, a'])).out).toBe(
      '{"on":"2028-02-29","kinds":["c","a"]}\n',
    );
    expect((await runWhen([])).out).toBe('{}\n');
  });

  it.each([
    [['--on', '2027-02-29'], '--on must be a calendar date written YYYY-MM-DD (got "2027-02-29")'],
    [['--on', '8.4.2027'], '--on must be a calendar date written YYYY-MM-DD (got "8.4.2027")'],
    [['--kinds', 'a,d'], '--kinds must be a comma-separated list of a, b, c (got "d")'],
    [['--kinds', 'a,,b'], '--kinds must be a comma-separated list of a, b, c (got "")'],
  ])('%j is a usage error: %s', async (argv, message) => {
    const { code, err } = await runWhen(argv);
    expect(code).toBe(EXIT.usage);
    expect(err.startsWith(`reverse-mentoring when: ${message}\n\nUsage: reverse-mentoring when`)).toBe(true);
  });

  it('shows a list by its placeholder, not its choices joined with |', async () => {
    expect((await runWhen(['--help'])).out).toMatch(/--kinds LIST +which kinds\n/);
  });
});
