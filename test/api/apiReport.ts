import { resolve } from 'node:path';
import ts from 'typescript';
import type { Entry } from './entries';
import { specifierOf } from './entries';

const root = resolve(import.meta.dirname, '../..');

/** One exported name: a value (what `import *` sees at run time) or a type only. */
export interface ExportedName {
  readonly name: string;
  readonly kind: 'function' | 'class' | 'const' | 'type';
  /** For a function, its signatures as the compiler prints them; a change shows in the report. */
  readonly signatures: ReadonlyArray<string>;
}

/** A program over every entry's source, with the core's compiler options. */
export function apiProgram(entries: ReadonlyArray<Entry>): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  if (config === undefined) throw new Error('tsconfig.json cannot be read');
  return ts.createProgram(
    entries.map((e) => resolve(root, e.source)),
    config.options,
  );
}

/** The names an entry's declarations export, sorted, each a value or a type. */
export function exportedNames(program: ts.Program, entry: Entry): ReadonlyArray<ExportedName> {
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(resolve(root, entry.source));
  const module = file === undefined ? undefined : checker.getSymbolAtLocation(file);
  if (module === undefined) throw new Error(`${entry.source} is not a module`);
  const flags = ts.TypeFormatFlags.NoTruncation;
  // Types print by name, as the entry's reader sees them, never with a machine's absolute path.
  const print = (s: ts.Signature): string =>
    checker
      .signatureToString(s, file, flags)
      .replace(/import\("[^"]*"\)\./g, '')
      .replace(/\s+/g, ' ');
  return checker
    .getExportsOfModule(module)
    .map((exported): ExportedName => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const name = exported.getName();
      if (symbol.flags & ts.SymbolFlags.Function) {
        const type = checker.getTypeOfSymbol(symbol);
        const signatures = type.getCallSignatures().map(print);
        return { name, kind: 'function', signatures };
      }
      if (symbol.flags & ts.SymbolFlags.Class) return { name, kind: 'class', signatures: [] };
      if (symbol.flags & ts.SymbolFlags.Value) return { name, kind: 'const', signatures: [] };
      return { name, kind: 'type', signatures: [] };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The committed report of an entry: its values (with function signatures) and its types. */
export function apiReport(entry: Entry, names: ReadonlyArray<ExportedName>): string {
  const values = names.filter((n) => n.kind !== 'type');
  const types = names.filter((n) => n.kind === 'type');
  const lines = [
    `# \`${specifierOf(entry)}\``,
    '',
    `<!-- Generated from ${entry.source} by \`npm run api:update\`: do not edit. test/api/publicApi.test.ts`,
    '     fails when the exports differ, so every change to the public surface shows in review. -->',
    '',
    `## Values (${values.length})`,
    '',
    ...values.flatMap((v) =>
      v.kind === 'function'
        ? v.signatures.map((s) => `- \`${v.name}${s}\``)
        : [`- \`${v.name}\` (${v.kind})`],
    ),
    '',
    `## Types (${types.length})`,
    '',
    ...types.map((t) => `- \`${t.name}\``),
    '',
  ];
  return lines.join('\n');
}
