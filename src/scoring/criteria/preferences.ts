import type { CriterionDefinition } from '../internal/CriterionDefinition';
import type { PreferredReason } from '../Reason';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { choiceEn, choicePl } from '../internal/ordinal';

/**
 * The value a side's list gives the person at 1-based rank `r` of a list of at most `n`
 * (`maxPreferences`) people: `(n − r + 1) / n` — 1 for a first choice, `1/n` for the last place
 * a list may have. A person not on the list gets 0.
 *
 * @internal
 */
export function rankValue(rank: number, n: number): number {
  return (n - rank + 1) / n;
}

/**
 * Ranked preferences: how much the two chose each other. Each side that ranked anybody gives
 * {@link rankValue} of the other person's rank on its list (0 when they are not on it); a side
 * that ranked nobody gives nothing. The criterion is the mean of the sides that gave a value, and
 * absent when neither side ranked anybody — a cohort without preferences scores as before. Reads
 * both sides' `preferences` and the programme's `maxPreferences`. Speaks with `preferred` (the
 * rank) for each side that has the other on its list, the mentee's choice first; those reasons
 * lead the pair's list.
 *
 * @internal
 */
export const preferences: CriterionDefinition = {
  leads: true,
  prepare: ({ cohort, mentorIndex, menteeIndex, mentors, mentees }) => {
    const n = cohort.programme.rules.maxPreferences;
    // Each person's ranks of the other side by index (1-based); undefined for an empty list.
    const ofMentee: Array<Map<number, number> | undefined> = new Array<undefined>(mentees.count);
    const ofMentor: Array<Map<number, number> | undefined> = new Array<undefined>(mentors.count);
    const ranking: number[] = [];
    cohort.mentees.forEach((mentee, e) => {
      if (mentee.preferences.length === 0) return;
      const ranks = new Map<number, number>();
      mentee.preferences.forEach((id, i) => {
        const m = mentorIndex.get(id);
        if (m !== undefined) ranks.set(m, i + 1);
      });
      ofMentee[e] = ranks;
    });
    cohort.mentors.forEach((mentor, m) => {
      if (mentor.preferences.length === 0) return;
      const ranks = new Map<number, number>();
      mentor.preferences.forEach((id, i) => {
        const e = menteeIndex.get(id);
        if (e !== undefined) ranks.set(e, i + 1);
      });
      ofMentor[m] = ranks;
      ranking.push(m);
    });
    const value = (ranks: Map<number, number>, other: number): number => {
      const r = ranks.get(other);
      return r === undefined ? 0 : rankValue(r, n);
    };
    const add = (
      e: number,
      m: number,
      mine: Map<number, number> | undefined,
      weight: number,
      num: Float64Array,
      den: Float64Array,
    ): void => {
      const theirs = ofMentor[m];
      if (mine === undefined && theirs === undefined) return;
      let sum = 0;
      let sides = 0;
      if (mine !== undefined) {
        sum += value(mine, m);
        sides++;
      }
      if (theirs !== undefined) {
        sum += value(theirs, e);
        sides++;
      }
      num[m] = (num[m] as number) + weight * (sum / sides);
      den[m] = (den[m] as number) + weight;
    };
    return (e, from, to, weight, num, den, blocked) => {
      const mine = ofMentee[e];
      if (mine !== undefined) {
        for (let m = from; m < to; m++) if (blocked[m] !== 1) add(e, m, mine, weight, num, den);
        return;
      }
      // A mentee who ranked nobody: only the mentors who ranked somebody have a value.
      for (const m of ranking) if (m >= from && m < to && blocked[m] !== 1) add(e, m, mine, weight, num, den);
    };
  },
  reasons: ({ cohort, mentor, mentee }) => {
    if (cohort.programme.weights.preferences <= 0) return [];
    const reasons: PreferredReason[] = [];
    const byMentee = mentee.preferences.indexOf(mentor.id);
    if (byMentee >= 0)
      reasons.push({
        kind: 'preferred',
        mentorId: mentor.id,
        menteeId: mentee.id,
        by: 'mentee',
        rank: byMentee + 1,
      });
    const byMentor = mentor.preferences.indexOf(mentee.id);
    if (byMentor >= 0)
      reasons.push({
        kind: 'preferred',
        mentorId: mentor.id,
        menteeId: mentee.id,
        by: 'mentor',
        rank: byMentor + 1,
      });
    return reasons;
  },
};

/** The `preferred` reason in English and Polish. @internal */
export const preferredMessages: ReasonMessages<'preferred'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return reason.by === 'mentee'
      ? `${mentor} is ${mentee}'s ${choiceEn(reason.rank)}`
      : `${mentee} is ${mentor}'s ${choiceEn(reason.rank)}`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return reason.by === 'mentee'
      ? `${mentor} — ${choicePl(reason.rank)} (${mentee})`
      : `${mentee} — ${choicePl(reason.rank)} (${mentor})`;
  },
};
