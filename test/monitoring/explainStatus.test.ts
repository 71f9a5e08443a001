import { describe, expect, it } from 'vitest';
import type { IsoDate, MenteeId, MentorId } from '../../src/domain/index';
import {
  type PairReport,
  type StatusReason,
  assessProgramme,
  explainStatus,
  explainStatusReason,
} from '../../src/monitoring/index';
import { AS_OF, fixtureCohort, fixtureJournal, fixtureMatching } from './fixture';
import { orThrow } from '../../src/domain/orThrow';

const report = assessProgramme(fixtureCohort, fixtureMatching, fixtureJournal, { asOf: AS_OF });
const lines = (locale: 'en' | 'pl') =>
  report._tag === 'Right' ? report.right.pairs.map((p) => orThrow(explainStatus(p, { locale }))) : [];

const pair = (status: PairReport['status'], reasons: ReadonlyArray<StatusReason>) => ({
  mentorId: 'm-a' as MentorId,
  menteeId: 'e-a' as MenteeId,
  status,
  reasons,
});

describe('explainStatus', () => {
  it('writes one English line per pair: who, the status and why', () => {
    expect(lines('en')).toEqual([
      'm-a → e-a: on track',
      'm-b → e-b: needs a check-in — no session for 21 days (the last on 2027-01-11)',
      'm-c → e-c: at risk — the last two sessions were rated low (2 on 2027-01-18, 2 on 2027-01-25)',
      'm-a → e-d: at risk — the mentor cancelled 2 of the last 3 sessions',
      'm-b → e-e: ended — e-e left the organisation on 2027-01-20',
    ]);
  });

  it('writes the same in Polish, without guessing anybody’s grammatical gender', () => {
    expect(lines('pl')).toEqual([
      'm-a → e-a: na dobrej drodze',
      'm-b → e-b: wymaga rozmowy — brak spotkania od 21 dni (ostatnie 2027-01-11)',
      'm-c → e-c: zagrożona — dwie ostatnie sesje nisko ocenione (2 w dniu 2027-01-18, 2 w dniu 2027-01-25)',
      'm-a → e-d: zagrożona — 2 z 3 ostatnich spotkań odwołane przez mentora',
      'm-b → e-e: zakończona — e-e: odejście z organizacji 2027-01-20',
    ]);
  });

  it('names people from the cohort when given, by id otherwise', () => {
    expect(orThrow(explainStatus(pair('on-track', []), { cohort: fixtureCohort }))).toBe(
      'Ada → Ewa: on track',
    );
  });

  it('says when a pair has held no session yet, with Polish plural forms of days', () => {
    const silent = (days: number) =>
      pair('at-risk', [{ kind: 'no-session', days, lastSession: null, cadenceDays: 14 }]);
    expect(orThrow(explainStatus(silent(30)))).toBe(
      'm-a → e-a: at risk — no session yet, 30 days since the start',
    );
    expect(orThrow(explainStatus(silent(1), { locale: 'pl' }))).toBe(
      'm-a → e-a: zagrożona — jeszcze bez spotkania, 1 dzień od startu',
    );
    expect(orThrow(explainStatus(silent(22), { locale: 'pl' }))).toBe(
      'm-a → e-a: zagrożona — jeszcze bez spotkania, 22 dni od startu',
    );
  });

  it('joins several reasons with semicolons and explains an ending by the programme', () => {
    const both = pair('at-risk', [
      { kind: 'check-in-due', days: 18, lastSession: '2027-03-25' as IsoDate, cadenceDays: 14 },
      { kind: 'repeated-cancellations', by: 'mentee', cancelled: 2, window: 3 },
    ]);
    expect(orThrow(explainStatus(both))).toBe(
      'm-a → e-a: at risk — no session for 18 days (the last on 2027-03-25); the mentee cancelled 2 of the last 3 sessions',
    );
    expect(orThrow(explainStatus(pair('ended', [{ kind: 'ended-by-programme' }]), { locale: 'pl' }))).toBe(
      'm-a → e-a: zakończona — para zakończona decyzją programu',
    );
  });
});

describe('explainStatusReason', () => {
  it('says one reason without the pair and the status, as the line of explainStatus does after the dash', () => {
    if (report._tag !== 'Right') throw new Error('fixture report');
    for (const locale of ['en', 'pl'] as const) {
      for (const p of report.right.pairs) {
        const line = orThrow(explainStatus(p, { locale }));
        const reasons = p.reasons.map((r) => orThrow(explainStatusReason(r, { locale }))).join('; ');
        expect(p.reasons.length === 0 || line.endsWith(` — ${reasons}`)).toBe(true);
      }
    }
    expect(
      orThrow(
        explainStatusReason(
          { kind: 'check-in-due', days: 21, lastSession: '2027-01-11' as IsoDate, cadenceDays: 14 },
          { locale: 'pl' },
        ),
      ),
    ).toBe('brak spotkania od 21 dni (ostatnie 2027-01-11)');
  });
});
