import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

// fp-ts's ESM build (`fp-ts/es6`) is not valid Node ESM, and munkres-js is CommonJS only: both are
// bundled so the package imports the same way in Node ESM, Node CJS, Deno, Bun and browsers.
const bundled = [/^fp-ts/, 'munkres-js'];

/** Writes the JSON Schemas of the inputs from the built zod schemas (the input side). */
async function writeSchemas(): Promise<void> {
  const lib = (await import(pathToFileURL(resolve('dist/index.js')).href)) as {
    readonly cohortJsonSchema: () => unknown;
    readonly journalJsonSchema?: () => unknown;
  };
  await writeFile('dist/cohort.schema.json', `${JSON.stringify(lib.cohortJsonSchema(), null, 2)}\n`);
  if (lib.journalJsonSchema !== undefined) {
    await writeFile('dist/journal.schema.json', `${JSON.stringify(lib.journalJsonSchema(), null, 2)}\n`);
  }
}

export default defineConfig([
  {
    entry: { index: 'src/index.ts', assignment: 'src/assignment/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundled,
    external: ['zod'],
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
    noExternal: bundled,
    external: ['zod'],
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
]);
