import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES, type Entry, specifierOf } from '../api/entries';

// The packed tarball, installed into a fresh project, is what users get: these tests import it the
// way Node ESM and CJS consumers do. They need `npm run build` first (npm test does it).
const root = resolve(import.meta.dirname, '../..');
let project = '';

const run = (file: string, args: ReadonlyArray<string>, cwd = project): string =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'rm-tarball-'));
  const packed = JSON.parse(
    // --ignore-scripts: dist is built already (npm test builds first), and prepare would print on stdout.
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], root),
  ) as ReadonlyArray<{ filename: string }>;
  const tarball = join(project, packed[0]?.filename ?? '');
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
  );
  // zod is a peer dependency: the consumer brings it. --prefer-offline uses the cache `npm ci` filled.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `zod@${zodVersion()}`]);
});

afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

/** The values an entry's committed API report lists (test/api/<entry>.api.md), sorted as Object.keys sorts. */
function reportedValues(entry: Entry): ReadonlyArray<string> {
  const report = readFileSync(join(root, 'test/api', `${entry.name}.api.md`), 'utf8');
  const section = report.split('## Types')[0] ?? '';
  const names = [...section.matchAll(/^- `(\w+)/gm)].map((m) => m[1] ?? '');
  return [...new Set(names)].sort();
}

function zodVersion(): string {
  return (
    JSON.parse(readFileSync(join(root, 'node_modules/zod/package.json'), 'utf8')) as { version: string }
  ).version;
}

describe('the packed tarball', () => {
  it('ships only dist, the package.json, the readme and the licence', () => {
    const files = readdirSync(join(project, 'node_modules/reverse-mentoring'));
    expect(files.sort()).toEqual(expect.arrayContaining(['dist', 'package.json']));
    expect(files.filter((f) => !['dist', 'package.json', 'README.md', 'LICENSE'].includes(f))).toEqual([]);
  });

  it('imports from Node ESM and parses the sample cohort', () => {
    const script = `
      import { parseCohort } from 'reverse-mentoring';
      import { SAMPLES } from 'reverse-mentoring/samples';
      import schema from 'reverse-mentoring/cohort.schema.json' with { type: 'json' };
      const result = parseCohort(SAMPLES.bank);
      console.log(JSON.stringify({ tag: result._tag, mentors: result.right?.mentors.length, schema: schema.type }));`;
    writeFileSync(join(project, 'esm.mjs'), script);
    expect(JSON.parse(run('node', ['esm.mjs']))).toEqual({ tag: 'Right', mentors: 10, schema: 'object' });
  });

  it('requires from Node CJS and parses the sample cohort', () => {
    const script = `
      const { parseCohort, orThrow } = require('reverse-mentoring');
      const { SAMPLES } = require('reverse-mentoring/samples');
      const schema = require('reverse-mentoring/cohort.schema.json');
      const cohort = orThrow(parseCohort(SAMPLES['public-office']));
      console.log(JSON.stringify({ mentees: cohort.mentees.length, schema: schema.type }));`;
    writeFileSync(join(project, 'cjs.cjs'), script);
    expect(JSON.parse(run('node', ['cjs.cjs']))).toEqual({ mentees: 14, schema: 'object' });
  });

  it('solves an assignment through the subpath export from ESM and CJS', () => {
    const esm = `import { solveAssignment } from 'reverse-mentoring/assignment';
      const r = solveAssignment([[4, 1], [2, 3]]); console.log(JSON.stringify([r._tag, r.right?.total]));`;
    const cjs = `const { solveAssignment } = require('reverse-mentoring/assignment');
      const r = solveAssignment([[4, 1], [2, 3]]); console.log(JSON.stringify([r._tag, r.right?.total]));`;
    writeFileSync(join(project, 'assignment.mjs'), esm);
    writeFileSync(join(project, 'assignment.cjs'), cjs);
    expect(JSON.parse(run('node', ['assignment.mjs']))).toEqual(['Right', 3]);
    expect(JSON.parse(run('node', ['assignment.cjs']))).toEqual(['Right', 3]);
  });

  it.each(ENTRIES)('imports $subpath from ESM and CJS with the values of its API report', (entry) => {
    const specifier = specifierOf(entry);
    const esm = `const m = await import('${specifier}'); console.log(JSON.stringify(Object.keys(m).sort()));`;
    const cjs = `console.log(JSON.stringify(Object.keys(require('${specifier}')).sort()));`;
    writeFileSync(join(project, `${entry.name}-keys.mjs`), esm);
    writeFileSync(join(project, `${entry.name}-keys.cjs`), cjs);
    const values = reportedValues(entry);
    expect(values.length, entry.subpath).toBeGreaterThan(0);
    expect(JSON.parse(run('node', [`${entry.name}-keys.mjs`])), 'ESM').toEqual(values);
    expect(JSON.parse(run('node', [`${entry.name}-keys.cjs`])), 'CJS').toEqual(values);
  });

  it('answers a plain JavaScript caller who skips parseCohort with a Left, not a confusing one', () => {
    const script = `
      const { match, recommend } = require('reverse-mentoring');
      const { generateCohort } = require('reverse-mentoring/synthetic');
      const input = generateCohort({ mentors: 3, mentees: 3, seed: 1 }).right;
      console.log(JSON.stringify([match(input), recommend(input, 'e1')].map((r) => r.left[0].code)));`;
    writeFileSync(join(project, 'unparsed.cjs'), script);
    expect(JSON.parse(run('node', ['unparsed.cjs']))).toEqual(['not-a-cohort', 'not-a-cohort']);
  });

  it('bundles fp-ts and munkres-js, so no runtime import of either is left for Deno or a browser', () => {
    const dist = join(project, 'node_modules/reverse-mentoring/dist');
    for (const file of readdirSync(dist).filter((f) => /\.(c?js)$/.test(f))) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, file).not.toMatch(/(from\s*|require\()\s*["'](fp-ts|munkres-js)/);
    }
  });

  it('bundles for a browser or an edge worker: no Node built-in is reachable from the library', async () => {
    const { build } = await import('esbuild');
    for (const entry of ENTRIES.map(specifierOf)) {
      const result = await build({
        stdin: { contents: `export * from '${entry}';`, resolveDir: project },
        bundle: true,
        write: false,
        platform: 'browser',
        format: 'esm',
        external: ['zod'],
        logLevel: 'silent',
      });
      expect(result.errors, entry).toEqual([]);
      expect(result.outputFiles[0]?.text ?? '', entry).not.toMatch(/from ["']node:/);
    }
  });

  it('runs the CLI through its bin', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
      .version;
    expect(run('npx', ['--no-install', 'reverse-mentoring', '--version']).trim()).toBe(version);
  });
});
