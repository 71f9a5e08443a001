import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The architecture rules of eslint.config.js, run through ESLint's Node API on made-up files: each
// upward import, reach into another folder's internal/ or Node import in the core must be an error,
// and the imports the design allows must pass. (npm run lint runs the same rules on the tree.) An
// import of a file that does not exist is not classified, so report/ and workflow/, configured in
// eslint.config.js, are checked here once they exist.
const root = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function problems(file: string, code: string): Promise<ReadonlyArray<string>> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('the layer rule', () => {
  it.each([
    ['src/domain/probe.ts', '../matching/index', 'domain may not import matching'],
    ['src/scoring/probe.ts', '../matching/index', 'scoring may not import matching'],
    ['src/evaluation/probe.ts', '../monitoring/index', 'evaluation may not import monitoring'],
    ['src/matching/probe.ts', '../cli/runCli', 'matching may not import cli'],
    ['src/samples/probe.ts', '../scoring/index', 'samples may not import scoring'],
    ['src/monitoring/probe.ts', '../evaluation/index', 'monitoring may not import evaluation'],
    ['src/assignment/probe.ts', '../scoring/index', 'assignment may not import scoring'],
  ])(
    'refuses an upward import: %s importing %s',
    async (file, target, message) => {
      const found = await problems(file, `import { x } from '${target}';\nexport const y = x;\n`);
      expect(found).toEqual([expect.stringContaining(`boundaries/dependencies: ${message}`)]);
    },
    60_000,
  );

  it.each([
    ['src/matching/probe.ts', '../domain/index'],
    ['src/evaluation/probe.ts', '../matching/index'],
    ['src/cli/probe.ts', '../samples/index'],
    ['src/cli/probe.ts', '../evaluation/index'],
    ['src/matching/probe.ts', './internal/optimise'],
    ['src/domain/journal/probe.ts', '../internal/fromZodIssues'],
  ])(
    'allows a downward or own import: %s importing %s',
    async (file, target) => {
      expect(await problems(file, `import { x } from '${target}';\nexport const y = x;\n`)).toEqual([]);
    },
    60_000,
  );

  it("refuses a reach into another folder's internal/", async () => {
    const found = await problems(
      'src/evaluation/probe.ts',
      "import { x } from '../matching/internal/resolvePins';\nexport const y = x;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*internal\/ is private/)]);
  }, 60_000);

  it('keeps Node out of the core and lets the CLI use it', async () => {
    const code = "import { readFile } from 'node:fs/promises';\nexport const y = readFile;\n";
    expect(await problems('src/scoring/probe.ts', code)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*only src\/cli may import Node/),
    ]);
    expect(await problems('src/cli/io/probe.ts', code)).toEqual([]);
  }, 60_000);
});
