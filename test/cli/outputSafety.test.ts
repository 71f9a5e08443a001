import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exitCode';
import { match, orThrow, parseCohort } from '../../src/index';
import { SAMPLE_JOURNALS, SAMPLES } from '../../src/samples/index';
import { formatJson } from '../../src/cli/output/formatJson';
import { fakeIo } from './fakeIo';
import { runCommand } from './runCommand';

const bank = orThrow(parseCohort(SAMPLES.bank, { currentYear: 2026 }));
const cohort = JSON.stringify(SAMPLES.bank);
const files = {
  'bank.json': cohort,
  'm.json': formatJson(orThrow(match(bank))),
  'j.json': JSON.stringify(SAMPLE_JOURNALS.bank),
};

describe('outputs never replace inputs', () => {
  it('refuses --out naming the cohort it reads, writing nothing', async () => {
    const io = fakeIo(files);
    const { code, out, err } = await runCommand(['match', 'bank.json', '--out', 'bank.json'], io);
    expect(code).toBe(EXIT.invalidInput);
    expect(out).toBe('');
    expect(err).toBe(
      'bank.json: is an input of this command: the output would destroy it, so nothing was written (choose another file)\n',
    );
    expect(io.files.get('bank.json')).toBe(cohort);
  });

  it('refuses --out naming the journal or the matching of progress', async () => {
    for (const input of ['j.json', 'm.json']) {
      const io = fakeIo(files);
      const argv = ['progress', 'bank.json', '--matching', 'm.json', '--journal', 'j.json'];
      const { code } = await runCommand([...argv, '--as-of', '2027-04-08', '--out', input], io);
      expect(code).toBe(EXIT.invalidInput);
      expect(io.files.get(input)).toBe(files[input as keyof typeof files]);
    }
  });

  it('refuses generate --out and --programme-out naming one file, writing neither', async () => {
    const io = fakeIo();
    const { code, err } = await runCommand(
      [
        'generate',
        '--mentors',
        '2',
        '--mentees',
        '2',
        '--format',
        'csv',
        '--out',
        'same.txt',
        '--programme-out',
        'same.txt',
      ],
      io,
    );
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toContain('--out and --programme-out name the same file');
    expect(io.files.has('same.txt')).toBe(false);
  });
});

describe('input limits', () => {
  it('refuses an input over --max-input-size with a clear message, and reads it under a larger one', async () => {
    const small = await runCommand(['validate', 'bank.json', '--max-input-size', '1K'], fakeIo(files));
    expect(small.code).toBe(EXIT.invalidInput);
    expect(small.err).toBe(
      'bank.json: is larger than the input limit of 1 KiB (raise it with --max-input-size)\n',
    );
    const large = await runCommand(['--max-input-size=10M', 'validate', 'bank.json'], fakeIo(files));
    expect(large.code).toBe(EXIT.ok);
  });

  it('is a usage error to give --max-input-size without a size or with a wrong one', async () => {
    for (const argv of [
      ['validate', 'bank.json', '--max-input-size'],
      ['validate', 'bank.json', '--max-input-size', 'lots'],
      ['validate', 'bank.json', '--max-input-size', '0'],
    ]) {
      const { code, err } = await runCommand(argv, fakeIo(files));
      expect(code).toBe(EXIT.usage);
      expect(err).toMatch(/^reverse-mentoring: --max-input-size (needs a value|must be a size)/);
    }
  });
});

describe('command line', () => {
  it('says which option needs a value by its long name', async () => {
    const { code, err } = await runCommand(['match', 'bank.json', '--out'], fakeIo(files));
    expect(code).toBe(EXIT.usage);
    expect(err.split('\n', 1)[0]).toBe('reverse-mentoring match: --out needs a value');
    const short = await runCommand(['match', 'bank.json', '-o'], fakeIo(files));
    expect(short.err.split('\n', 1)[0]).toBe('reverse-mentoring match: --out needs a value');
  });
});

