import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exitCode';
import { SAMPLE_JOURNALS, SAMPLES, match, orThrow, parseCohort } from '../../src/index';
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
