import * as z from 'zod';

const idText = z
  .string()
  .trim()
  .min(1, 'an id must not be empty')
  .max(200, 'an id must be at most 200 characters');

/** The id of a mentor: a digital native who teaches. @category Domain */
export const mentorIdSchema = idText.brand<'MentorId'>();
/** The id of a mentor; not interchangeable with a {@link MenteeId}. @category Domain */
export type MentorId = z.output<typeof mentorIdSchema>;

/** The id of a mentee: a senior colleague who learns. @category Domain */
export const menteeIdSchema = idText.brand<'MenteeId'>();
/** The id of a mentee; not interchangeable with a {@link MentorId}. @category Domain */
export type MenteeId = z.output<typeof menteeIdSchema>;

/** The id of anybody in the organisation (a participant or a manager outside the cohort). @category Domain */
export const personIdSchema = idText.brand<'PersonId'>();
/** The id of anybody in the organisation, as used by the reporting line. @category Domain */
export type PersonId = z.output<typeof personIdSchema>;

/** The id of a skill in the catalogue (`tiktok-ads`). @category Domain */
export const skillIdSchema = idText.brand<'SkillId'>();
/** The id of a skill in the catalogue. @category Domain */
export type SkillId = z.output<typeof skillIdSchema>;

/** The id of a skill area (`social-media`). @category Domain */
export const areaIdSchema = idText.brand<'AreaId'>();
/** The id of a skill area. @category Domain */
export type AreaId = z.output<typeof areaIdSchema>;
