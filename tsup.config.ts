import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

// fp-ts's ESM build (`fp-ts/es6`) is not valid Node ESM, and munkres-js is CommonJS only: both are
// bundled so the package imports the same way in Node ESM, Node CJS, Deno, Bun and browsers. The
// d3 modules of the HTML report (d3-scale, d3-shape, d3-array and what they import) are ESM only:
// bundled, the CommonJS build can `require` the report too, and the page needs nothing at run time.
const bundled = [/^fp-ts/, 'munkres-js', /^d3-/, 'internmap'];

/**
 * The source imports `fp-ts/lib/*.js` (CommonJS), whose paths resolve for every consumer's type
 * checker; the bundle takes the same modules from `fp-ts/es6/*.js`, which esbuild can tree-shake
 * (the CommonJS `Either` drags in most of fp-ts: 100 KB against a few hundred bytes).
 */
const fpTsEs6: Plugin = {
  name: 'fp-ts-es6',
  setup(build) {
    build.onResolve({ filter: /^fp-ts\/lib\// }, async (args) => {
      const target = args.path.replace(/^fp-ts\/lib\//, 'fp-ts/es6/');
      return build.resolve(target, { kind: args.kind, resolveDir: args.resolveDir });
    });
  },
};

/** Writes the JSON Schemas of the inputs from the built zod schemas (the input side). */
async function writeSchemas(): Promise<void> {
  const lib = (await import(pathToFileURL(resolve('dist/schemas.js')).href)) as {
    readonly cohortJsonSchema: () => unknown;
    readonly journalJsonSchema?: () => unknown;
    readonly decisionsJsonSchema?: () => unknown;
  };
  await writeFile('dist/cohort.schema.json', `${JSON.stringify(lib.cohortJsonSchema(), null, 2)}\n`);
  if (lib.journalJsonSchema !== undefined) {
    await writeFile('dist/journal.schema.json', `${JSON.stringify(lib.journalJsonSchema(), null, 2)}\n`);
  }
  if (lib.decisionsJsonSchema !== undefined) {
    await writeFile('dist/decisions.schema.json', `${JSON.stringify(lib.decisionsJsonSchema(), null, 2)}\n`);
  }
}

export default defineConfig([
  {
    // The root and every subpath of package.json's exports (test/api/publicApi.test.ts reads this list).
    entry: {
      index: 'src/index.ts',
      domain: 'src/domain/entry.ts',
      schemas: 'src/schemas.ts',
      samples: 'src/samples/index.ts',
      synthetic: 'src/synthetic/index.ts',
      scoring: 'src/scoring/index.ts',
      assignment: 'src/assignment/index.ts',
      report: 'src/report/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundled,
    external: ['zod'],
    esbuildPlugins: [fpTsEs6],
    sourcemap: false,
    splitting: true,
    treeshake: true,
    onSuccess: writeSchemas,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    // The CLI is an application: zod is bundled into it, so that `npx reverse-mentoring` runs where
    // the peer dependency is not installed (it died with ERR_MODULE_NOT_FOUND). The library entries
    // keep zod external, as a peer, so that an application and the library share one zod.
    noExternal: [...bundled, 'zod'],
    esbuildPlugins: [fpTsEs6],
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
]);
