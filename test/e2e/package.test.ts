import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The packed tarball, installed into a fresh project, is what users get: these tests import it the
// way Node ESM and CJS consumers do. They need `npm run build` first (npm test does it).
const root = resolve(import.meta.dirname, '../..');
let project = '';

const run = (file: string, args: ReadonlyArray<string>, cwd = project): string =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'rm-tarball-'));
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', project], root),
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
      import { parseCohort, SAMPLES } from 'reverse-mentoring';
      import schema from 'reverse-mentoring/cohort.schema.json' with { type: 'json' };
      const result = parseCohort(SAMPLES.bank);
      console.log(JSON.stringify({ tag: result._tag, mentors: result.right?.mentors.length, schema: schema.type }));`;
    writeFileSync(join(project, 'esm.mjs'), script);
    expect(JSON.parse(run('node', ['esm.mjs']))).toEqual({ tag: 'Right', mentors: 10, schema: 'object' });
  });

  it('requires from Node CJS and parses the sample cohort', () => {
    const script = `
      const { parseCohort, SAMPLES, orThrow } = require('reverse-mentoring');
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

  it('bundles fp-ts and munkres-js, so no runtime import of either is left for Deno or a browser', () => {
    const dist = join(project, 'node_modules/reverse-mentoring/dist');
    for (const file of readdirSync(dist).filter((f) => /\.(c?js)$/.test(f))) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, file).not.toMatch(/(from\s*|require\()\s*["'](fp-ts|munkres-js)/);
    }
  });

  it('bundles for a browser or an edge worker: no Node built-in is reachable from the library', async () => {
    const { build } = await import('esbuild');
    for (const entry of ['reverse-mentoring', 'reverse-mentoring/assignment']) {
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
