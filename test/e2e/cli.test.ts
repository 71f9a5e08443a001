import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCohortCsv } from '../../src/cli/io/writeCohortCsv';
import { match, orThrow, parseCohort } from '../../src/index';
import { SAMPLES } from '../../src/samples/index';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
let dir = '';

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Runs the built CLI as a user would, stdout and stderr piped (so neither is a terminal). */
function run(
  args: ReadonlyArray<string>,
  options: { input?: string; env?: Record<string, string>; bin?: string } = {},
): Run {
  const result = spawnSync(process.execPath, [options.bin ?? cli, ...args], {
    cwd: dir,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** No stack trace: a line such as "    at parse (file.js:1:2)". */
function expectNoStack(result: Run): void {
  expect(result.err).not.toMatch(/^\s+at /m);
  expect(result.out).not.toMatch(/^\s+at /m);
}

const { mentors: _m, mentees: _e, ...bankProgramme } = SAMPLES.bank;
const HEADER =
  'id,role,name,birth_year,generation,grade,department,manager_id,languages,time_zone,capacity,skills,goals';

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error('dist/cli.js is missing: run `npm run build` before the end-to-end tests');
  dir = mkdtempSync(join(tmpdir(), 'rm-cli-'));
  const files: Record<string, string> = {
    'bank.json': JSON.stringify(SAMPLES.bank, null, 2),
    'office.json': JSON.stringify(SAMPLES['public-office']),
    'bank.csv': writeCohortCsv(SAMPLES.bank),
    'programme.json': JSON.stringify(bankProgramme),
    'empty.csv': '',
    'broken.json': '{\n  "mentors": [],\n  "mentees": [\n}\n',
    'no-grade.csv': 'id,role,name\nola,mentor,Ola\n',
    'bad-skill.csv': `${HEADER}\na,mentor,,,,1,,,,,,,\nb,mentor,,,,1,,,,,,,\nc,mentor,,,,1,,,,,,excel:2;tiktok-ads:nine,\n`,
    'bad-goal.csv': `${HEADER}\na,mentee,,,,8,,,,,,,tiktok-ads:urgent:3\n`,
    'bad-role.csv': `${HEADER}\na,boss,,,,8,,,,,,,\n`,
    'unknown-skill.json': JSON.stringify({
      mentors: [{ id: 'ola', grade: 1, skills: { 'tiktok-adz': 5 } }],
      mentees: [],
    }),
    'unknown-skill.csv': 'id,role,grade,skills\nola,mentor,1,tiktok-ads:5\nkuba,mentor,1,tiktok-adz:5\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  mkdirSync(join(dir, 'folder.json'));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('reverse-mentoring (built CLI)', () => {
  it('lists its commands with --help, exit 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['demo', 'validate', 'match', 'recommend', 'why-not', 'generate', 'schema'])
      expect(r.out).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(r.err).toBe('');
  });

  it('prints the version of package.json', () => {
    expect(run(['--version'])).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it("shows each command's help with an example", () => {
    for (const name of ['demo', 'validate', 'match', 'recommend', 'why-not', 'generate', 'schema']) {
      const r = run([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: reverse-mentoring ${name}`));
      expect(r.out).toMatch(/Examples?:\n {2}reverse-mentoring /);
    }
  });

  describe('validate', () => {
    it('summarises a JSON sample, exit 0, nothing on stderr', () => {
      const r = run(['validate', 'bank.json']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(
        /^bank\.json: valid\nProgramme: Digital Bridge 2027 — Bank Wiślany\nMentors: 10 \(13 places in total\)\nMentees: 12\n/,
      );
      expect(r.err).toBe('');
    });

    it('summarises the same sample as CSV with its programme file', () => {
      const r = run(['validate', 'bank.csv', '--programme', 'programme.json']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^bank\.csv: valid\nProgramme: Digital Bridge 2027/);
    });

    it('reads standard input for -', () => {
      const r = run(['validate', '-', '--locale', 'pl'], { input: JSON.stringify(SAMPLES['public-office']) });
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^standard input: poprawny\nProgram: /);
    });
  });

  describe('input errors exit 1 with a clear message and no stack trace', () => {
    it.each([
      [['validate', 'missing.json'], 'missing.json: no such file\n'],
      [['validate', 'folder.json'], 'folder.json: is a directory, not a file\n'],
      [['validate', 'empty.csv'], 'empty.csv: the file is empty\n'],
      [
        ['validate', 'broken.json'],
        `broken.json: invalid JSON at line 4, column 1: unexpected "}" where a value was expected\n`,
      ],
      [
        ['validate', 'no-grade.csv'],
        'no-grade.csv: missing column "grade" (or a column such as "Grade Level"; name yours with --columns)\n',
      ],
      [
        ['validate', 'bad-skill.csv'],
        'row 4, column skills: "tiktok-ads:nine" — a level is 0–5, or a word such as competent or expert\n',
      ],
      [
        ['validate', 'bad-goal.csv'],
        'row 2, column goals: "tiktok-ads:urgent:3" — a priority is high, medium or low (wysoki, średni, niski)\n',
      ],
      [
        ['validate', 'bad-role.csv'],
        'row 2, column role: unknown role "boss" — a role is mentor or mentee\n',
      ],
      [
        ['validate', 'unknown-skill.json'],
        'mentors[0].skills.tiktok-adz: unknown skill "tiktok-adz" (did you mean "tiktok-ads"?); a new skill goes in "catalog"\n',
      ],
      [
        ['validate', 'unknown-skill.csv'],
        'row 3, column skills: unknown skill "tiktok-adz" (did you mean "tiktok-ads"?); a new skill goes in "catalog"\n',
      ],
      [['validate', 'bank.csv', '--programme', 'nope.json'], 'nope.json: no such file\n'],
    ])('%j', (args, message) => {
      const r = run(args);
      expect(r.code).toBe(1);
      expect(r.err).toBe(message);
      expect(r.out).toBe('');
      expectNoStack(r);
    });
  });

  describe('usage errors exit 2 with the help and no stack trace', () => {
    it.each([
      [['frobnicate'], 'reverse-mentoring: unknown command "frobnicate"', 'Commands:'],
      [
        ['valdiate', 'bank.json'],
        'reverse-mentoring: unknown command "valdiate" (did you mean "validate"?)',
        'Commands:',
      ],
      [['validate'], 'reverse-mentoring validate: missing <file>', 'Usage: reverse-mentoring validate'],
      [
        ['validate', 'bank.json', '--strikt'],
        'reverse-mentoring validate: unknown option --strikt (did you mean --strict?)',
        'Usage: reverse-mentoring validate',
      ],
      [
        ['demo', '--locale', 'de'],
        'reverse-mentoring demo: --locale must be one of en, pl (got "de")',
        'Usage: reverse-mentoring demo',
      ],
      [
        ['demo', '--sample', 'hospital'],
        'reverse-mentoring demo: --sample must be one of bank, public-office (got "hospital")',
        'Usage: reverse-mentoring demo',
      ],
      [[], 'Usage: reverse-mentoring <command>', 'Commands:'],
    ])('%j', (args, first, help) => {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err.startsWith(first)).toBe(true);
      expect(r.err).toContain(help);
      expect(r.out).toBe('');
      expectNoStack(r);
    });
  });

  it('prints a cohort JSON Schema that parses and equals the shipped cohort.schema.json', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out) as Record<string, unknown>;
    expect(printed).toEqual(JSON.parse(readFileSync(join(root, 'dist/cohort.schema.json'), 'utf8')));
    expect(printed.type).toBe('object');
  });

  it('writes the schema to --out and says why when it cannot', () => {
    expect(run(['schema', '--out', 'schema.json']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8'))).toHaveProperty(
      'title',
      'reverse-mentoring cohort',
    );
    const r = run(['schema', '--out', 'no/such/folder/schema.json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('no/such/folder/schema.json: cannot write the output: its folder does not exist\n');
  });

  it('shows the demo matched and explained, in English and in Polish, within 80 columns when piped', () => {
    const en = run(['demo']);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^Sample cohort "bank"\n\nProgramme: Digital Bridge 2027 — Bank Wiślany\n/);
    expect(en.out).toMatch(/^Pairs: 12 of 12 mentees matched, total score \d\.\d\d$/m);
    expect(en.err).toBe('');
    const pl = run(['demo', '--sample', 'public-office', '--locale', 'pl']);
    expect(pl.code).toBe(0);
    expect(pl.out).toMatch(/^Przykładowa kohorta „public-office”\n\nProgram: /);
    const office = orThrow(match(orThrow(parseCohort(SAMPLES['public-office']))));
    expect(pl.out).toMatch(new RegExp(`^Pary: ${office.pairs.length} z 14 podopiecznych ma parę`, 'm'));
    for (const out of [en.out, pl.out])
      for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('keeps the version right in the packed tarball', () => {
    const packDir = join(dir, 'pack');
    mkdirSync(packDir);
    const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', packDir], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(packed.status).toBe(0);
    const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    expect(spawnSync('tar', ['-xzf', join(packDir, tarball ?? ''), '-C', packDir]).status).toBe(0);
    // the extracted package resolves zod (its peer dependency) through the project's node_modules
    symlinkSync(join(root, 'node_modules'), join(packDir, 'package/node_modules'), 'dir');
    const bin = join(packDir, 'package/dist/cli.js');
    expect(run(['--version'], { bin })).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
    expect(run(['validate', 'bank.json'], { bin }).code).toBe(0);
  });
});
