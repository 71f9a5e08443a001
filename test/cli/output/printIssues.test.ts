import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/cli/output/createProgress';
import { printIssues } from '../../../src/cli/output/printIssues';
import { writeOutput } from '../../../src/cli/output/writeOutput';
import { fakeIo } from '../fakeIo';

describe('printIssues', () => {
  it('prints each issue as "where: message" on stderr and counts them', () => {
    const io = fakeIo();
    printIssues(io, [
      {
        code: 'bad-cell',
        where: 'row 4, column skills',
        path: [4, 'skills'],
        message: '"tiktok-ads:nine" — a level is 0–5',
      },
      {
        code: 'unknown-skill',
        where: 'mentors[3].skills.x',
        path: ['mentors', 3, 'skills', 'x'],
        message: 'unknown skill "x": add it to "catalog"',
      },
    ]);
    expect(io.err()).toBe(
      'row 4, column skills: "tiktok-ads:nine" — a level is 0–5\nmentors[3].skills.x: unknown skill "x": add it to "catalog"\n2 issues\n',
    );
    expect(io.out()).toBe('');
  });
});

describe('writeOutput', () => {
  it('writes to stdout, or to the --out file', async () => {
    const io = fakeIo();
    expect(await writeOutput(io, 'a\n', undefined)).toBeUndefined();
    expect(await writeOutput(io, 'b\n', 'out.txt')).toBeUndefined();
    expect(io.out()).toBe('a\n');
    expect(io.files.get('out.txt')).toBe('b\n');
  });

  it('says why a file cannot be written', async () => {
    const io = fakeIo({ 'no/such/dir.txt': { kind: 'not-found', detail: '' } });
    expect(await writeOutput(io, 'x', 'no/such/dir.txt')).toEqual({
      code: 'file-unwritable',
      message: 'cannot write the output: its folder does not exist',
      where: 'no/such/dir.txt',
      path: [],
    });
  });
});

describe('createProgress', () => {
  it('prints nothing when stderr is not a terminal', () => {
    const io = fakeIo({}, { stderrIsTTY: false });
    const progress = createProgress(io, 'scoring');
    for (let i = 1; i <= 10; i++) progress.update(i, 10);
    progress.finish();
    expect(io.err()).toBe('');
  });

  it('redraws one line on a terminal only when the percentage changes, then clears it', () => {
    const io = fakeIo({}, { stderrIsTTY: true });
    const progress = createProgress(io, 'scoring');
    // 1000 steps, 101 distinct whole percentages (0…100): 101 redraws, not 1000
    for (let i = 0; i <= 1000; i++) progress.update(i, 1000);
    progress.finish();
    const draws = io
      .err()
      .split('\r')
      .filter((s) => s.startsWith('scoring'));
    expect(draws).toHaveLength(101);
    expect(draws.at(-1)).toBe('scoring 100% (1000/1000)');
    expect(io.err().endsWith('\r\u001b[2K')).toBe(true);
  });
});
