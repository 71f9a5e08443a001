import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportedName, apiProgram, apiReport, exportedNames } from './apiReport';
import { ENTRIES, type Entry } from './entries';

// The public surface, frozen: each entry point's exports (values with their signatures, and types)
// against the committed test/api/<entry>.api.md. After a deliberate change, `npm run api:update`
// rewrites the reports (vitest's -u), and the diff of the .api.md files is the change to review.
const root = resolve(import.meta.dirname, '../..');
let names: ReadonlyMap<Entry, ReadonlyArray<ExportedName>> = new Map();
const namesOf = (entry: Entry): ReadonlyArray<ExportedName> => names.get(entry) ?? [];

describe('the public API', () => {
  // One program over every entry: type-checking the sources takes a while on a busy machine.
  beforeAll(() => {
    const program = apiProgram(ENTRIES);
    names = new Map(ENTRIES.map((entry) => [entry, exportedNames(program, entry)]));
  }, 180_000);

  it.each(ENTRIES)('of $subpath matches its committed report', async (entry) => {
    await expect(apiReport(entry, namesOf(entry))).toMatchFileSnapshot(`./${entry.name}.api.md`);
  });

  it.each(ENTRIES)('of $subpath exports at run time exactly the values its types declare', async (entry) => {
    const runtime = Object.keys((await import(resolve(root, entry.source))) as object).sort();
    const values = namesOf(entry)
      .filter((n) => n.kind !== 'type')
      .map((n) => n.name);
    expect(runtime).toEqual(values);
  });

  it('is what package.json exports: every entry and nothing else', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      readonly exports: Readonly<Record<string, unknown>>;
    };
    const code = Object.keys(pkg.exports).filter((k) => !k.endsWith('.json'));
    expect(code.sort()).toEqual(ENTRIES.map((e) => e.subpath).sort());
    const tsup = readFileSync(resolve(root, 'tsup.config.ts'), 'utf8');
    for (const entry of ENTRIES) expect(tsup).toContain(`${entry.name}: '${entry.source}'`);
  });

  it('keeps the root small: what an integrator needs to run a programme', () => {
    const root = ENTRIES.find((e) => e.subpath === '.');
    if (root === undefined) throw new Error('no root entry');
    const exported = namesOf(root).map((n) => n.name);
    for (const name of ['parseCohort', 'parseJournal', 'match', 'recommend', 'whyNot', 'explain', 'assess'])
      expect(exported).toContain(name);
    for (const name of ['compareStrategies', 'assessProgramme', 'suggestRematch', 'explainStatus', 'orThrow'])
      expect(exported).toContain(name);
    // Schemas, samples, the generator and scoring internals live on their subpaths.
    for (const name of [
      'cohortSchema',
      'SAMPLES',
      'generateCohort',
      'createRandom',
      'pairScorer',
      'compareIds',
    ])
      expect(exported).not.toContain(name);
  });
});
