import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { normalName } from './normalName';

/*
 * The words people write in a spreadsheet or a sign-up form for what the cohort holds as numbers
 * and codes: levels (`Expert`, `Ekspert`), priorities (`high`, `wysoki`), language names (`Polish`,
 * `polski`), grades as HR writes them (`L2`, `G7`) and dates (a birth date, a hire date).
 */

const LEVEL_WORDS: ReadonlyArray<readonly [number, ReadonlyArray<string>]> = [
  [0, ['none', 'no', 'not at all', 'brak', 'nie', 'zero', 'wcale']],
  [1, ['novice', 'beginner', 'newbie', 'nowicjusz', 'poczatkujacy', 'poczatkujaca']],
  [2, ['advanced beginner', 'basic', 'elementary', 'podstawowy', 'podstawowa', 'zaawansowany poczatkujacy']],
  [
    3,
    [
      'competent',
      'intermediate',
      'good',
      'kompetentny',
      'kompetentna',
      'sredni',
      'sredniozaawansowany',
      'dobry',
      'dobra',
    ],
  ],
  [
    4,
    [
      'proficient',
      'advanced',
      'very good',
      'bieglly',
      'biegly',
      'biegla',
      'zaawansowany',
      'zaawansowana',
      'bardzo dobry',
      'bardzo dobra',
    ],
  ],
  [5, ['expert', 'master', 'ekspert', 'ekspertka', 'mistrz', 'mistrzyni']],
];

const LEVEL_OF_WORD: ReadonlyMap<string, number> = new Map(
  LEVEL_WORDS.flatMap(([level, words]) => words.map((w): [string, number] => [normalName(w), level])),
);

/**
 * A proficiency level written as a number 0–5 or a word in English or Polish (`Expert`,
 * `Ekspert`, `intermediate`, `początkujący`).
 *
 * @internal
 */
export function levelOfText(text: string): Either<string, number> {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) <= 5) return right(Number(trimmed));
  const level = LEVEL_OF_WORD.get(normalName(trimmed));
  return level === undefined
    ? left(
        `"${trimmed}" is not a level: write 0–5 or a word such as none, novice, competent, proficient, expert (brak, początkujący, kompetentny, biegły, ekspert)`,
      )
    : right(level);
}

const PRIORITY_WORDS: ReadonlyArray<readonly [string | null, ReadonlyArray<string>]> = [
  ['high', ['high', 'very important', 'must', 'wysoki', 'wysoka', 'bardzo wazne', 'pilne']],
  ['medium', ['medium', 'important', 'yes', 'x', 'sredni', 'srednia', 'wazne', 'tak']],
  ['low', ['low', 'nice to have', 'somewhat', 'niski', 'niska', 'mniej wazne']],
  [null, ['no', 'none', 'not interested', 'nie', 'brak', 'nie interesuje mnie']],
];

const PRIORITY_OF_WORD: ReadonlyMap<string, string | null> = new Map(
  PRIORITY_WORDS.flatMap(([p, words]) => words.map((w): [string, string | null] => [normalName(w), p])),
);

/**
 * A goal's priority written as a word in English or Polish (`high`, `wysoki`, `yes` for medium);
 * `null` for "no goal" (`not interested`, `nie`).
 *
 * @internal
 */
export function priorityOfText(text: string): Either<string, 'high' | 'medium' | 'low' | null> {
  const priority = PRIORITY_OF_WORD.get(normalName(text));
  if (priority === undefined)
    return left(
      `"${text.trim()}" is not a priority: write high, medium or low (wysoki, średni, niski), or "not interested"`,
    );
  return right(priority as 'high' | 'medium' | 'low' | null);
}

