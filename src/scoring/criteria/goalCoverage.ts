import type { CriterionDefinition } from '../internal/CriterionDefinition';
import { LEVELS } from '../internal/constants';
import { foldGoals } from '../internal/foldGoals';

/**
 * Goal coverage: the share of the mentee's open goals (weighted by priority × focus) whose target
 * the mentor has reached. Reads the mentor's levels and the mentee's open goals; absent when the
 * mentee has no open goal. It speaks through skill gain's `teaches` reasons (the goals it counts
 * are among them), so it has no reason of its own.
 *
 * @internal
 */
export const goalCoverage: CriterionDefinition = {
  prepare: (tables) => {
    const { mentees } = tables;
    const goals = mentees.goalSkill.length;
    // `covers[g * LEVELS + b]`: the goal's weight when a mentor at level b has reached its target,
    // else 0 (adding 0 leaves a sum unchanged to the bit); summed in the goals' canonical order.
    const covers = new Float64Array(goals * LEVELS);
    for (let g = 0; g < goals; g++)
      covers.fill(
        mentees.goalWeight[g] as number,
        g * LEVELS + (mentees.goalTarget[g] as number),
        (g + 1) * LEVELS,
      );
    const covered = new Float64Array(tables.mentors.count);
    return (e, from, to, weight, num, den) => {
      if (!foldGoals(tables, covers, true, e, from, to, covered)) return;
      const total = mentees.goalTotal[e] as number;
      for (let m = from; m < to; m++) {
        num[m] = (num[m] as number) + weight * ((covered[m] as number) / total);
        den[m] = (den[m] as number) + weight;
      }
    };
  },
  reasons: () => [],
};
