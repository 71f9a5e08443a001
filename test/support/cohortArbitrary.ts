import fc from 'fast-check';
import type { CohortInput, MenteeInput, MentorInput } from '../../src/domain/index';
import { DEFAULT_CATALOG } from '../../src/domain/index';

const skillIds = DEFAULT_CATALOG.map((s) => s.id as string);

const skills = fc.dictionary(fc.constantFrom(...skillIds), fc.integer({ min: 0, max: 5 }), { maxKeys: 6 });
const goals = fc.uniqueArray(
  fc.record({
    skill: fc.constantFrom(...skillIds),
    priority: fc.constantFrom('high', 'medium', 'low'),
    target: fc.integer({ min: 1, max: 5 }),
  }),
  { selector: (g) => g.skill, maxLength: 4 },
);
const two = (n: number): string => String(n).padStart(2, '0');
const clock = (minutes: number): string => `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
/**
 * Weekly windows on a 15-minute grid over three days (Monday, Tuesday and Sunday, so that windows
 * meet across the week's end and across time zones), up to ten hours long, some ending at 24:00.
 */
const window = fc
  .record({
    day: fc.constantFrom('mon', 'tue', 'sun', 'Monday', 'SUN'),
    start: fc.integer({ min: 0, max: 95 }),
    length: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ day, start, length }) => `${day} ${clock(start * 15)}-${clock(Math.min(96, start + length) * 15)}`);
export const availabilityArbitrary = fc.array(window, { maxLength: 3 });

const person = fc.record(
  {
    name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
    birthYear: fc.integer({ min: 1940, max: 2008 }),
    grade: fc.integer({ min: 0, max: 10 }),
    department: fc.constantFrom('it', 'hr', 'sales', 'risk', 'marketing'),
    languages: fc.subarray(['pl', 'en', 'de'], { minLength: 1 }),
    timeZone: fc.constantFrom(
      'Europe/Warsaw',
      'Europe/London',
      'UTC+02:00',
      'America/New_York',
      'Asia/Tokyo',
      'UTC-03:30',
    ),
    availability: availabilityArbitrary,
    skills,
    goals,
  },
  { requiredKeys: ['grade', 'skills', 'goals'] },
);

/** Options of {@link cohortArbitrary}. */
export interface CohortArbitraryOptions {
  readonly maxMentors?: number;
  readonly maxMentees?: number;
  readonly minMentors?: number;
  readonly minMentees?: number;
  readonly maxCapacity?: number;
}

/**
 * Valid cohort inputs: unique ids (ids may be `__proto__` or `constructor`), known skills,
 * managers inside the cohort without cycles (each person's manager comes earlier in the list),
 * pairs that name real people, pins within capacity.
 */
export function cohortArbitrary(options: CohortArbitraryOptions = {}): fc.Arbitrary<CohortInput> {
  const { maxMentors = 6, maxMentees = 6, minMentors = 0, minMentees = 0, maxCapacity = 3 } = options;
  return fc
    .record({
      mentors: fc.array(fc.tuple(person, fc.integer({ min: 0, max: maxCapacity })), {
        minLength: minMentors,
        maxLength: maxMentors,
      }),
      mentees: fc.array(person, { minLength: minMentees, maxLength: maxMentees }),
      special: fc.boolean(),
      managerSeeds: fc.array(fc.nat(), { maxLength: 16 }),
      pairSeeds: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(0, 1, 2)), { maxLength: 6 }),
      direction: fc.constantFrom('reverse', 'any'),
      requireSharedLanguage: fc.boolean(),
      excludeReportingLine: fc.integer({ min: 0, max: 3 }),
      minScore: fc.constantFrom(0, 0.05, 0.2),
    })
    .map((draw): CohortInput => {
      const mentorIds = draw.mentors.map((_, i) => (draw.special && i === 0 ? '__proto__' : `m${i}`));
      const menteeIds = draw.mentees.map((_, i) => (draw.special && i === 0 ? 'constructor' : `e${i}`));
      const everyone = [...mentorIds, ...menteeIds];
      const managerOf = (index: number): string | undefined => {
        const seed = draw.managerSeeds[index];
        return seed === undefined || index === 0 || seed % 3 === 0 ? undefined : everyone[seed % index];
      };
      const mentors: MentorInput[] = draw.mentors.map(([p, capacity], i) => {
        const managerId = managerOf(i);
        return { ...p, id: mentorIds[i] ?? '', capacity, ...(managerId === undefined ? {} : { managerId }) };
      });
      const mentees: MenteeInput[] = draw.mentees.map((p, i) => {
        const managerId = managerOf(mentorIds.length + i);
        return { ...p, id: menteeIds[i] ?? '', ...(managerId === undefined ? {} : { managerId }) };
      });
      const excludedPairs: [string, string][] = [];
      const pinnedPairs: [string, string][] = [];
      const previousPairs: [string, string][] = [];
      const pinsLeft = new Map(mentors.map((m) => [m.id, m.capacity ?? 1]));
      const pinnedMentees = new Set<string>();
      const used = new Set<string>();
      for (const [a, b, list] of draw.pairSeeds) {
        const mentor = mentorIds.length > 0 ? mentorIds[a % mentorIds.length] : undefined;
        const mentee = menteeIds.length > 0 ? menteeIds[b % menteeIds.length] : undefined;
        if (mentor === undefined || mentee === undefined) continue;
        const key = `${mentor}\u0000${mentee}`;
        if (used.has(key)) continue;
        used.add(key);
        if (list === 0) excludedPairs.push([mentor, mentee]);
        else if (list === 2) previousPairs.push([mentor, mentee]);
        else if ((pinsLeft.get(mentor) ?? 0) > 0 && !pinnedMentees.has(mentee)) {
          pinnedPairs.push([mentor, mentee]);
          pinsLeft.set(mentor, (pinsLeft.get(mentor) ?? 0) - 1);
          pinnedMentees.add(mentee);
        }
      }
      return {
        programme: {
          name: 'Generated',
          focus: { 'social-media': 2, 'e-commerce': 1.5 },
          rules: {
            direction: draw.direction,
            requireSharedLanguage: draw.requireSharedLanguage,
            excludeReportingLine: draw.excludeReportingLine,
            minScore: draw.minScore,
            excludedPairs,
            pinnedPairs,
            previousPairs,
          },
        },
        mentors,
        mentees,
      };
    });
}
