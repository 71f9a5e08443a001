import { absurd } from 'fp-ts/lib/function.js';
import { pluralPl } from '../../scoring/pluralPl';
import type { PairStatus } from '../PairStatus';
import type { StatusReason } from '../StatusReason';

/** How a message names a person by id. @internal */
export type NamePerson = (id: string) => string;

/** The status words, English and Polish. @internal */
export const STATUS_WORDS: Readonly<Record<'en' | 'pl', Readonly<Record<PairStatus, string>>>> = {
  en: { 'on-track': 'on track', 'needs-check-in': 'needs a check-in', 'at-risk': 'at risk', ended: 'ended' },
  pl: {
    'on-track': 'na dobrej drodze',
    'needs-check-in': 'wymaga rozmowy',
    'at-risk': 'zagrożona',
    ended: 'zakończona',
  },
};

const DAYS_PL = { one: 'dzień', few: 'dni', many: 'dni' };

/** A reason in English. @internal */
export function reasonEn(reason: StatusReason, name: NamePerson): string {
  switch (reason.kind) {
    case 'check-in-due':
    case 'no-session':
      return reason.lastSession === null
        ? `no session yet, ${reason.days} ${reason.days === 1 ? 'day' : 'days'} since the start`
        : `no session for ${reason.days} ${reason.days === 1 ? 'day' : 'days'} (the last on ${reason.lastSession})`;
    case 'low-ratings': {
      const [a, b] = reason.sessions;
      return `the last two sessions were rated low (${a.rating} on ${a.date}, ${b.rating} on ${b.date})`;
    }
    case 'repeated-cancellations':
      return `the ${reason.by} cancelled ${reason.cancelled} of the last ${reason.window} sessions`;
    case 'left':
      return `${name(reason.participantId)} left the organisation on ${reason.date}`;
    case 'ended-by-programme':
      return 'the programme ended the pair';
    default:
      return absurd(reason);
  }
}

/** A reason in Polish (impersonal forms, so no grammatical gender is guessed). @internal */
export function reasonPl(reason: StatusReason, name: NamePerson): string {
  switch (reason.kind) {
    case 'check-in-due':
    case 'no-session':
      return reason.lastSession === null
        ? `jeszcze bez spotkania, ${reason.days} ${pluralPl(reason.days, DAYS_PL)} od startu`
        : `brak spotkania od ${reason.days} ${pluralPl(reason.days, DAYS_PL)} (ostatnie ${reason.lastSession})`;
    case 'low-ratings': {
      const [a, b] = reason.sessions;
      return `dwie ostatnie sesje nisko ocenione (${a.rating} w dniu ${a.date}, ${b.rating} w dniu ${b.date})`;
    }
    case 'repeated-cancellations':
      return `${reason.cancelled} z ${reason.window} ostatnich spotkań odwołane przez ${reason.by === 'mentor' ? 'mentora' : 'mentee'}`;
    case 'left':
      return `${name(reason.participantId)}: odejście z organizacji ${reason.date}`;
    case 'ended-by-programme':
      return 'para zakończona decyzją programu';
    default:
      return absurd(reason);
  }
}
