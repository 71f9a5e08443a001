import { readFileSync } from 'node:fs';
import { COMMANDS } from './commands/index';
import { nodeIo } from './io/nodeIo';
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

// `reverse-mentoring … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// exitCode rather than exit(): let stdout drain when it is a pipe.
process.exitCode = await runCli(process.argv.slice(2), nodeIo(), {
  commands: COMMANDS,
  version: packageVersion(),
});
