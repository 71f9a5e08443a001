import { stringify } from 'csv-stringify/sync';
import type { CohortInput } from '../../domain/index';
import { CSV_COLUMNS, type CsvColumn, FIELD_OF_COLUMN, OPTIONAL_EXTRA_CSV_COLUMNS } from './csvColumns';

/**
 * Writes the participants of a cohort as the participants CSV that {@link readCohortCsv} reads:
 * mentors first, then mentees, in their input order; skills as `id:level;…`, goals as
 * `skill:priority:target;…`, languages as `pl;en`, availability as `mon 08:00-10:00; wed 14:00-15:30`
 * (a column written only when somebody lists availability). The programme, catalogue and managers do not
 * `skill:priority:target;…`, languages as `pl;en`, preferences (in their order) and vetoes as
 * `m-nowak;m-krol` (both columns only when somebody has one). The programme, catalogue and managers do not
 * fit in rows: write them as a programme file (`{ programme, catalog, managers }`) beside it.
 *
 * @param input - a cohort input (typically a generated one)
 * @returns the CSV text with a header row, lines ending in `\n`
 * @example
 * writeCohortCsv({ mentors: [{ id: 'ola', grade: 1, skills: { 'tiktok-ads': 5 } }], mentees: [] });
 * // 'id,role,name,birth_year,generation,grade,department,manager_id,languages,time_zone,capacity,skills,goals\nola,mentor,,,,1,,,,,,tiktok-ads:5,\n'
 * @category CLI
 */
export function writeCohortCsv(input: CohortInput): string {
  const people: Array<readonly ['mentor' | 'mentee', Readonly<Record<string, unknown>>]> = [
    ...input.mentors.map((m) => ['mentor', m as Readonly<Record<string, unknown>>] as const),
    ...input.mentees.map((m) => ['mentee', m as Readonly<Record<string, unknown>>] as const),
  ];
  const columns = CSV_COLUMNS.filter(
    (c) =>
      !OPTIONAL_EXTRA_CSV_COLUMNS.includes(c) ||
      people.some(([, p]) => c !== 'role' && hasValue(p[FIELD_OF_COLUMN[c]])),
  );
  const rows = people.map(([role, person]) => columns.map((column) => cellOf(column, role, person)));
  return stringify([columns, ...rows], { record_delimiter: '\n' });
}

function cellOf(
  column: CsvColumn,
  role: 'mentor' | 'mentee',
  person: Readonly<Record<string, unknown>>,
): string {
  if (column === 'role') return role;
  const value = person[FIELD_OF_COLUMN[column]];
  if (value === undefined || value === null) return '';
  switch (column) {
    case 'languages':
    case 'preferences':
    case 'vetoes':
      return Array.isArray(value) ? value.map(String).join(';') : String(value);
    case 'availability':
      return Array.isArray(value) ? value.map(String).join('; ') : String(value);
    case 'skills':
      return entriesOf(value)
        .map(([id, level]) => `${id}:${String(level)}`)
        .join(';');
    case 'goals':
      return Array.isArray(value) ? value.map(goalText).join(';') : '';
    default:
      return String(value);
  }
}

/** Whether a field has something to write: an empty list (no preferences) is no value. */
function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/** A skills value as entries, whether it is a plain object (JSON input) or a `Map`. */
function entriesOf(value: unknown): ReadonlyArray<readonly [string, unknown]> {
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [String(k), v] as const);
  return typeof value === 'object' && value !== null ? Object.entries(value) : [];
}

/** `skill:priority:target`, dropping what is absent from the end (`excel`, `excel:high`, `excel::3`). */
function goalText(goal: unknown): string {
  if (typeof goal !== 'object' || goal === null) return '';
  const { skill, priority, target } = goal as {
    readonly skill?: unknown;
    readonly priority?: unknown;
    readonly target?: unknown;
  };
  const parts = [
    String(skill ?? ''),
    priority === undefined ? '' : String(priority),
    target === undefined ? '' : String(target),
  ];
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(':');
}
