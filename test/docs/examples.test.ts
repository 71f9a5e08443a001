import { transformSync } from 'esbuild';
import * as Either from 'fp-ts/lib/Either.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as assignment from '../../src/assignment/index';
import * as domain from '../../src/domain/entry';
import * as library from '../../src/index';
import * as report from '../../src/report/index';
import * as samples from '../../src/samples/index';
import * as schemas from '../../src/schemas';
import * as scoring from '../../src/scoring/index';
import * as synthetic from '../../src/synthetic/index';

// Every `@example` in the TSDoc of src/ (but the CLI) runs here, so the documentation cannot drift
// from the code. A line `expression; // value` whose comment is a JavaScript literal asserts that
// the expression equals the value; other lines just run. Imports are dropped: the exports of every
// entry point (the root and its subpaths) and fp-ts's Either functions are in scope.
const root = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Example {
  readonly where: string;
  readonly code: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const block of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (block[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const start = lines.findIndex((line) => line.startsWith('@example'));
    if (start < 0) continue;
    const end = lines.findIndex((line, i) => i > start && line.startsWith('@'));
    const body = lines.slice(start + 1, end < 0 ? undefined : end);
    const line = text.slice(0, block.index).split('\n').length;
    examples.push({ where: `${relative(root, file)}:${line}`, code: body.join('\n') });
  }
  return examples;
}

const STATEMENT = /^(?:const|let|var|import|export|if|for|while|try|return|throw|function|class|\}|\{)/;

function literal(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
  try {
    return { ok: true, value: new Function(`return (${text});`)() as unknown };
  } catch {
    return { ok: false };
  }
}

function toTest(code: string): string {
  return code
    .split('\n')
    .filter((line) => !/^\s*```/.test(line))
    .map((line) => {
      // A namespace import binds its name to what is in scope; named imports are in scope already.
      const namespace = /^\s*import\s+\*\s+as\s+(\w+)\s+from\s+['"]([^'"]+)['"]/.exec(line);
      if (namespace !== null)
        return `const ${namespace[1]} = ${namespace[2]?.startsWith('fp-ts') ? '__Either' : '__library'};`;
      return /^\s*import\s/.test(line) ? '' : line;
    })
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(line);
      if (match === null) return line;
      const [, indent = '', expression = '', comment = ''] = match;
      if (STATEMENT.test(expression.trim()) || !literal(comment).ok) return line;
      return `${indent}__expect(${expression}).toEqual(${comment});`;
    })
    .join('\n');
}

const scope: Record<string, unknown> = {
  ...Either,
  ...assignment,
  ...domain,
  ...schemas,
  ...samples,
  ...synthetic,
  ...scoring,
  ...report,
  ...library,
};
const examples = sourceFiles(root).flatMap(examplesOf);

describe('TSDoc examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it('turn `expression; // literal` lines into assertions and leave other lines alone', () => {
    expect(toTest("generationOf(1990); // 'millennial'")).toBe(
      "__expect(generationOf(1990)).toEqual('millennial');",
    );
    expect(toTest('const x = f(); // 3')).toBe('const x = f(); // 3');
    expect(toTest('f(); // three apart')).toBe('f(); // three apart');
    expect(toTest("import { a } from 'b';\na(); // 1")).toBe('__expect(a()).toEqual(1);');
  });

  it.each(examples.map((e) => [e.where, e.code] as const))('%s runs and holds', async (_where, code) => {
    const js = transformSync(toTest(code), { loader: 'ts', format: 'esm' }).code;
    const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
      ...args: string[]
    ) => (...values: unknown[]) => Promise<unknown>;
    const run = new AsyncFunction(...names, '__expect', '__Either', '__library', js);
    await run(...names.map((n) => scope[n]), expect, Either, library);
  });
});
