import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { InputIssue } from './InputIssue';
import { dateOfText, isoOfDate } from './internal/cellWords';
import { readHeader } from './internal/readHeader';
import { parseSkillsCell } from './internal/csvCells';

/** What a journal sheet holds: one kind of record per sheet. @category CLI */
export type JournalSheetKind = 'checkIns' | 'assessments' | 'outcomes';

/** The columns of each kind of journal sheet and the field each fills. */
const COLUMNS: Readonly<Record<JournalSheetKind, Readonly<Record<string, string>>>> = {
  checkIns: {
    mentor_id: 'mentorId',
    mentee_id: 'menteeId',
    date: 'date',
    minutes: 'minutes',
    skills: 'skills',
    mentor_rating: 'ratings.mentor',
    mentee_rating: 'ratings.mentee',
    cancelled: 'cancelled',
    cancelled_by: 'cancelledBy',
    note: 'note',
  },
  assessments: { participant_id: 'participantId', date: 'date', skills: 'skills' },
  outcomes: { participant_id: 'participantId', date: 'date', kind: 'kind', note: 'note' },
};
const REQUIRED: Readonly<Record<JournalSheetKind, ReadonlyArray<string>>> = {
  checkIns: ['mentor_id', 'mentee_id', 'date'],
  assessments: ['participant_id', 'date', 'skills'],
  outcomes: ['participant_id', 'date', 'kind'],
};
/** Other spellings of a column, compared without case, spaces or punctuation. */
const SYNONYMS: Readonly<Record<string, string>> = {
  mentor: 'mentor_id',
  mentee: 'mentee_id',
  participant: 'participant_id',
  person: 'participant_id',
  personid: 'participant_id',
  duration: 'minutes',
  mentorrating: 'mentor_rating',
  menteerating: 'mentee_rating',
  cancelledby: 'cancelled_by',
  canceled: 'cancelled',
  canceledby: 'cancelled_by',
  outcome: 'kind',
  notes: 'note',
};
const compact = (header: string): string =>
  header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const KNOWN: ReadonlyMap<string, string> = new Map([
  ...Object.values(COLUMNS).flatMap((columns) =>
    Object.keys(columns).map((c): [string, string] => [compact(c), c]),
  ),
  ...Object.entries(SYNONYMS),
]);
const YES = new Set(['yes', 'y', 'true', '1', 'x', 'tak', 'cancelled', 'canceled', 'odwołana', 'odwolana']);
const NO = new Set(['no', 'n', 'false', '0', 'nie', 'held', 'odbyła się', 'odbyla sie']);

/** A journal sheet read into records of one kind, with where each record stood. @category CLI */
export interface JournalRows {
  readonly kind: JournalSheetKind;
  readonly records: ReadonlyArray<Record<string, unknown>>;
  /** The row (from 1, the header is row 1) of each record. */
  readonly rows: ReadonlyArray<number>;
  /** The header as written of each column read, by field (`ratings.mentor` → `Mentor rating`). */
  readonly columnOfField: ReadonlyMap<string, string>;
  /** Columns that are no journal column (ignored). */
  readonly warnings: ReadonlyArray<InputIssue>;
}

/**
 * Reads the rows of a journal sheet (CSV or Excel) as records of one kind, told apart by the
 * header: `mentor_id` and `mentee_id` make a sheet of check-ins (`date`, `minutes`, `skills` as
 * `seo;excel`, `mentor_rating`, `mentee_rating`, `cancelled` as yes/no, `cancelled_by`, `note`),
 * `participant_id` with `kind` one of outcomes (`date`, `kind`, `note`), `participant_id` with
 * `skills` one of self-assessments (`date`, `skills` as `seo:2;excel:3`). Headers in any case,
 * with spaces or underscores; an unknown column is a warning, a near miss of a known one an error
 * naming the column meant; a cell that cannot be read is an issue at its row and column. What the
 * records mean (people, skills, ratings 1–5) is `parseJournal`'s to check.
 *
 * @param rows - the sheet's cells, the header first
 * @param where - the file's name
 * @returns the records, or every issue
 * @category CLI
 */
