import { GENERATIONS, generationRank } from '../../domain/index';
import type { CriterionDefinition } from '../internal/CriterionDefinition';
import { saturate } from '../internal/constants';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { plural } from '../internal/wordsEn';
import { GENERATION, countPl } from '../internal/wordsPl';

/** A generation gap counts linearly up to this many generations, then saturates at 1. @internal */
export const GENERATION_SATURATION = 3;

/**
 * Generation gap: how many generations younger the mentor is than the mentee, saturating at
 * {@link GENERATION_SATURATION}. Reads both generations (given or derived from the birth year,
 * which never appears in a reason); absent when either is unknown. Speaks with
 * `bridges-generations` when the mentor is younger.
 *
 * @internal
 */
export const generationGap: CriterionDefinition = {
  prepare: ({ mentors, mentees }) => {
    const generation = mentors.generation;
    // A row saturates the gap to each generation once and a cell reads its value from this table
    // by the mentor's generation rank, without the branches of the saturation per pair.
    const value = new Float64Array(GENERATIONS.length);
    return (e, from, to, weight, num, den) => {
      const ge = mentees.generation[e] as number;
      if (ge < 0) return;
      for (let g = 0; g < value.length; g++) value[g] = saturate(g - ge, GENERATION_SATURATION);
      for (let m = from; m < to; m++) {
        const gm = generation[m] as number;
        if (gm < 0) continue;
        num[m] = (num[m] as number) + weight * (value[gm] as number);
        den[m] = (den[m] as number) + weight;
      }
    };
  },
  reasons: ({ cohort, mentor, mentee }) => {
    if (cohort.programme.weights.generationGap <= 0) return [];
    if (mentor.generation === undefined || mentee.generation === undefined) return [];
    const generations = generationRank(mentor.generation) - generationRank(mentee.generation);
    if (generations <= 0) return [];
    return [
      {
        kind: 'bridges-generations',
        mentorId: mentor.id,
        menteeId: mentee.id,
        mentorGeneration: mentor.generation,
        menteeGeneration: mentee.generation,
        generations,
      },
    ];
  },
};

/** The `bridges-generations` reason in English and Polish. @internal */
export const bridgesGenerationsMessages: ReasonMessages<'bridges-generations'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `${mentor} (${name.generation(reason.mentorGeneration)}) and ${mentee} (${name.generation(reason.menteeGeneration)}) are ${reason.generations} ${plural(reason.generations, 'generation', 'generations')} apart`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `${mentor} (${name.generation(reason.mentorGeneration)}) i ${mentee} (${name.generation(reason.menteeGeneration)}): ${countPl(name, reason.generations, GENERATION)} różnicy`;
  },
};
