import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTRIES } from '../api/entries';

// Every ```ts block of the README is a program of its own: it must import what it uses (from the
// package's names, which resolve here to the source of each entry point) and type-check under the
// project's strict options. A snippet that uses a name it never defines, or an export that moved,
// fails here, not in a reader's editor.
const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const canary = {
  name: resolve(root, 'test/docs/readme-canary.ts'),
  line: 0,
  code: "import { match } from 'reverse-mentoring';\nconst n: number = match;\nexport { n };\n",
};
const snippets = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m, i) => ({
  name: resolve(root, `test/docs/readme-snippet-${i + 1}.ts`),
  line: readme.slice(0, m.index).split('\n').length,
  code: m[1] ?? '',
}));

function diagnostics(): ReadonlyArray<string> {
  const base = ts.getParsedCommandLineOfConfigFile(
    resolve(root, 'tsconfig.test.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  if (base === undefined) throw new Error('tsconfig.test.json cannot be read');
  const paths = Object.fromEntries(
    ENTRIES.map((e) => [
      e.subpath === '.' ? 'reverse-mentoring' : `reverse-mentoring/${e.subpath.slice(2)}`,
      [resolve(root, e.source)],
    ]),
  );
  const options: ts.CompilerOptions = { ...base.options, paths, noEmit: true, noUnusedLocals: false };
  const host = ts.createCompilerHost(options);
  // The canary is a snippet that must fail: it proves the snippets are checked at all.
  const virtual = new Map([...snippets, canary].map((s) => [s.name, s.code]));
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const code = virtual.get(file);
    return code === undefined
      ? getSourceFile.call(host, file, language, ...rest)
      : ts.createSourceFile(file, code, language, true);
  };
  // Each snippet is a module (it imports), so their top-level names do not clash.
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && virtual.has(d.file.fileName))
    .map((d) => {
      const snippet = [...snippets, canary].find((s) => s.name === d.file?.fileName);
      const at = d.file?.getLineAndCharacterOfPosition(d.start ?? 0).line ?? 0;
      const where = snippet === canary ? 'canary' : `README.md:${(snippet?.line ?? 0) + 1 + at}`;
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

describe('the README', () => {
  it('has TypeScript snippets, each of which imports what it uses', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(4);
    for (const s of snippets) expect(s.code, `README.md:${s.line}`).toMatch(/^import /m);
  });

  it('has snippets that type-check against the source, each on its own', () => {
    const found = diagnostics();
    expect(found.filter((d) => d.startsWith('canary'))).toEqual([expect.stringMatching(/not assignable/)]);
    expect(found.filter((d) => !d.startsWith('canary'))).toEqual([]);
  }, 180_000);
});
