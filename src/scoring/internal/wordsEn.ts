import type { Namer } from './namer';

/** The singular for 1, else the plural. @internal */
export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** Minutes as a reader counts them: `45 minutes`, `1 hour`, `1.5 hours`, `2 hours 10 minutes`. @internal */
export function minutesEn(minutes: number, name: Namer): string {
  if (minutes < 60) return `${name.number(minutes)} ${plural(minutes, 'minute', 'minutes')}`;
  if (minutes % 30 === 0) return `${name.number(minutes / 60)} ${plural(minutes / 60, 'hour', 'hours')}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${name.number(hours)} ${plural(hours, 'hour', 'hours')} ${name.number(rest)} ${plural(rest, 'minute', 'minutes')}`;
}
