/**
 * The columns of the participants CSV, in the order the CLI writes them: one row per participant,
 * `role` saying whether it is a mentor or a mentee. The last six are optional extras that the CLI
 * writes only when somebody has a value, so that no field of a participant is lost in a CSV.
 * `waiting_since` is a date; `availability` holds weekly windows separated by `;`
 * (`mon 08:00-10:00; wed 14:00-15:30`; `,`, `|` and line breaks also separate them when read:
 * none of them can appear inside a window); `preferences` (ids of the other side, best first,
 * `m-nowak;m-krol`) and `vetoes` (ids, `;` between them) are list cells as `languages` is.
 *
 * @category CLI
 */
export const CSV_COLUMNS = [
  'id',
  'role',
  'name',
  'birth_year',
  'generation',
  'grade',
  'department',
  'manager_id',
  'languages',
  'time_zone',
  'capacity',
  'skills',
  'goals',
  'years_of_experience',
  'tenure_years',
  'waiting_since',
  'availability',
  'preferences',
  'vetoes',
] as const;

/** A column of the participants CSV. @category CLI */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The columns a participants CSV must have; the others may be left out. @category CLI */
export const REQUIRED_CSV_COLUMNS: ReadonlyArray<CsvColumn> = ['id', 'role', 'grade'];

/**
 * The cohort field behind each column, so that an issue `parseCohort` finds at
 * `mentors[3].birthYear` can be shown as `row 5, column birth_year`.
 *
 * @category CLI
 */
export const FIELD_OF_COLUMN: Readonly<Record<Exclude<CsvColumn, 'role'>, string>> = {
  id: 'id',
  name: 'name',
  birth_year: 'birthYear',
  generation: 'generation',
  grade: 'grade',
  department: 'department',
  manager_id: 'managerId',
  languages: 'languages',
  time_zone: 'timeZone',
  capacity: 'capacity',
  skills: 'skills',
  goals: 'goals',
  years_of_experience: 'yearsOfExperience',
  tenure_years: 'tenureYears',
  waiting_since: 'waitingSince',
  availability: 'availability',
  preferences: 'preferences',
  vetoes: 'vetoes',
};

/** The columns written only when some participant has a value in them. @category CLI */
export const OPTIONAL_EXTRA_CSV_COLUMNS: ReadonlyArray<CsvColumn> = [
  'years_of_experience',
  'tenure_years',
  'waiting_since',
  'availability',
  'preferences',
  'vetoes',
];

/**
 * The column that holds a cohort field (`birthYear` → `birth_year`).
 *
 * @param field - a participant field
 * @returns the column, or `undefined` for a field the CSV does not have
 * @example
 * columnOfField('managerId'); // 'manager_id'
 * @category CLI
 */
export function columnOfField(field: string): CsvColumn | undefined {
  for (const [column, f] of Object.entries(FIELD_OF_COLUMN)) {
    if (f === field) return column as CsvColumn;
  }
  return undefined;
}
