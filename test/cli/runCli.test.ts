import { describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/cli/command';
import { COMMANDS } from '../../src/cli/commands/index';
import { EXIT } from '../../src/cli/exitCode';
import { runCli } from '../../src/cli/runCli';
import { type FakeIo, fakeIo } from './fakeIo';

const echo = defineCommand({
  name: 'echo',
  summary: 'Echo the options back.',
  usage: 'echo <word> [--loud] [--locale en|pl]',
  examples: ['reverse-mentoring echo hi --loud'],
  options: {
    loud: { type: 'boolean', description: 'shout' },
    locale: { type: 'string', choices: ['en', 'pl'], default: 'en', description: 'language' },
    out: { type: 'string', short: 'o', valueName: 'FILE', description: 'where' },
  },
  positionals: [{ name: 'word', required: true, description: 'what to say' }],
  run: async ({ values, positionals }, io) => {
    io.stdout(`${JSON.stringify({ values, positionals })}\n`);
    return EXIT.ok;
  },
});
const boom = defineCommand({
  name: 'boom',
  summary: 'Fail unexpectedly.',
  usage: 'boom',
  examples: ['reverse-mentoring boom'],
  options: {},
  positionals: [],
  run: async () => {
    throw new TypeError('cannot read properties of undefined\nsecond line');
  },
});
const setup = { commands: [echo, boom], version: '9.8.7' };

async function run(
  argv: ReadonlyArray<string>,
  io: FakeIo = fakeIo(),
): Promise<{ code: number; out: string; err: string }> {
  const code = await runCli(argv, io, setup);
  return { code, out: io.out(), err: io.err() };
}

describe('runCli', () => {
  it('prints the version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, out: '9.8.7\n', err: '' });
    expect((await run(['-v'])).out).toBe('9.8.7\n');
  });

  it('lists the commands with --help, on stdout, exit 0', async () => {
    const { code, out, err } = await run(['--help']);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^Usage: reverse-mentoring <command>/);
    expect(out).toContain('  echo  Echo the options back.');
    expect(err).toBe('');
  });

  it('prints the help on stderr with exit 2 when no command is given', async () => {
    const { code, out, err } = await run([]);
    expect([code, out]).toEqual([EXIT.usage, '']);
    expect(err).toContain('Commands:');
  });

  it('answers an unknown command with a suggestion and the help, exit 2', async () => {
    const { code, err } = await run(['ecko']);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/^reverse-mentoring: unknown command "ecko" \(did you mean "echo"\?\)\n\nUsage:/);
  });

  it("shows a command's help with --help or help <command>, ignoring other problems", async () => {
    const a = await run(['echo', '--nonsense', '--help']);
    const b = await run(['help', 'echo']);
    expect(a.code).toBe(EXIT.ok);
    expect(a.out).toBe(b.out);
    expect(a.out).toContain('Usage: reverse-mentoring echo <word> [--loud] [--locale en|pl]');
    expect(a.out).toContain('--locale en|pl  language (default: en)');
    expect(a.out).toContain('-o, --out FILE');
    expect(a.out).toContain('Example:\n  reverse-mentoring echo hi --loud');
  });

  it('passes parsed, typed values and defaults to the command', async () => {
    const { code, out } = await run(['echo', 'hi', '--loud', '-o', 'x.txt']);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out)).toEqual({
      values: { loud: true, locale: 'en', out: 'x.txt' },
      positionals: ['hi'],
    });
  });

  it.each([
    [['echo', 'hi', '--shout'], 'unknown option --shout'],
    [['echo', 'hi', '--locale', 'de'], '--locale must be one of en, pl (got "de")'],
    [['echo', 'hi', '--locale'], '--locale needs a value'],
    [['echo', 'hi', '--loud=yes'], '--loud does not take a value'],
    [['echo'], 'missing <word>'],
    [['echo', 'hi', 'there'], 'unexpected argument "there"'],
  ])('turns %j into a usage error: %s, with the command help, exit 2', async (argv, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(out).toBe('');
    expect(err).toMatch(
      new RegExp(
        `^reverse-mentoring echo: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\nUsage: reverse-mentoring echo`,
      ),
    );
  });

  it('turns an unexpected exception into a one-line internal error, exit 70, without a stack', async () => {
    const { code, err } = await run(['boom']);
    expect(code).toBe(EXIT.internal);
    expect(err).toMatch(
      /^reverse-mentoring: internal error: cannot read properties of undefined — this is a bug;/,
    );
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('prints the stack of an internal error when REVERSE_MENTORING_DEBUG=1', async () => {
    const { code, err } = await run(['boom'], fakeIo({}, { env: { REVERSE_MENTORING_DEBUG: '1' } }));
    expect(code).toBe(EXIT.internal);
    expect(err).toMatch(/\n\s+at /);
  });

  it('registers every real command under a unique name with an example that starts with the program', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const command of COMMANDS) {
      expect(command.examples.length).toBeGreaterThan(0);
      for (const example of command.examples)
        expect(example.startsWith(`reverse-mentoring ${command.name}`)).toBe(true);
    }
  });
});
