/**
 * Every entry point of the package: its subpath in package.json's `exports`, its source file
 * (tsup.config.ts builds `dist/<name>.js` from it) and the name of its API report
 * (`test/api/<name>.api.md`). A new subpath is added here, in package.json and in tsup.config.ts.
 */
export interface Entry {
  readonly name: string;
  readonly subpath: string;
  readonly source: string;
}

export const ENTRIES: ReadonlyArray<Entry> = [
  { name: 'index', subpath: '.', source: 'src/index.ts' },
  { name: 'domain', subpath: './domain', source: 'src/domain/entry.ts' },
  { name: 'schemas', subpath: './schemas', source: 'src/schemas.ts' },
  { name: 'samples', subpath: './samples', source: 'src/samples/index.ts' },
  { name: 'synthetic', subpath: './synthetic', source: 'src/synthetic/index.ts' },
  { name: 'scoring', subpath: './scoring', source: 'src/scoring/index.ts' },
  { name: 'assignment', subpath: './assignment', source: 'src/assignment/index.ts' },
  { name: 'report', subpath: './report', source: 'src/report/index.ts' },
];

/** The package name a consumer imports an entry by (`reverse-mentoring/scoring`). */
export function specifierOf(entry: Entry): string {
  return entry.subpath === '.' ? 'reverse-mentoring' : `reverse-mentoring/${entry.subpath.slice(2)}`;
}
