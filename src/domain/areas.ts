import type { AreaId } from './ids';

/**
 * Which way an area flows in reverse mentoring: `digital` areas are what mentors (digital natives)
 * teach; `experience` areas are what mentees (senior colleagues) give back.
 *
 * @category Domain
 */
export type AreaSide = 'digital' | 'experience';

/** A skill area with its labels. @category Domain */
export interface Area {
  readonly id: AreaId;
  readonly side: AreaSide;
  readonly label: { readonly en: string; readonly pl: string };
}

const area = (id: string, side: AreaSide, en: string, pl: string): Area => ({
  id: id as AreaId,
  side,
  label: { en, pl },
});

/**
 * The areas of the default catalogue. A cohort's catalogue may use other areas; those are labelled
 * by their id and count as `digital`.
 *
 * @category Domain
 */
export const DEFAULT_AREAS: ReadonlyArray<Area> = [
  area('technology', 'digital', 'technology', 'technologie'),
  area('social-media', 'digital', 'social media', 'media społecznościowe'),
  area('e-commerce', 'digital', 'e-commerce', 'handel elektroniczny'),
  area('software-tools', 'digital', 'software tools', 'narzędzia cyfrowe'),
  area('data-ai', 'digital', 'data & AI', 'dane i AI'),
  area('digital-services', 'digital', 'digital services', 'usługi cyfrowe'),
  area('leadership', 'experience', 'leadership', 'przywództwo'),
  area('strategy', 'experience', 'strategy', 'strategia'),
  area('industry', 'experience', 'industry knowledge', 'wiedza branżowa'),
  area('networking', 'experience', 'networking', 'budowanie relacji'),
  area('communication', 'experience', 'communication', 'komunikacja'),
];
