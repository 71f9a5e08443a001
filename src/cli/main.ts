import { readFileSync } from 'node:fs';
import { COMMANDS } from './commands/index';
import { nodeIo } from './io/nodeIo';
import { guardStandardStreams } from './io/standardStreams';
import { runCli } from './runCli';

/**
 * The version in the package.json beside `dist/` (this file is bundled to `dist/cli.js`), read at
 * run time so that it is right in every published tarball.
 */
function packageVersion(): string {
  try {
    const json = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      readonly version?: unknown;
    };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

// `… | head` ends the run quietly; `> /dev/full` is one line on stderr and exit 1, never a stack trace.
guardStandardStreams();

// exitCode rather than exit(): let stdout drain when it is a pipe.
process.exitCode = await runCli(process.argv.slice(2), nodeIo(), {
  commands: COMMANDS,
  version: packageVersion(),
});
