import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { PairsLike } from '../../evaluation/index';
import { formatPath } from '../../domain/index';
import type { CliIo } from './CliIo';
import type { InputIssue } from './InputIssue';
import { parseJsonText } from './parseJsonText';
import { parseCsvRows } from './readCohortCsv';
import { isXlsx } from './loadCohort';
import { readSheetRows } from './readSheetRows';
import { decodeText, displayName, readInputBytes } from './readTextFile';

/** Header spellings of the mentor and the mentee column, compared without case, spaces or punctuation. */
const MENTOR_HEADERS = ['mentorid', 'mentor', 'idmentora', 'mentora', 'mentorsid'];
const MENTEE_HEADERS = ['menteeid', 'mentee', 'idmentee', 'menteesid', 'podopieczny', 'idpodopiecznego'];

const normalise = (header: string): string =>
  header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * Reads a matching made anywhere, to be measured (never trusted): the library's matching JSON (or
 * any JSON with `pairs: [{ mentorId, menteeId }]`), or a CSV sheet with a mentor column and a
 * mentee column — or the first sheet of an Excel workbook with them — (`mentor_id` / `mentee_id`, `Mentor`, `Mentor ID`, `ID mentora`, … in any case;
 * other columns are ignored; `,`, `;` or tab). In a CSV, a row whose mentor or mentee cell is
 * empty is a person left unmatched, not a pair. Ids that are numbers in JSON are read as text.
 * What the pairs say — unknown people, broken rules, pairs twice — is for the audit; only a file
 * that cannot be read as a list of pairs is an issue.
 *
 * @param io - the CLI's I/O
 * @param path - the file (`-` for standard input)
 * @returns the pairs, or the issue that makes the file unreadable
 * @category CLI
 */
export async function readMatchingFile(io: CliIo, path: string): Promise<Either<InputIssue, PairsLike>> {
  const where = displayName(path);
  // Standard input can be read only once: the bytes are read here and decoded as the content says.
  const bytes = await readInputBytes(io, path);
  if (bytes._tag === 'Left') return bytes;
  if (isXlsx(path, bytes.right)) {
    const sheet = await readSheetRows(bytes.right, where);
    return sheet._tag === 'Left' ? sheet : pairsOfRows(sheet.right, where);
  }
  const text = decodeText(bytes.right, where);
  if (text._tag === 'Left') return text;
  const body = text.right.replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(body)) {
    const json = parseJsonText(body, where);
    return json._tag === 'Left' ? json : pairsOfJson(json.right, where);
  }
  return pairsOfCsv(body, where);
}

function pairsOfJson(value: unknown, where: string): Either<InputIssue, PairsLike> {
  const issue = (path: ReadonlyArray<string | number>, message: string): InputIssue => ({
    code: 'invalid-matching',
    message: `${formatPath(path)}: ${message}`,
    where,
    path,
  });
  const list = typeof value === 'object' && value !== null ? (value as { pairs?: unknown }).pairs : undefined;
  if (!Array.isArray(list)) return left(issue([], 'a matching has "pairs": [{ "mentorId", "menteeId" }]'));
  const pairs: Array<{ mentorId: string; menteeId: string }> = [];
  for (const [i, pair] of (list as ReadonlyArray<unknown>).entries()) {
    const record = (typeof pair === 'object' && pair !== null ? pair : {}) as Record<string, unknown>;
    const mentorId = idOf(record['mentorId']);
    const menteeId = idOf(record['menteeId']);
    if (mentorId === undefined)
      return left(issue(['pairs', i, 'mentorId'], 'expected an id (text or number)'));
    if (menteeId === undefined)
      return left(issue(['pairs', i, 'menteeId'], 'expected an id (text or number)'));
    pairs.push({ mentorId, menteeId });
  }
  return right({ pairs });
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function pairsOfCsv(text: string, where: string): Either<InputIssue, PairsLike> {
  // The cohort reader's CSV parsing (delimiter from the header line); blank lines are no rows.
  const parsed = parseCsvRows(text, where);
  if (parsed._tag === 'Left') return left({ ...parsed.left, path: [] });
  return pairsOfRows(parsed.right, where);
}

/** The pairs of a sheet's rows (CSV or the first sheet of a workbook), the header first. */
function pairsOfRows(
  cells: ReadonlyArray<ReadonlyArray<string>>,
  where: string,
): Either<InputIssue, PairsLike> {
  const records = cells.filter((row) => row.some((cell) => cell !== ''));
  const [header = [], ...rows] = records;
  const keys = header.map(normalise);
  const mentorAt = keys.findIndex((k) => MENTOR_HEADERS.includes(k));
  const menteeAt = keys.findIndex((k) => MENTEE_HEADERS.includes(k));
  if (mentorAt < 0 || menteeAt < 0) {
    const missing = mentorAt < 0 ? 'mentor_id' : 'mentee_id';
    return left({
      code: 'missing-column',
      message: `a matching sheet needs a ${missing} column (found: ${header.join(', ') || 'no header'})`,
      where,
      path: [],
    });
  }
  const pairs: Array<{ mentorId: string; menteeId: string }> = [];
  for (const row of rows) {
    const mentorId = row[mentorAt] ?? '';
    const menteeId = row[menteeAt] ?? '';
    if (mentorId !== '' && menteeId !== '') pairs.push({ mentorId, menteeId });
  }
  return right({ pairs });
}
