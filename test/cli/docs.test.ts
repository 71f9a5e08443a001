import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index';
import { loadCohort } from '../../src/cli/io/loadCohort';
import { fakeIo } from './fakeIo';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/cli.md'), 'utf8');

function block(language: string): string {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(doc);
  if (match?.[1] === undefined) throw new Error(`docs/cli.md has no ${language} block`);
  return match[1];
}

describe('docs/cli.md', () => {
  it('has a CSV example and a programme file example that validate together', async () => {
    const io = fakeIo({ 'people.csv': block('csv'), 'programme.json': block('json') });
    const loaded = await loadCohort(io, 'people.csv', { programme: 'programme.json' });
    expect(isRight(loaded) ? loaded.right.cohort.mentors.length : loaded.left).toBe(2);
  });

  it('documents every command', () => {
    for (const command of COMMANDS) expect(doc).toContain(`### \`${command.name}\``);
  });
});
