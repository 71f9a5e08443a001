/**
 * What an HR export writes for "nothing" made absent, before the shape check: a field that is
 * `null` or blank text, at any depth (an array's own items stay, for the shape check to judge).
 * Entries, not spreads, so that a key such as `__proto__` stays an own key of the copy.
 *
 * @internal
 */
export function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, item]): Array<[string, unknown]> =>
      item === null || (typeof item === 'string' && item.trim() === '') ? [] : [[key, withoutBlanks(item)]],
    ),
  );
}

/**
 * The top of the hierarchy needs no invented boss: a participant whose `managerId` is a marker
 * (`NO_MGR`, compared without case) or their own id has no manager, and so has an entry of
 * `managers` that says so.
 *
 * @internal
 */
export function withoutTopMarkers(
  record: Readonly<Record<string, unknown>>,
  markers: ReadonlyArray<string>,
): Readonly<Record<string, unknown>> {
  const marks = new Set(markers.map((m) => m.trim().toLowerCase()));
  const isTop = (manager: unknown, self: unknown): boolean =>
    typeof manager === 'string' &&
    (marks.has(manager.trim().toLowerCase()) || (typeof self === 'string' && manager.trim() === self.trim()));
  const people = (list: unknown): unknown =>
    Array.isArray(list)
      ? list.map((person: unknown) => {
          if (typeof person !== 'object' || person === null || !('managerId' in person)) return person;
          const { managerId, ...rest } = person as Readonly<Record<string, unknown>>;
          return isTop(managerId, rest.id) ? rest : person;
        })
      : list;
  const managers = record.managers;
  return {
    ...record,
    ...('mentors' in record ? { mentors: people(record.mentors) } : {}),
    ...('mentees' in record ? { mentees: people(record.mentees) } : {}),
    ...(typeof managers === 'object' && managers !== null && !Array.isArray(managers)
      ? { managers: Object.fromEntries(Object.entries(managers).filter(([who, boss]) => !isTop(boss, who))) }
      : {}),
  };
}
