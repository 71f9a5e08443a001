import type { Area } from '../areas';
import { closestName } from '../closestName';
import type { AreaId, SkillId } from '../ids';
import type { Skill } from '../skill';

/** How skills and areas are found by what people write: the id, or the label in English or Polish. @internal */
export interface SkillNames {
  /** The skill a text names exactly (id, label, either without regard to case and spacing). */
  readonly skill: (text: string) => SkillId | undefined;
  /** The area a text names exactly. */
  readonly area: (text: string) => AreaId | undefined;
  /** The skill a mistyped text probably means. */
  readonly suggestSkill: (text: string) => SkillId | undefined;
  /** The skill or area a mistyped focus probably means. */
  readonly suggestFocus: (text: string) => string | undefined;
}

/** `TikTok ads`, `tiktok_ads` and ` TIKTOK-ADS ` alike: lower case, runs of space, `_` and `-` as one `-`. */
function normal(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\s_-]+/g, '-');
}

function index<I extends string>(
  items: Iterable<{ readonly id: I; readonly label: { readonly en: string; readonly pl: string } }>,
): ReadonlyMap<string, I> {
  const list = [...items];
  const byName = new Map<string, I | null>();
  const add = (name: string, id: I): void => {
    const key = normal(name);
    const known = byName.get(key);
    // A name two entries share (a label used twice) names neither: null marks it ambiguous.
    byName.set(key, known === undefined || known === id ? id : null);
  };
  for (const item of list) add(item.id, item.id);
  for (const item of list) {
    add(item.label.en, item.id);
    add(item.label.pl, item.id);
  }
  return new Map([...byName].flatMap(([k, v]): Array<[string, I]> => (v === null ? [] : [[k, v]])));
}

/**
 * The names of the skills and areas of a catalogue, for resolving labels to ids and suggesting
 * the id a mistyped name means.
 *
 * @internal
 */
export function skillNames(
  catalog: ReadonlyMap<SkillId, Skill>,
  areas: ReadonlyMap<AreaId, Area>,
): SkillNames {
  const skills = index(catalog.values());
  const areaNames = index(areas.values());
  const suggest = <I extends string>(names: ReadonlyMap<string, I>, text: string): I | undefined => {
    const name = closestName(normal(text), [...names.keys()]);
    return name === undefined ? undefined : names.get(name);
  };
  return {
    skill: (text) => skills.get(normal(text)),
    area: (text) => areaNames.get(normal(text)),
    suggestSkill: (text) => suggest(skills, text),
    suggestFocus: (text) => suggest(skills, text) ?? suggest(areaNames, text),
  };
}