describe('hostile text in a cohort', () => {
  const hostile =
    '\u001b[2J\u001b]0;title\u0007\u202eola\r<img src=x onerror=alert(1)>|[x](javascript:alert(1))';
  const input = {
    ...SAMPLES.bank,
    programme: { ...SAMPLES.bank.programme, name: `Bank \u001b[31m${hostile}` },
    mentors: SAMPLES.bank.mentors.map((m, i) => (i === 0 ? { ...m, name: hostile } : m)),
    mentees: SAMPLES.bank.mentees.map((m, i) => (i === 0 ? { ...m, name: hostile } : m)),
  };
  const hostileFiles = { 'h.json': JSON.stringify(input) };

  it('never reaches the terminal raw in the table, markdown or validate output', async () => {
    for (const argv of [
      ['match', 'h.json'],
      ['match', 'h.json', '--format', 'markdown'],
      ['match', 'h.json', '--format', 'json'],
      ['validate', 'h.json'],
      ['compare', 'h.json', '--strategies', 'max-total,greedy'],
    ]) {
      const { code, out } = await runCommand(argv, fakeIo(hostileFiles));
      expect(code).toBe(EXIT.ok);
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
      expect(out).not.toMatch(/[\u001b\u0007\r\u202e]/);
    }
  });

  it('keeps a markdown table at one row per pair and lets no HTML or link through', async () => {
    const { out } = await runCommand(['match', 'h.json', '--format', 'markdown'], fakeIo(hostileFiles));
    const matching = orThrow(match(orThrow(parseCohort(input, { currentYear: 2026 }))));
    const rows = out.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(2 + matching.pairs.length + matching.unmatched.length);
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/(?<!\\)\]\(javascript:/);
  });

  it('keeps the exact data in JSON output', async () => {
    const { out } = await runCommand(['match', 'h.json', '--format', 'json'], fakeIo(hostileFiles));
    const cohortParsed = orThrow(parseCohort(input, { currentYear: 2026 }));
    expect(JSON.parse(out)).toEqual(JSON.parse(formatJson(orThrow(match(cohortParsed)))));
  });

  it('shows an id with an escape sequence escaped in an error message', async () => {
    const { code, err } = await runCommand(
      ['recommend', 'bank.json', '--mentee', 'x\u001b[2J'],
      fakeIo(files),
    );
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toContain('x\\u001b[2J');
    expect(err).not.toContain('\u001b');
  });

  it('shows a hostile id escaped in a warning too (availability without a time zone quotes the id)', async () => {
    const [first] = SAMPLES.bank.mentees;
    if (first === undefined) throw new Error('the bank sample has mentees');
    // One more mentee, with a hostile id, availability and no time zone.
    const { timeZone: _dropped, ...noZone } = {
      ...first,
      id: 'e\u202e<!--',
      availability: ['mon 09:00-10:00'],
    };
    const warned = {
      'w.json': JSON.stringify({ ...SAMPLES.bank, mentees: [...SAMPLES.bank.mentees, noZone] }),
    };
    const { code, err } = await runCommand(['validate', 'w.json'], fakeIo(warned));
    expect(code).toBe(EXIT.ok);
    expect(err).toContain('warning: "e\\u202e<!--" lists availability but no time zone');
    expect(err).not.toContain('\u202e');
  });
});

describe('progress as of today', () => {
  it('warns on stderr when the journal has entries after today that the report leaves out', async () => {
    // fakeIo's clock says 2026-06-01; the bank journal runs in 2027.
    const { code, err } = await runCommand(
      ['progress', 'bank.json', '--matching', 'm.json', '--journal', 'j.json'],
      fakeIo(files),
    );
    expect(code).toBe(EXIT.ok);
    expect(err).toMatch(
      /^warning: j\.json: \d+ entries dated after today \(2026-06-01, the last on 2027-\d\d-\d\d\) left out of this report; pass --as-of YYYY-MM-DD/,
    );
  });

  it('does not warn with --as-of', async () => {
    const argv = [
      'progress',
      'bank.json',
      '--matching',
      'm.json',
      '--journal',
      'j.json',
      '--as-of',
      '2027-01-20',
    ];
    expect((await runCommand(argv, fakeIo(files))).err).toBe('');
  });
});