export function readJournalRows(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  where: string,
): Either<ReadonlyArray<InputIssue>, JournalRows> {
  const [header = [], ...body] = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  const issues: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const columns = header.map((cell) => KNOWN.get(compact(cell)));
  const has = (column: string): boolean => columns.includes(column);
  const kind: JournalSheetKind | undefined =
    has('mentor_id') || has('mentee_id')
      ? 'checkIns'
      : has('kind')
        ? 'outcomes'
        : has('participant_id') || has('skills')
          ? 'assessments'
          : undefined;
  if (kind === undefined)
    return left([
      {
        code: 'missing-column',
        message:
          'a journal sheet has mentor_id and mentee_id (check-ins), participant_id and skills (self-assessments), or participant_id and kind (outcomes)',
        where,
        path: [],
      },
    ]);
  const own = COLUMNS[kind];
  const read = readHeader(
    header,
    where,
    Object.keys(own),
    (cell) => {
      // A column of another kind of sheet is known, not a typo: it is ignored with a warning.
      const column = KNOWN.get(compact(cell));
      return column === undefined ? undefined : column in own ? column : null;
    },
    (cell) =>
      `column "${cell}" is not read in a sheet of ${kind === 'checkIns' ? 'check-ins' : kind}: ignored`,
  );
  const { index } = read;
  issues.push(...read.issues);
  warnings.push(...read.warnings);
  for (const column of REQUIRED[kind])
    if (!index.has(column))
      issues.push({
        code: 'missing-column',
        message: `a sheet of ${kind === 'checkIns' ? 'check-ins' : kind} needs a "${column}" column`,
        where,
        path: [],
      });
  if (issues.length > 0) return left(issues);

  const records: Array<Record<string, unknown>> = [];
  const rowNumbers: number[] = [];
  body.forEach((cells, b) => {
    const row = b + 2;
    const record: Record<string, unknown> = {};
    const bad = (column: string, message: string): void => {
      const name = headerOf(header, index, column) ?? column;
      issues.push({
        code: 'bad-cell',
        message,
        where: `${where}: row ${row}, column ${name}`,
        path: [row, name],
      });
    };
    for (const [column, i] of index) {
      const value = (cells[i] ?? '').trim();
      if (value === '') continue;
      const field = own[column] as string;
      switch (column) {
        case 'date': {
          const date = dateOfText(value);
          if (date._tag === 'Left') bad(column, date.left);
          else record.date = isoOfDate(date.right);
          break;
        }
        case 'minutes':
        case 'mentor_rating':
        case 'mentee_rating': {
          const n = Number(value.replace(',', '.'));
          if (!Number.isFinite(n)) bad(column, `"${value}" is not a number`);
          else if (field.startsWith('ratings.')) {
            const ratings = (record.ratings ?? {}) as Record<string, number>;
            ratings[field.slice('ratings.'.length)] = n;
            record.ratings = ratings;
          } else record[field] = n;
          break;
        }
        case 'cancelled': {
          const word = value.toLowerCase();
          if (YES.has(word)) record.cancelled = true;
          else if (NO.has(word)) record.cancelled = false;
          else bad(column, `"${value}" is not yes or no`);
          break;
        }
        case 'skills':
          if (kind === 'checkIns')
            record.skills = value
              .split(/[;,]/)
              .map((s) => s.trim())
              .filter((s) => s !== '');
          else {
            const skills = parseSkillsCell(value);
            if (skills._tag === 'Left') for (const message of skills.left) bad(column, message);
            else record.skills = skills.right;
          }
          break;
        default:
          record[field] = value;
      }
    }
    records.push(record);
    rowNumbers.push(row);
  });
  if (issues.length > 0) return left(issues);
  const columnOfField = new Map<string, string>();
  for (const [column, i] of index)
    columnOfField.set((own[column] as string).split('.')[0] as string, header[i] ?? column);
  return right({ kind, records, rows: rowNumbers, columnOfField, warnings });
}

function headerOf(
  header: ReadonlyArray<string>,
  index: ReadonlyMap<string, number>,
  column: string,
): string | undefined {
  const i = index.get(column);
  return i === undefined ? undefined : header[i];
}
