import { closestName } from '../../internal/closestName';
import { type InputColumn, columnOfHeader, knownHeaderNames } from '../columnSynonyms';
import { REQUIRED_CSV_COLUMNS } from '../csvColumns';
import type { InputIssue } from '../InputIssue';
import type { ColumnMapping } from '../readColumnMapping';
import { normalName } from './normalName';

/** A sign-up form's grid column: one skill's level, or one goal's priority (`Your skills [TikTok ads]`). @internal */
export interface WideColumn {
  readonly index: number;
  readonly header: string;
  /** The skill as the header names it (a label or an id), for `parseCohort` to resolve. */
  readonly skill: string;
}

/** Where each column of a participants file is, and where its data starts. @internal */
export interface Layout {
  readonly columns: ReadonlyMap<InputColumn, number>;
  /** The header cells as written, for messages. */
  readonly headers: ReadonlyArray<string>;
  readonly wideSkills: ReadonlyArray<WideColumn>;
  readonly wideGoals: ReadonlyArray<WideColumn>;
  /** The index of the first data row: 1, or 2 below a second header row of labels (SuccessFactors). */
  readonly dataStart: number;
  /** Required columns the file does not have: their fields are not reported again for every row. */
  readonly missing: ReadonlySet<InputColumn>;
}

/** The words of a grid's title that say what its cells are. */
const GOAL_WORDS = ['goal', 'learn', 'priorit', 'interest', 'cel', 'sie_nauczyc', 'chce'];
const SKILL_WORDS = [
  'skill',
  'expertise',
  'know',
  'teach',
  'level',
  'umiejetn',
  'kompetenc',
  'znam',
  'poziom',
];

const ROLES = ['mentor', 'mentee'];

/** A sign-up form has no employee id: its e-mail column is the id when nothing else is. */
const EMAIL_HEADERS = ['email', 'e_mail', 'email_address', 'work_email', 'adres_e_mail', 'adres_email'];

function wideOf(header: string): { readonly kind: 'skills' | 'goals'; readonly skill: string } | undefined {
  const match = /^(.*?)\s*\[([^\]]+)\]\s*$/.exec(header);
  if (match === null) return undefined;
  const title = normalName(match[1] ?? '');
  const skill = (match[2] ?? '').trim();
  if (GOAL_WORDS.some((w) => title.includes(w))) return { kind: 'goals', skill };
  if (SKILL_WORDS.some((w) => title.includes(w))) return { kind: 'skills', skill };
  return undefined;
}

/**
 * Reads the header of a participants file: each cell by its column name or synonym (or the
 * `--columns` mapping), sign-up-form grids (`Your skills [TikTok ads]`, `Goals [SEO]`), a second
 * header row of labels under the keys (SAP SuccessFactors). An unknown column is a warning and is
 * left out; one that is a typo of a known name is an error; an empty header cell is ignored (Excel
 * leaves some at the end). Two columns for the manager are told apart by which one holds the ids
 * of the file's people (BambooHR's `Supervisor ID` and `Supervisor E ID`). A file with no id column
 * (a sign-up form) takes its e-mail column as the id.
 *
 * @internal
 */
