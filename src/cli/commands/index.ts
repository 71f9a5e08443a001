import type { AnyCommand } from '../command';
import { catalog } from './catalog';
import { compare } from './compare';
import { decide } from './decide';
import { demo } from './demo';
import { generate } from './generate';
import { init } from './init';
import { match } from './match';
import { progress } from './progress';
import { recommend } from './recommend';
import { report } from './report';
import { schema } from './schema';
import { validate } from './validate';
import { wave } from './wave';
import { whyNot } from './whyNot';

/**
 * The commands of the CLI, in the order `--help` lists them. A new command is one file in this
 * folder (`defineCommand({...})`) and one line here.
 *
 * @category CLI
 */
export const COMMANDS: ReadonlyArray<AnyCommand> = [
  demo,
  validate,
  match,
  recommend,
  whyNot,
  compare,
  decide,
  wave,
  progress,
  report,
  generate,
  init,
  schema,
  catalog,
];
