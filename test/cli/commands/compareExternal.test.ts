import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exitCode';
import { displayWidth } from '../../../src/cli/output/displayWidth';
import { orThrow, parseCohort } from '../../../src/domain/index';
import {
  auditMatching,
  compareSettings,
  compareStrategies,
  weightSensitivity,
} from '../../../src/evaluation/index';
import { match } from '../../../src/matching/index';
import { SAMPLES } from '../../../src/samples/index';
import { fakeIo } from '../fakeIo';
import { runCommand as run } from '../runCommand';

const bank = orThrow(parseCohort(SAMPLES.bank, { currentYear: 2026 }));
const optimal = orThrow(match(bank));
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

// A hand-made sheet as a programme office keeps it: Polish headers, `;`, a BOM, extra columns, an
// unmatched mentee (empty mentor cell), and pairs that break the programme's rules.
const sheet =
  '\uFEFFID mentora;Mentee;Uwagi\n' +
  'm-zielinska;e-dabrowski;excluded by the programme\n' +
  'm-nowak;e-lewandowska;reports to her\n' +
  ';e-mazur;nobody found\n' +
  'm-nowak;e-kowalczyk;the pin\n' +
  'ghost;e-kaminski;left the company\n';

const files = {
  'bank.json': JSON.stringify(SAMPLES.bank),
  'optimal.json': JSON.stringify(optimal),
  'hand.csv': sheet,
  'more-reciprocity.json': JSON.stringify({
    ...SAMPLES.bank.programme,
    weights: { ...SAMPLES.bank.programme?.weights, reciprocity: 6 },
  }),
};

describe('compare with matchings made elsewhere', () => {
  it('measures each --matching file beside the strategies, exactly as the library does', async () => {
    const { code, out, err } = await run(
      ['compare', 'bank.json', '--matching', 'optimal.json', '--matching', 'hand.csv', '--format', 'json'],
      fakeIo(files),
    );
    expect([code, err]).toEqual([EXIT.ok, '']);
    const hand = {
      pairs: [
        { mentorId: 'm-zielinska', menteeId: 'e-dabrowski' },
        { mentorId: 'm-nowak', menteeId: 'e-lewandowska' },
        { mentorId: 'm-nowak', menteeId: 'e-kowalczyk' },
        { mentorId: 'ghost', menteeId: 'e-kaminski' },
      ],
    };
    const expected = orThrow(
      compareStrategies(bank, {
        seed: 1,
        external: [
          { name: 'optimal.json', matching: optimal },
          { name: 'hand.csv', matching: hand },
        ],
      }),
    );
    expect(JSON.parse(out)).toEqual(plain(expected));
    const row = expected.strategies.at(-1);
    expect(row?.strategy === 'external' && row.findings).toEqual(orThrow(auditMatching(bank, hand)));
  });

  it('lists the findings under the table within 80 columns, and exits 0 for a broken matching', async () => {
    const { code, out } = await run(['compare', 'bank.json', '--matching', 'hand.csv'], fakeIo(files));
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('hand.csv: 3 findings');
    expect(out).toContain('- pair 1 ("m-zielinska" → "e-dabrowski") breaks the rule "excluded pair"');
    expect(out).toContain('- pair 4 ("ghost" → "e-kaminski"): mentor "ghost" is not in the cohort');
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('exits 1 naming the file when a matching cannot be read, and writes nothing', async () => {
    const io = fakeIo({
      ...files,
      'bad.csv': 'who;whom\na;b\n',
      'bad.json': '{"pairs":[{"mentorId":true}]}',
    });
    const { code, out, err } = await run(
      ['compare', 'bank.json', '--matching', 'bad.csv', '--matching', 'bad.json', '--out', 'q.txt'],
      io,
    );
    expect([code, out]).toEqual([EXIT.invalidInput, '']);
    expect(err).toContain('bad.csv');
    expect(err).toContain('mentor_id');
    expect(err).toContain('bad.json');
    expect(err).toContain('pairs[0].mentorId');
    expect(io.files.has('q.txt')).toBe(false);
  });
});

describe('compare --against and --sensitivity', () => {
  it('prints the library what-if of two programme files as JSON', async () => {
    const { code, out, err } = await run(
      ['compare', 'bank.json', '--against', 'more-reciprocity.json', '--format', 'json'],
      fakeIo(files),
    );
    expect([code, err]).toEqual([EXIT.ok, '']);
    const after = orThrow(
      parseCohort(
        { ...SAMPLES.bank, programme: JSON.parse(files['more-reciprocity.json']) },
        { currentYear: 2026 },
      ),
    );
    expect(JSON.parse(out)).toEqual(plain(orThrow(compareSettings(bank, after))));
  });

  it('shows the figures and the pairs that move as a table', async () => {
    const { code, out } = await run(
      ['compare', 'bank.json', '--against', 'more-reciprocity.json'],
      fakeIo(files),
    );
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^figure\s+before\s+after\s+change$/m);
    expect(out).toMatch(/^Pairs: \d+ kept, \d+ moved, \d+ new, \d+ lost;/m);
  });

  it('prints the library sensitivity as JSON', async () => {
    const { code, out } = await run(
      ['compare', 'bank.json', '--sensitivity', '--format', 'json'],
      fakeIo(files),
    );
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out)).toEqual(plain(orThrow(weightSensitivity(bank))));
  });

  it('refuses two kinds of comparison at once with exit 2', async () => {
    const { code, err } = await run(
      ['compare', 'bank.json', '--sensitivity', '--matching', 'hand.csv'],
      fakeIo(files),
    );
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('give one of them');
  });
});

describe('compare with a matching from an Excel workbook', () => {
  it('reads the pairs from the first sheet as it reads a CSV', async () => {
    const { formatXlsx } = await import('../../../src/cli/output/formatXlsx');
    const table = {
      columns: [{ header: 'Mentor ID' }, { header: 'Mentee' }],
      rows: optimal.pairs.map((p) => [p.mentorId, p.menteeId]),
    };
    const bytes = await formatXlsx([{ name: 'pairs', table, numeric: [] }]);
    const csv = `mentor_id,mentee_id\n${optimal.pairs.map((p) => `${p.mentorId},${p.menteeId}`).join('\n')}\n`;
    const io = { 'bank.json': JSON.stringify(SAMPLES.bank), 'pairs.xlsx': bytes, 'pairs.csv': csv };
    const fromExcel = await run(
      ['compare', 'bank.json', '--matching', 'pairs.xlsx', '--format', 'json'],
      fakeIo(io),
    );
    const fromCsv = await run(
      ['compare', 'bank.json', '--matching', 'pairs.csv', '--format', 'json'],
      fakeIo(io),
    );
    expect(fromExcel.code).toBe(EXIT.ok);
    const rows = (out: string) =>
      (JSON.parse(out) as { strategies: Array<{ strategy: string; report: unknown }> }).strategies.filter(
        (s) => s.strategy === 'external',
      );
    expect(rows(fromExcel.out).map((s) => s.report)).toEqual(rows(fromCsv.out).map((s) => s.report));
  });
});