export function readLayout(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  file: string,
  mapping: ColumnMapping,
  issues: InputIssue[],
  warnings: InputIssue[],
): Layout {
  const headers = rows[0] ?? [];
  const candidates = new Map<InputColumn, number[]>();
  const wideSkills: WideColumn[] = [];
  const wideGoals: WideColumn[] = [];
  const resolve = (raw: string): InputColumn | null | undefined => {
    const mapped = mapping.columns.get(normalName(raw));
    return mapped !== undefined ? mapped : columnOfHeader(raw);
  };
  const hasId = headers.some((h) => resolve(h) === 'id');
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (!hasId && !candidates.has('id') && EMAIL_HEADERS.includes(normalName(header))) {
      candidates.set('id', [index]);
      return;
    }
    if (header === '') {
      if (rows.some((row, r) => r > 0 && (row[index] ?? '') !== ''))
        warnings.push({
          code: 'unknown-column',
          message: `column ${index + 1} has values but no header: it is left out`,
          where: file,
        });
      return;
    }
    const column = resolve(header);
    if (column === null) return;
    if (column !== undefined) {
      candidates.set(column, [...(candidates.get(column) ?? []), index]);
      return;
    }
    const wide = wideOf(header);
    if (wide !== undefined) {
      (wide.kind === 'skills' ? wideSkills : wideGoals).push({ index, header, skill: wide.skill });
      return;
    }
    const near = closestName(normalName(header), knownHeaderNames());
    const suggestion = near === undefined ? undefined : columnOfHeader(near);
    if (suggestion !== undefined)
      issues.push({
        code: 'unknown-column',
        message: `unknown column "${header}" (did you mean "${suggestion}"?); map it with --columns, or to null to leave it out`,
        where: file,
      });
    else
      warnings.push({
        code: 'unknown-column',
        message: `unknown column "${header}" is left out`,
        where: file,
      });
  });

  const columns = new Map<InputColumn, number>();
  for (const [column, indices] of candidates) {
    const [first, ...others] = indices;
    if (first === undefined) continue;
    if (others.length === 0) columns.set(column, first);
    else if (column === 'manager_id') {
      const chosen = managerColumn(rows, indices, candidates.get('id')?.[0]);
      columns.set(column, chosen);
      for (const index of indices.filter((i) => i !== chosen))
        warnings.push({
          code: 'unknown-column',
          message: `column "${headers[index] ?? ''}" is left out: "${headers[chosen] ?? ''}" holds the managers' ids`,
          where: file,
        });
    } else {
      const names = indices.map((i) => `"${headers[i] ?? ''}"`).join(' and ');
      issues.push({
        code: 'unknown-column',
        message: `columns ${names} are all "${column}": map the ones to leave out to null with --columns`,
        where: file,
      });
    }
  }
  const missing = new Set<InputColumn>();
  for (const column of REQUIRED_CSV_COLUMNS) {
    if (columns.has(column)) continue;
    missing.add(column);
    issues.push({
      code: 'missing-column',
      message: `missing column "${column}" (or a column such as "${columnExample(column)}"; name yours with --columns)`,
      where: file,
    });
  }
  return {
    columns,
    headers,
    wideSkills,
    wideGoals,
    dataStart: labelRow(rows[1], columns, resolve) ? 2 : 1,
    missing,
  };
}

function columnExample(column: InputColumn): string {
  return (
    { id: 'Employee_ID', role: 'Rola', grade: 'Grade Level' }[column as 'id' | 'role' | 'grade'] ?? column
  );
}

/** The manager column whose values are most often ids of the file's people (the first on a tie). */
function managerColumn(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  indices: ReadonlyArray<number>,
  idIndex: number | undefined,
): number {
  const ids = new Set(idIndex === undefined ? [] : rows.slice(1).map((row) => row[idIndex] ?? ''));
  let best = indices[0] ?? 0;
  let bestHits = -1;
  for (const index of indices) {
    const hits = rows.slice(1).filter((row) => ids.has(row[index] ?? '') && (row[index] ?? '') !== '').length;
    if (hits > bestHits) {
      best = index;
      bestHits = hits;
    }
  }
  return best;
}

/** A second header row (keys, then labels): most of its cells name columns, and its role cell is no role. */
function labelRow(
  row: ReadonlyArray<string> | undefined,
  columns: ReadonlyMap<InputColumn, number>,
  resolve: (raw: string) => InputColumn | null | undefined,
): boolean {
  if (row === undefined) return false;
  const role = columns.get('role');
  if (role !== undefined && ROLES.includes((row[role] ?? '').trim().toLowerCase())) return false;
  const cells = row.filter((c) => c.trim() !== '');
  const named = cells.filter((c) => typeof resolve(c) === 'string').length;
  return named >= 2 && named * 2 >= cells.length;
}
