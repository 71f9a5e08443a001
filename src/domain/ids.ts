import * as z from 'zod';

/** Control characters (C0, DEL, C1): never part of a name a person gave, often of an injection. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Half a UTF-16 surrogate pair: not a character at all, and not kept by a CSV or a terminal. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** What is left of a text when its invisible format characters (zero-width space, bidi marks, BOM) go. */
const VISIBLE = /[^\p{Cf}\s]/u;

/**
 * The text of an id: trimmed, then NFC-normalised — so that `Dąbrowski` typed with a precomposed
 * `ą` and with `a` + combining ogonek is one person, whom a duplicate then finds — and checked: not
 * empty, not made only of invisible characters (a zero-width space), with no control character
 * (NUL, ESC) and no lone surrogate, at most 200 characters.
 *
 * @internal
 */
const idText = z
  .string()
  .trim()
  .normalize('NFC')
  .min(1, 'an id must not be empty')
  .max(200, 'an id must be at most 200 characters')
  .refine((id) => VISIBLE.test(id), 'an id must have a visible character, not only invisible ones')
  .refine((id) => !CONTROL.test(id), 'an id must not contain a control character (such as NUL or ESC)')
  .refine((id) => !LONE_SURROGATE.test(id), 'an id must not contain half a character (a lone surrogate)');

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

/**
 * A display text (a name, a department, a programme's name): trimmed and NFC-normalised, so that
 * two spellings of one name print and compare the same; 1–200 characters.
 *
 * @internal
 */
export const displayTextSchema = z.string().trim().normalize('NFC').min(1).max(200);
