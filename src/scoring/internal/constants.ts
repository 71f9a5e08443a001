/**
 * The constants of the criteria, in one place so that the kernel, the reasons and the docs agree.
 *
 * @internal
 */

/**
 * Skill gain saturates as `1 - exp(-gain / SKILL_GAIN_SCALE)`, where `gain` sums, over the
 * mentee's open goals, priority × focus × levels the mentor can lift the mentee (up to the
 * target). One high-priority goal lifted by 2 levels (3 × 2 = 6) gives 1 − e^−0.6 ≈ 0.45; a second
 * such goal adds 0.25 more, not 0.45: diminishing returns.
 */
export const SKILL_GAIN_SCALE = 10;
/** A mentor lifts a mentee by 0 to 5 levels on one goal: the size of a goal's factor table. */
export const GOAL_LIFTS = 6;
/** A generation gap counts linearly up to this many generations, then saturates at 1. */
export const GENERATION_SATURATION = 3;
/** A grade gap counts linearly up to this many grades, then saturates at 1. */
export const SENIORITY_SATURATION = 5;
/** Working hours are 9:00–17:00 local time: 8 hours, 480 minutes. */
export const WORKDAY_START_MINUTES = 9 * 60;
export const WORKDAY_MINUTES = 8 * 60;
const DAY_MINUTES = 24 * 60;

/**
 * Minutes of shared working time (9–17 local) between two UTC offsets: the windows are the same
 * length, so the overlap is the workday minus the offset difference, taken round the clock (an
 * offset of +13 h and one of −11 h are 24 h apart, the same working hours).
 */
export function overlapMinutes(offsetA: number, offsetB: number): number {
  let d = Math.abs(offsetA - offsetB) % DAY_MINUTES;
  if (d > DAY_MINUTES - d) d = DAY_MINUTES - d;
  return d >= WORKDAY_MINUTES ? 0 : WORKDAY_MINUTES - d;
}

/** The primary subtag of a BCP 47 tag, lower case: `en-GB` and `EN` are both `en`. */
export function primaryLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}
