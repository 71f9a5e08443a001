import { describe, expect, it } from 'vitest';
import { generationOf, generationRank } from '../../src/domain/index';

describe('generationOf', () => {
  it('uses the Pew cut-offs at both ends of every generation', () => {
    expect(generationOf(1928)).toBe('silent');
    expect(generationOf(1945)).toBe('silent');
    expect(generationOf(1946)).toBe('baby-boomer');
    expect(generationOf(1964)).toBe('baby-boomer');
    expect(generationOf(1965)).toBe('gen-x');
    expect(generationOf(1980)).toBe('gen-x');
    expect(generationOf(1981)).toBe('millennial');
    expect(generationOf(1996)).toBe('millennial');
    expect(generationOf(1997)).toBe('gen-z');
    expect(generationOf(2012)).toBe('gen-z');
    expect(generationOf(2013)).toBe('gen-alpha');
  });

  it('puts everybody born before 1928 in the silent generation', () => {
    expect(generationOf(1910)).toBe('silent');
  });

  it('ranks younger generations higher', () => {
    expect(generationRank('silent')).toBe(0);
    expect(generationRank('gen-z') - generationRank('baby-boomer')).toBe(3);
    expect(generationRank('gen-alpha')).toBe(5);
  });
});
