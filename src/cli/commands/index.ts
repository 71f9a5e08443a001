import type { AnyCommand } from '../command';
import { demo } from './demo';
import { schema } from './schema';
import { validate } from './validate';

/**
 * The commands of the CLI, in the order `--help` lists them. A new command is one file in this
 * folder (`defineCommand({...})`) and one line here.
 *
 * @category CLI
 */
export const COMMANDS: ReadonlyArray<AnyCommand> = [demo, validate, schema];
