import { describe, expect, it } from 'vitest';
import { pluralPl } from '../../src/scoring/index';
import { orThrow } from '../../src/domain/orThrow';

const level = { one: 'poziom', few: 'poziomy', many: 'poziomów', fraction: 'poziomu' };

describe('pluralPl', () => {
  it('takes the singular for exactly one', () => {
    expect(orThrow(pluralPl(1, level))).toBe('poziom');
  });

  it('takes the "few" form for numbers ending in 2–4', () => {
    expect([2, 3, 4, 22, 23, 34, 102].map((n) => orThrow(pluralPl(n, level)))).toEqual(
      Array(7).fill('poziomy'),
    );
  });

  it('takes the "many" form for 0, 5–21 and the 12–14 exception', () => {
    expect([0, 5, 11, 12, 13, 14, 21, 25, 112, 111].map((n) => orThrow(pluralPl(n, level)))).toEqual(
      Array(10).fill('poziomów'),
    );
  });

  it('takes the fraction form for a fraction, else the "few" form', () => {
    expect(orThrow(pluralPl(2.5, level))).toBe('poziomu');
    expect(orThrow(pluralPl(1.5, { one: 'godzina', few: 'godziny', many: 'godzin' }))).toBe('godziny');
  });
});
