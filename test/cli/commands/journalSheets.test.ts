import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exitCode';
import { SAMPLE_JOURNALS, SAMPLES } from '../../../src/samples/index';
import { fakeIo } from '../fakeIo';
import { runCommand as run } from '../runCommand';

type Row = Readonly<Record<string, unknown>>;
const cell = (value: unknown): string => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The sample journal as three sheets, as a programme office would keep them (`;`, Title Case headers). */
function sheets(): Record<string, string> {
  const journal = SAMPLE_JOURNALS.bank;
  const checkIns = (journal.checkIns ?? []) as ReadonlyArray<Row>;
  const assessments = (journal.assessments ?? []) as ReadonlyArray<Row>;
  const outcomes = (journal.outcomes ?? []) as ReadonlyArray<Row>;
  const sessions = [
    'Mentor ID;Mentee ID;Date;Minutes;Skills;Mentor rating;Mentee rating;Cancelled;Cancelled by;Note',
    ...checkIns.map((c) => {
      const ratings = (c.ratings ?? {}) as Row;
      return [
        c.mentorId,
        c.menteeId,
        c.date,
        c.minutes,
        ((c.skills as ReadonlyArray<string> | undefined) ?? []).join(', '),
        ratings.mentor,
        ratings.mentee,
        c.cancelled === true ? 'yes' : 'no',
        c.cancelledBy,
        c.note,
      ]
        .map(cell)
        .join(';');
    }),
  ].join('\n');
  const levels = [
    'participant_id;date;skills',
    ...assessments.map((a) =>
      [
        a.participantId,
        a.date,
        Object.entries(a.skills as Row)
          .map(([s, l]) => `${s}:${String(l)}`)
          .join(';'),
      ]
        .map(cell)
        .join(';'),
    ),
  ].join('\n');
  const ends = [
    'participant_id,date,kind,note',
    ...outcomes.map((o) => [o.participantId, o.date, o.kind, o.note].map(cell).join(',')),
  ].join('\n');
  return { 'sessions.csv': sessions, 'levels.csv': levels, 'outcomes.csv': ends };
}

async function files(): Promise<Record<string, string>> {
  const base = {
    'bank.json': JSON.stringify(SAMPLES.bank),
    'j.json': JSON.stringify(SAMPLE_JOURNALS.bank),
    ...sheets(),
  };
  const matched = await run(['match', 'bank.json', '--format', 'json'], fakeIo(base));
  return { ...base, 'm.json': matched.out };
}
const progress = [
  'progress',
  'bank.json',
  '--matching',
  'm.json',
  '--as-of',
  '2027-04-08',
  '--format',
  'json',
];

describe('a journal from sheets', () => {
  it('gives the same progress report as the JSON journal, from CSV sheets of each kind', async () => {
    const io = await files();
    const fromJson = await run([...progress, '--journal', 'j.json'], fakeIo(io));
    expect(fromJson.code).toBe(EXIT.ok);
    const fromSheets = await run(
      [...progress, '--journal', 'sessions.csv', '--journal', 'levels.csv', '--journal', 'outcomes.csv'],
      fakeIo(io),
    );
    expect([fromSheets.code, fromSheets.err]).toEqual([EXIT.ok, '']);
    expect(fromSheets.out).toBe(fromJson.out);
  });

  it('locates a bad cell by file, row and column, warns about extra columns, and names a near-miss column', async () => {
    const io = {
      ...(await files()),
      'bad.csv':
        'mentor_id;mentee_id;date;mentee_rating;comment\nm-nowak;e-kowalczyk;2027-02-30;5;x\nm-nowak;e-kowalczyk;2027-01-11;9;\n',
      'typo.csv': 'mentor_id;mentee_id;dat\n',
    };
    const bad = await run([...progress, '--journal', 'bad.csv'], fakeIo(io));
    expect(bad.code).toBe(EXIT.invalidInput);
    expect(bad.err).toContain('bad.csv: row 2, column date: "2027-02-30" is not a real calendar day');
    const rating = await run(
      [...progress, '--journal', 'sessions.csv', '--journal', 'bad.csv'],
      fakeIo({
        ...io,
        'bad.csv': 'mentor_id;mentee_id;date;mentee_rating;comment\nm-nowak;e-kowalczyk;2027-01-11;9;x\n',
      }),
    );
    expect(rating.err).toContain('bad.csv: row 2, column mentee_rating:');
    expect(rating.err).toContain('bad.csv: column comment: warning:');
    const typo = await run([...progress, '--journal', 'typo.csv'], fakeIo(io));
    expect(typo.err).toContain('typo.csv: column dat: unknown column "dat" (did you mean "date"?)');
  });

  it('locates an issue of a JSON journal given beside a sheet in the JSON file', async () => {
    const io = {
      ...(await files()),
      'extra.json': JSON.stringify({
        checkIns: [{ mentorId: 'm-ghost', menteeId: 'e-kowalczyk', date: '2027-01-11' }],
        checkin: [],
      }),
    };
    const r = await run([...progress, '--journal', 'sessions.csv', '--journal', 'extra.json'], fakeIo(io));
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toContain('extra.json: checkin: unknown field "checkin" (did you mean "checkIns"?)');
  });
});