const LANGUAGES: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ['pl', ['polish', 'polski', 'polish language', 'jezyk polski']],
  ['en', ['english', 'angielski', 'jezyk angielski']],
  ['de', ['german', 'niemiecki', 'deutsch']],
  ['fr', ['french', 'francuski', 'francais']],
  ['es', ['spanish', 'hiszpanski', 'espanol']],
  ['it', ['italian', 'wloski', 'italiano']],
  ['pt', ['portuguese', 'portugalski']],
  ['nl', ['dutch', 'niderlandzki', 'holenderski']],
  ['uk', ['ukrainian', 'ukrainski']],
  ['ru', ['russian', 'rosyjski']],
  ['cs', ['czech', 'czeski']],
  ['sk', ['slovak', 'slowacki']],
  ['lt', ['lithuanian', 'litewski']],
  ['sv', ['swedish', 'szwedzki']],
  ['no', ['norwegian', 'norweski']],
  ['da', ['danish', 'dunski']],
  ['fi', ['finnish', 'finski']],
  ['hu', ['hungarian', 'wegierski']],
  ['ro', ['romanian', 'rumunski']],
  ['tr', ['turkish', 'turecki']],
  ['ar', ['arabic', 'arabski']],
  ['hi', ['hindi']],
  ['zh', ['chinese', 'mandarin', 'chinski']],
  ['ja', ['japanese', 'japonski']],
  ['ko', ['korean', 'koreanski']],
  ['vi', ['vietnamese', 'wietnamski']],
];

const LANGUAGE_OF_NAME: ReadonlyMap<string, string> = new Map(
  LANGUAGES.flatMap(([tag, names]) => names.map((n): [string, string] => [normalName(n), tag])),
);

const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * A languages cell: tags or names in English or Polish, separated by `;`, `,` or `/`
 * (`pl;en`, `Polish, English`, `polski / angielski`), each once. A value that is neither is named
 * in one message.
 *
 * @internal
 */
export function languagesOfText(cell: string): Either<ReadonlyArray<string>, ReadonlyArray<string>> {
  const problems: string[] = [];
  const tags: string[] = [];
  const tagOf = (word: string): string | undefined =>
    LANGUAGE_OF_NAME.get(normalName(word)) ?? (TAG.test(word) ? word : undefined);
  for (const part of cell.split(/[;,/|]+/).map((p) => p.trim())) {
    if (part === '') continue;
    // A name may have spaces ("język polski"); otherwise spaces separate tags ("pl en").
    const whole = tagOf(part);
    const found = whole === undefined ? part.split(/\s+/).map(tagOf) : [whole];
    if (found.some((tag) => tag === undefined)) {
      problems.push(
        `"${part}" is neither a language tag (pl, en-GB) nor a language name we know (Polish, angielski)`,
      );
      continue;
    }
    for (const tag of found) if (tag !== undefined && !tags.includes(tag)) tags.push(tag);
  }
  return problems.length > 0 ? left(problems) : right(tags);
}

/**
 * A grade as HR writes it: a number (`7`), an entry of the `--columns` file's `grades`
 * (`"Senior": 6`), or a text with one number in it, which is the grade (`L2` → 2, `G7` → 7,
 * `Band 3` → 3).
 *
 * @internal
 */
export function gradeOfText(cell: string, grades: ReadonlyMap<string, number>): Either<string, number> {
  const mapped = grades.get(cell.trim()) ?? grades.get(normalName(cell));
  if (mapped !== undefined) return right(mapped);
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(cell.trim())) return right(Number(cell.trim()));
  const numbers = cell.match(/\d+(?:[.,]\d+)?/g) ?? [];
  const [only] = numbers;
  if (numbers.length === 1 && only !== undefined) return right(Number(only.replace(',', '.')));
  return left(
    `"${cell}" is not a grade: write a number (higher = more senior), a text with one number such as L2, or map it in the --columns file's "grades"`,
  );
}

/**
 * A date as spreadsheets write it: `2000-04-12` (also from Excel), `2000/04/12`, `12.04.2000`, or
 * with slashes `12/04/2000` read as day/month when the first number is above 12 and as the US
 * month/day otherwise.
 *
 * @internal
 */
export function dateOfText(
  cell: string,
): Either<string, { readonly year: number; readonly month: number; readonly day: number }> {
  const text = cell.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(text);
  let ymd: [number, number, number] | undefined;
  if (m !== null) ymd = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)) !== null)
    ymd = [Number(m[3]), Number(m[2]), Number(m[1])];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)) !== null) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    ymd = a > 12 ? [Number(m[3]), b, a] : [Number(m[3]), a, b];
  }
  if (ymd === undefined) return left(`"${text}" is not a date: write it as YYYY-MM-DD, such as 1968-04-12`);
  const [year, month, day] = ymd;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return left(`"${text}" is not a real calendar day`);
  return right({ year, month, day });
}

/**
 * A date as `dateOfText` reads it, written `YYYY-MM-DD`.
 *
 * @internal
 */
export function isoOfDate({
  year,
  month,
  day,
}: {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
