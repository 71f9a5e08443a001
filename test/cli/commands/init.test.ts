import { describe, expect, it } from 'vitest';
import { fakeIo } from '../fakeIo';
import { runCommand } from '../runCommand';

describe('init', () => {
  it('writes a sample cohort, people CSV, programme, journal and template that the other commands read', async () => {
    const io = fakeIo();
    const run = await runCommand(['init', 'start'], io);
    expect(run.code).toBe(0);
    expect([...io.files.keys()].sort()).toEqual([
      'start/cohort.json',
      'start/journal.json',
      'start/people.csv',
      'start/programme.json',
      'start/template.csv',
    ]);
    const csv = await runCommand(['validate', 'start/people.csv', '--programme', 'start/programme.json'], io);
    expect(csv.code).toBe(0);
    const json = await runCommand(['match', 'start/cohort.json', '--format', 'json', '--out', 'm.json'], io);
    expect(json.code).toBe(0);
    const progress = await runCommand(
      [
        'progress',
        'start/cohort.json',
        '--matching',
        'm.json',
        '--journal',
        'start/journal.json',
        '--as-of',
        '2027-04-08',
      ],
      io,
    );
    expect(progress.code).toBe(0);
  });

  it('refuses to overwrite: when one file exists it writes none and names it', async () => {
    const io = fakeIo({ 'start/journal.json': '{}' });
    const run = await runCommand(['init', 'start'], io);
    expect([run.code, run.err]).toEqual([
      1,
      'start/journal.json: exists already: init never overwrites a file (nothing was written)\n',
    ]);
    expect([...io.files.keys()]).toEqual(['start/journal.json']);
  });
});
