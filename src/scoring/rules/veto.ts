import type { RuleDefinition } from '../internal/RuleDefinition';
import type { ReasonMessages } from '../internal/ReasonMessages';

/**
 * A participant's veto: a pair is never made when the mentor lists the mentee in `vetoes`, or the
 * mentee the mentor. Always on (a veto is the participant's word, not a programme setting); reads
 * both sides' `vetoes` only. Its label and reason are for the programme manager: a participant
 * reads a veto as the neutral `participantLabel` (see `Audience`).
 *
 * @internal
 */
export const veto: RuleDefinition<'veto'> = {
  label: { en: 'vetoed', pl: 'weto' },
  participantLabel: { en: 'not available for this pairing', pl: 'para niedostępna' },
  prepare: ({ cohort, mentorIndex, menteeIndex, mentees }) => {
    const vetoes = (person: { readonly vetoes: ReadonlyArray<unknown> }): boolean => person.vetoes.length > 0;
    if (!cohort.mentees.some(vetoes) && !cohort.mentors.some(vetoes)) return undefined;
    // For each mentee, the mentors of every veto between the two, whoever gave it.
    const listed: number[][] = Array.from({ length: mentees.count }, () => []);
    cohort.mentees.forEach((mentee, e) => {
      for (const id of mentee.vetoes) {
        const m = mentorIndex.get(id);
        if (m !== undefined) (listed[e] as number[]).push(m);
      }
    });
    cohort.mentors.forEach((mentor, m) => {
      for (const id of mentor.vetoes) {
        const e = menteeIndex.get(id);
        if (e !== undefined) (listed[e] as number[]).push(m);
      }
    });
    return {
      mark: (e, from, to, blocked) => {
        for (const m of listed[e] ?? []) if (m >= from && m < to) blocked[m] = 1;
      },
      reason: (_e, _m, { mentor, mentee }) => {
        const byMentor = mentor.vetoes.includes(mentee.id);
        const byMentee = mentee.vetoes.includes(mentor.id);
        return {
          kind: 'veto',
          mentorId: mentor.id,
          menteeId: mentee.id,
          by: byMentor && byMentee ? 'both' : byMentor ? 'mentor' : 'mentee',
        };
      },
    };
  },
};

/** The `veto` reason in English and Polish. @internal */
export const vetoMessages: ReasonMessages<'veto'> = {
  en: (reason, name, audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    if (audience === 'participant') return `${mentor} and ${mentee} are not available for this pairing`;
    return reason.by === 'both'
      ? `${mentor} and ${mentee} each vetoed the other`
      : reason.by === 'mentor'
        ? `${mentor} (the mentor) vetoed ${mentee}`
        : `${mentee} (the mentee) vetoed ${mentor}`;
  },
  pl: (reason, name, audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    if (audience === 'participant') return `para ${mentor} – ${mentee} jest niedostępna`;
    return reason.by === 'both'
      ? `weto obu stron: ${mentor} i ${mentee}`
      : reason.by === 'mentor'
        ? `weto mentora: ${mentor} nie chce pary z: ${mentee}`
        : `weto podopiecznego: ${mentee} nie chce pary z: ${mentor}`;
  },
};
