import * as z from 'zod';
import { generationSchema, prioritySchema } from '../domain/index';
import type { Reason } from './Reason';

const text = z.string();
const count = z.number();
const ids = { mentorId: text, menteeId: text };
const levels = {
  skill: text,
  mentorLevel: count,
  menteeLevel: count,
  target: count,
  priority: prioritySchema,
};

/**
 * What each kind of reason carries, as {@link explain} reads it: one schema per kind (the type
 * makes a kind without one a compile error), so that a reason from plain JavaScript with a
 * missing or mistyped field is an issue at that field, never "undefined" in a sentence.
 */
const REASON_SHAPES: { readonly [K in Reason['kind']]: z.ZodObject } = {
  teaches: z.object({ kind: z.literal('teaches'), ...ids, ...levels }),
  'learns-back': z.object({ kind: z.literal('learns-back'), ...ids, ...levels }),
  'bridges-generations': z.object({
    kind: z.literal('bridges-generations'),
    ...ids,
    mentorGeneration: generationSchema,
    menteeGeneration: generationSchema,
    generations: count,
  }),
  'bridges-grades': z.object({
    kind: z.literal('bridges-grades'),
    ...ids,
    mentorGrade: count,
    menteeGrade: count,
    grades: count,
  }),
  'cross-department': z.object({
    kind: z.literal('cross-department'),
    ...ids,
    mentorDepartment: text,
    menteeDepartment: text,
  }),
  'shared-language': z.object({ kind: z.literal('shared-language'), ...ids, languages: z.array(text) }),
  'time-zone': z.object({
    kind: z.literal('time-zone'),
    ...ids,
    overlapHours: count,
    mentorTimeZone: text,
    menteeTimeZone: text,
  }),
  'shared-availability': z.object({
    kind: z.literal('shared-availability'),
    ...ids,
    overlapMinutes: count,
    mentorWindow: text.optional(),
    menteeWindow: text.optional(),
  }),
  preferred: z.object({
    kind: z.literal('preferred'),
    ...ids,
    by: z.enum(['mentor', 'mentee']),
    rank: count,
  }),
  excluded: z.object({ kind: z.literal('excluded'), ...ids }),
  previous: z.object({ kind: z.literal('previous'), ...ids }),
  veto: z.object({ kind: z.literal('veto'), ...ids, by: z.enum(['mentor', 'mentee', 'both']) }),
  'reporting-line': z.object({
    kind: z.literal('reporting-line'),
    ...ids,
    above: z.enum(['mentor', 'mentee']),
    levels: count,
    maxLevels: count,
  }),
  direction: z.object({
    kind: z.literal('direction'),
    ...ids,
    mentorGrade: count,
    menteeGrade: count,
    minGradeGap: count,
    mentorGeneration: generationSchema.optional(),
    menteeGeneration: generationSchema.optional(),
  }),
  language: z.object({
    kind: z.literal('language'),
    ...ids,
    mentorLanguages: z.array(text),
    menteeLanguages: z.array(text),
  }),
  'same-department': z.object({ kind: z.literal('same-department'), ...ids, department: text }),
  'no-skill-gain': z.object({ kind: z.literal('no-skill-gain'), ...ids, goals: z.array(text) }),
  availability: z.object({
    kind: z.literal('availability'),
    ...ids,
    overlapMinutes: count,
    minOverlapMinutes: count,
  }),
};

/**
 * One {@link Reason} as plain JavaScript may pass it: discriminated by `kind`, every field the
 * messages of that kind read.
 *
 * @internal
 */
export const reasonSchema = z.discriminatedUnion(
  'kind',
  Object.values(REASON_SHAPES) as unknown as [z.ZodObject, ...z.ZodObject[]],
);
