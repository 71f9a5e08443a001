import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { levelOfText, priorityOfText } from './cellWords';

/*
 * The cells of the participants CSV that hold more than one value. Each parser returns every
 * problem of its cell (a message that quotes the bad entry) so that one run lists them all.
 */

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number cell: decimal notation only (no hex, no `Infinity`). @internal */
export function parseNumberCell(cell: string, example: string): Either<string, number> {
  if (!DECIMAL.test(cell)) return left(`"${cell}" is not a number (write it as ${example})`);
  return right(Number(cell));
}

/** Splits a list cell into its entries, dropping empty ones (a trailing `;`). */
function entries(cell: string): ReadonlyArray<string> {
  return cell
    .split(';')
    .map((e) => e.trim())
    .filter((e) => e !== '');
}

/**
 * A skills cell: `social-media-marketing:4;excel:2`, each level a whole number 0–5 or a word
 * (`TikTok ads:expert`, `Excel:biegły`); a skill may be named by its label. The object is
 * built with `Object.fromEntries` so that a skill id such as `__proto__` stays an own key.
 *
 * @internal
 */
export function parseSkillsCell(
  cell: string,
): Either<ReadonlyArray<string>, Readonly<Record<string, number>>> {
  const problems: string[] = [];
  const seen = new Set<string>();
  const skills: Array<[string, number]> = [];
  for (const entry of entries(cell)) {
    const colon = entry.lastIndexOf(':');
    if (colon <= 0) {
      problems.push(`"${entry}" — write a skill as id:level, such as spreadsheets:3`);
      continue;
    }
    const id = entry.slice(0, colon).trim();
    const level = levelOfText(entry.slice(colon + 1));
    if (level._tag === 'Left') {
      problems.push(`"${entry}" — a level is 0–5, or a word such as competent or expert`);
      continue;
    }
    if (seen.has(id)) {
      problems.push(`"${id}" is listed twice`);
      continue;
    }
    seen.add(id);
    skills.push([id, level.right]);
  }
  return problems.length > 0 ? left(problems) : right(Object.fromEntries(skills));
}

/** A goal as read from a cell, before `parseCohort` fills in the defaults. @internal */
export interface GoalCell {
  readonly skill: string;
  readonly priority?: 'high' | 'medium' | 'low';
  readonly target?: number;
}

/**
 * A goals cell: `tiktok-ads:high:3;excel` — skill, then optionally the priority (high, medium or
 * low, also in Polish: wysoki, średni, niski) and the target level (1–5); `excel::3` gives a
 * target with the default priority.
 *
 * @internal
 */
export function parseGoalsCell(cell: string): Either<ReadonlyArray<string>, ReadonlyArray<GoalCell>> {
  const problems: string[] = [];
  const goals: GoalCell[] = [];
  for (const entry of entries(cell)) {
    const parts = entry.split(':').map((p) => p.trim());
    const [skill = '', priority = '', target = ''] = parts;
    if (parts.length > 3 || skill === '') {
      problems.push(`"${entry}" — write a goal as skill:priority:target, such as tiktok-ads:high:3`);
      continue;
    }
    const word = priority === '' ? undefined : priorityOfText(priority);
    if (word !== undefined && (word._tag === 'Left' || word.right === null)) {
      problems.push(`"${entry}" — a priority is high, medium or low (wysoki, średni, niski)`);
      continue;
    }
    const level = word === undefined ? '' : (word.right ?? '');
    if (target !== '' && (!/^\d+$/.test(target) || Number(target) < 1 || Number(target) > 5)) {
      problems.push(`"${entry}" — a target is 1–5`);
      continue;
    }
    goals.push({
      skill,
      ...(level === '' ? {} : { priority: level }),
      ...(target === '' ? {} : { target: Number(target) }),
    });
  }
  return problems.length > 0 ? left(problems) : right(goals);
}
