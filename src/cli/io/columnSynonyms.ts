import { CSV_COLUMNS, type CsvColumn } from './csvColumns';
import { normalName } from './internal/normalName';

/**
 * The columns a participants file may have besides those the CLI writes: parts of a value that
 * HR systems keep apart (`first_name`, `last_name`) or write as a date (`birth_date` gives the
 * birth year, `hire_date` the tenure).
 *
 * @category CLI
 */
export const DERIVED_COLUMNS = ['first_name', 'last_name', 'birth_date', 'hire_date'] as const;

/** A column a participants file may have: one of {@link CSV_COLUMNS} or {@link DERIVED_COLUMNS}. @category CLI */
export type InputColumn = CsvColumn | (typeof DERIVED_COLUMNS)[number];

/** Every column a participants file may have. @category CLI */
export const INPUT_COLUMNS: ReadonlyArray<InputColumn> = [...CSV_COLUMNS, ...DERIVED_COLUMNS];

/**
 * The other names of each column, in English and Polish, as HR systems and people write them
 * (Workday `Employee_ID`, `Manager_ID`, `Date_of_Birth`; BambooHR `Supervisor ID`, `Supervisor E
 * ID`; SAP SuccessFactors `USERID`, `FIRSTNAME`, `LASTNAME`, `MANAGER`; `Imię i nazwisko`, `Rola`).
 * A header is compared after {@link normalName}, so case, spaces, `_`, `-` and diacritics do not
 * matter. A new synonym is one word here; a new column is one entry.
 *
 * @category CLI
 */
export const COLUMN_SYNONYMS: Readonly<Record<InputColumn, ReadonlyArray<string>>> = {
  id: [
    'employee id',
    'employee number',
    'employee #',
    'emp id',
    'userid',
    'user id',
    'person id',
    'worker id',
    'staff id',
    'identyfikator',
    'id pracownika',
    'numer pracownika',
    'nr pracownika',
  ],
  role: [
    'programme role',
    'program role',
    'participant type',
    'mentor or mentee',
    'i want to be',
    'rola',
    'rola w programie',
    'typ uczestnika',
    'chcę być',
  ],
  name: [
    'full name',
    'display name',
    'employee name',
    'legal name',
    'preferred name',
    'imię i nazwisko',
    'pracownik',
    'uczestnik',
  ],
  birth_year: ['year of birth', 'yob', 'rok urodzenia'],
  generation: ['pokolenie', 'generacja'],
  grade: [
    'grade level',
    'job level',
    'level',
    'management level',
    'pay grade',
    'job grade',
    'band',
    'seniority',
    'poziom',
    'poziom stanowiska',
    'stopień',
    'grupa zaszeregowania',
  ],
  department: ['dept', 'division', 'business unit', 'org unit', 'team', 'departament', 'dział', 'zespół'],
  manager_id: [
    'manager',
    'manager employee id',
    'manager user id',
    'supervisor id',
    'supervisor e id',
    'supervisor eid',
    'supervisor',
    'reports to',
    'line manager',
    'przełożony',
    'id przełożonego',
    'kierownik',
  ],
  languages: ['language', 'spoken languages', 'języki', 'język'],
  time_zone: ['timezone', 'tz', 'strefa czasowa'],
  capacity: ['max mentees', 'how many mentees', 'pojemność', 'liczba podopiecznych'],
  skills: ['umiejętności', 'kompetencje'],
  goals: ['learning goals', 'cele', 'cele nauki'],
  years_of_experience: [
    'experience years',
    'years experience',
    'experience',
    'doświadczenie',
    'lata doświadczenia',
  ],
  waiting_since: [
    'waiting since',
    'on waiting list since',
    'signed up',
    'sign-up date',
    'czeka od',
    'data zgłoszenia',
  ],
  tenure_years: ['tenure', 'years in company', 'years of service', 'staż w firmie', 'staż'],
  availability: [
    'availability windows',
    'weekly availability',
    'available times',
    'time slots',
    'dostępność',
    'dostępne terminy',
    'terminy',
  ],
  preferences: [
    'preferred',
    'preferred mentors',
    'preferred mentees',
    'choices',
    'ranked choices',
    'preferencje',
    'wybory',
  ],
  vetoes: ['veto', 'not with', 'do not pair with', 'weto', 'nie z'],
  first_name: ['firstname', 'given name', 'imię'],
  last_name: ['lastname', 'surname', 'family name', 'nazwisko'],
  birth_date: ['date of birth', 'dob', 'birthdate', 'birthday', 'data urodzenia'],
  hire_date: [
    'start date',
    'hiredate',
    'date of hire',
    'original hire date',
    'employment start',
    'data zatrudnienia',
  ],
};

const COLUMN_OF_NAME: ReadonlyMap<string, InputColumn> = new Map(
  INPUT_COLUMNS.flatMap((column) =>
    [column, ...COLUMN_SYNONYMS[column]].map((name): [string, InputColumn] => [normalName(name), column]),
  ),
);

/**
 * The column a header names, by its name or a synonym, without regard to case, spacing or
 * diacritics.
 *
 * @param header - a header cell as written
 * @returns the column, or `undefined`
 * @example
 * columnOfHeader('Imię i nazwisko'); // 'name'
 * columnOfHeader('Supervisor E ID'); // 'manager_id'
 * @category CLI
 */
export function columnOfHeader(header: string): InputColumn | undefined {
  return COLUMN_OF_NAME.get(normalName(header));
}

/** Every name a header may have, normalised, for "did you mean". @internal */
export function knownHeaderNames(): ReadonlyArray<string> {
  return [...COLUMN_OF_NAME.keys()];
}
