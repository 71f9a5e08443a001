import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeIo } from '../../../src/cli/io/nodeIo';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rm-nodeio-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const isWindows = process.platform === 'win32';

describe('nodeIo files', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const io = nodeIo();
    const file = join(dir, 'out.txt');
    writeFileSync(file, 'old and much longer content');
    expect((await io.writeFile(file, 'new'))._tag).toBe('Right');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('leaves nothing behind when the folder does not exist', async () => {
    const written = await nodeIo().writeFile(join(dir, 'missing', 'out.txt'), 'x');
    expect(written).toMatchObject({ _tag: 'Left', left: { kind: 'not-found' } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never replaces a file the same run read, under any name that leads to it', async () => {
    const io = nodeIo();
    const input = join(dir, 'cohort.json');
    writeFileSync(input, '{}');
    symlinkSync(input, join(dir, 'link.json'));
    expect((await io.readFile(input))._tag).toBe('Right');
    for (const name of [input, join(dir, 'link.json'), join(dir, '.', 'cohort.json')]) {
      expect(await io.writeFile(name, 'table')).toMatchObject({ _tag: 'Left', left: { kind: 'is-input' } });
    }
    expect(readFileSync(input, 'utf8')).toBe('{}');
  });

  it('writes through a link to the file it names, keeping the link', async () => {
    const target = join(dir, 'target.txt');
    writeFileSync(target, 'old');
    symlinkSync(target, join(dir, 'link.txt'));
    expect((await nodeIo().writeFile(join(dir, 'link.txt'), 'new'))._tag).toBe('Right');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'target.txt']);
  });

  it('refuses a file over the input limit, and reads one at the limit', async () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, 'x'.repeat(1000));
    expect(await nodeIo().readFile(file, { maxBytes: 999 })).toMatchObject({
      _tag: 'Left',
      left: { kind: 'too-large' },
    });
    expect((await nodeIo().readFile(file, { maxBytes: 1000 }))._tag).toBe('Right');
  });

  it('refuses a device rather than reading it forever', async () => {
    if (isWindows) return;
    expect(await nodeIo().readFile('/dev/zero', { maxBytes: 1024 })).toMatchObject({
      _tag: 'Left',
      left: { kind: 'not-regular' },
    });
    expect(await nodeIo().writeFile('/dev/null', 'x')).toMatchObject({
      _tag: 'Left',
      left: { kind: 'not-regular' },
    });
  });

  it('refuses a pipe with no writer, and a pipe with no reader, at once', async () => {
    if (isWindows) return;
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(await nodeIo().readFile(fifo)).toMatchObject({ _tag: 'Left', left: { kind: 'not-regular' } });
    expect(await nodeIo().writeFile(fifo, 'x')).toMatchObject({
      _tag: 'Left',
      left: { kind: 'not-regular' },
    });
  });

  it('tells whether two paths name one file, existing or not', async () => {
    const io = nodeIo();
    writeFileSync(join(dir, 'a.txt'), '');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect(await io.sameFile(join(dir, 'a.txt'), join(dir, 'b.txt'))).toBe(true);
    expect(await io.sameFile(join(dir, 'new.txt'), join(dir, '.', 'new.txt'))).toBe(true);
    expect(await io.sameFile(join(dir, 'new.txt'), join(dir, 'a.txt'))).toBe(false);
  });
});
