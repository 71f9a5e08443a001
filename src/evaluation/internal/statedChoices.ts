import type { PreparedCohort } from './prepareCohort';

/** The stated-choice figures of a {@link QualityReport}, each absent when nobody on its side stated preferences. @internal */
export interface StatedChoiceFigures {
  menteeStatedChoiceShare?: number;
  menteeFirstChoiceShare?: number;
  mentorStatedChoiceShare?: number;
  mentorFirstChoiceShare?: number;
}

/**
 * How people fared against the preferences they stated, over the effective pairs: among the
 * people of a side who stated preferences and take part (capacity above 0), the share who got at
 * least one of their stated choices, and the share who got their first choice. A side where
 * nobody stated preferences has no figures (absent, not 0): there is nothing to measure.
 *
 * @param partners - each mentee's effective pairs (mentor indices)
 * @internal
 */
export function statedChoices(
  p: PreparedCohort,
  partners: ReadonlyArray<ReadonlyArray<{ readonly m: number }>>,
): StatedChoiceFigures {
  const mentorsOf: number[][] = Array.from({ length: p.cols }, () => []);
  partners.forEach((list, e) => {
    for (const { m } of list) mentorsOf[m]?.push(e);
  });
  const side = (
    stated: PreparedCohort['statedByMentee'],
    capacity: Int32Array,
    got: (person: number) => ReadonlyArray<number>,
  ): { readonly stated: number; readonly first: number } | undefined => {
    let people = 0;
    let any = 0;
    let first = 0;
    stated.forEach((ranks, person) => {
      if (ranks === undefined || (capacity[person] as number) <= 0) return;
      people++;
      const theirs = got(person).map((other) => ranks.get(other));
      if (theirs.some((r) => r !== undefined)) any++;
      if (theirs.includes(0)) first++;
    });
    return people === 0 ? undefined : { stated: any / people, first: first / people };
  };
  const mentees = side(p.statedByMentee, p.menteeCapacity, (e) => (partners[e] ?? []).map(({ m }) => m));
  const mentors = side(p.statedByMentor, p.capacity, (m) => mentorsOf[m] ?? []);
  const figures: StatedChoiceFigures = {};
  if (mentees !== undefined) {
    figures.menteeStatedChoiceShare = mentees.stated;
    figures.menteeFirstChoiceShare = mentees.first;
  }
  if (mentors !== undefined) {
    figures.mentorStatedChoiceShare = mentors.stated;
    figures.mentorFirstChoiceShare = mentors.first;
  }
  return figures;
}
