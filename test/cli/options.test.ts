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
    count: { type: 'string', valueName: 'N', default: '3', integer: { min: 1, max: 9 }, description: 'how many' },
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
    expect((await run(['pick', '--who', 'ola', '--count', '+7', '--seed=-12'])).out).toBe('{"who":"ola","count":7,"seed":-12}\n');
  });

  it.each([
    [['pick'], 'missing --who ID'],
    [['pick', '--who', 'ola', '--count', '10'], '--count must be a whole number from 1 to 9 (got "10")'],
    [['pick', '--who', 'ola', '--count', '2.0'], '--count must be a whole number from 1 to 9 (got "2.0")'],
    [['pick', '--who', 'ola', '--count', '1e1'], '--count must be a whole number from 1 to 9 (got "1e1")'],
    [['pick', '--who', 'ola', '--seed', '99999999999999999999'], '--seed must be a whole number (got "99999999999999999999")'],
  ])('%j is a usage error: %s', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(err.startsWith(`reverse-mentoring pick: ${message}\n\nUsage: reverse-mentoring pick`)).toBe(true);
  });

  it('marks a required option in the help', async () => {
    expect((await run(['pick', '--help'])).out).toMatch(/--who ID +whom \(required\)\n/);
  });
});
