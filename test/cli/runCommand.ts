import { COMMANDS } from '../../src/cli/commands/index';
import { runCli } from '../../src/cli/runCli';
import { type FakeIo, fakeIo } from './fakeIo';

/** What a run of the CLI left: its exit code and what it printed. */
export interface CommandRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI with all its commands on a fake I/O (an empty file system by default). */
export async function runCommand(argv: ReadonlyArray<string>, io: FakeIo = fakeIo()): Promise<CommandRun> {
  const code = await runCli(argv, io, { commands: COMMANDS, version: '0.0.0' });
  return { code, out: io.out(), err: io.err() };
}
