import type { MenteeId, MentorId } from '../../domain/index';
import { whyNot as explainWhyNot } from '../../matching/index';
import { left, right } from 'fp-ts/lib/Either.js';
import { defineCommand } from '../command';
import type { InputIssue } from '../io/InputIssue';
import { formatJson } from '../output/formatJson';
import { TEXT_WIDTH } from '../report/renderMatching';
import { renderWhyNot } from '../report/renderWhyNot';
import { matchIssue } from './internal/matchIssue';
import { matchWithProgress } from './internal/matchWithProgress';
import {
  audienceOption,
  cohortFileArgument,
  formatOption,
  localeOption,
  objectiveOption,
  outOption,
  participantJsonIssue,
  programmeOption,
  inputOf,
  inputOptions,
} from './internal/options';
import { runOnCohort } from './internal/runOnCohort';
import { findPerson } from './internal/findPerson';

/**
 * `why-not <file> --mentor ID|NAME --mentee ID|NAME`: matches the cohort, then says why the two are not a
 * pair — the hard rule that blocks them, a score under the threshold, a pin, or what forcing the
 * pair would cost and whose partner would change. When they are a pair it says so (exit 0).
 * `--format json` prints the library's `WhyNot`. `--audience participant` answers the person
 * asking: a veto reads "not available for this pairing", never who vetoed whom.
 *
 * @category CLI
 */
export const whyNot = defineCommand({
  name: 'why-not',
  summary: 'Explain why a mentor and a mentee were not paired, or what pairing them would cost.',
  usage:
    'why-not <file> --mentor ID|NAME --mentee ID|NAME [--programme FILE] [--objective max-total|max-matched|fairest] [--format table|json] [--locale en|pl] [--audience programme|participant] [--out FILE]',
  examples: [
    'reverse-mentoring why-not cohort.json --mentor m-nowak --mentee e-lewandowska',
    'reverse-mentoring why-not cohort.json --mentor m-krol --mentee e-hughes --format json',
    'reverse-mentoring why-not cohort.json --mentor m-nowak --mentee e-lewandowska --audience participant',
  ],
  options: {
    mentor: {
      type: 'string',
      valueName: 'ID',
      required: true,
      description: 'the mentor: an id, or a name that only one mentor has',
    },
    mentee: {
      type: 'string',
      valueName: 'ID',
      required: true,
      description: 'the mentee: an id, or a name that only one mentee has',
    },
    programme: programmeOption,
    ...inputOptions,
    objective: objectiveOption,
    format: formatOption(['table', 'json']),
    locale: localeOption,
    audience: audienceOption,
    out: outOption,
  },
  positionals: [cohortFileArgument],
  run: async ({ values, positionals }, io) =>
    runOnCohort(io, { file: positionals[0] ?? '-', ...inputOf(values), out: values.out }, ({ cohort }) => {
      const wrong = participantJsonIssue(values.audience, values.format);
      if (wrong !== undefined) return left([wrong]);
      const mentor = findPerson(values.mentor, 'mentor', cohort);
      const mentee = findPerson(values.mentee, 'mentee', cohort);
      if (mentor._tag === 'Left' || mentee._tag === 'Left') {
        const unknown: InputIssue[] = [];
        if (mentor._tag === 'Left') unknown.push(mentor.left);
        if (mentee._tag === 'Left') unknown.push(mentee.left);
        return left(unknown);
      }
      const mentorId = mentor.right as MentorId;
      const menteeId = mentee.right as MenteeId;
      const options = { objective: values.objective };
      const matching = matchWithProgress(io, cohort, options, values.programme);
      if (matching._tag === 'Left') return matching;
      const answer = explainWhyNot(cohort, matching.right, mentorId, menteeId, options);
      if (answer._tag === 'Left') return left(answer.left.map((e) => matchIssue(e, values.programme)));
      if (values.format === 'json') return right(formatJson(answer.right));
      const width = (values.out === undefined ? io.columns : undefined) ?? TEXT_WIDTH;
      return right(
        renderWhyNot(
          answer.right,
          { mentorId, menteeId, matching: matching.right, cohort, audience: values.audience },
          values.locale,
          width,
        ),
      );
    }),
});
