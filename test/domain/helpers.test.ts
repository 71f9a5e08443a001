import { describe, expect, it } from 'vitest';
import { formatPath, isReverseMentoringError, orThrow, parseCohort } from '../../src/index';
import { compareIds, utcOffsetMinutes } from '../../src/domain/index';
import { left, right } from 'fp-ts/lib/Either.js';

describe('orThrow', () => {
  it('returns the value of a Right', () => {
    expect(orThrow(right(3))).toBe(3);
  });

  it('throws an error that carries the issues and is recognisable without instanceof', () => {
    let caught: unknown;
    try {
      orThrow(parseCohort(42));
    } catch (error) {
      caught = error;
    }
    expect(isReverseMentoringError(caught)).toBe(true);
    expect(isReverseMentoringError(new Error('other'))).toBe(false);
    if (!isReverseMentoringError(caught)) return;
    expect(caught.issues).toHaveLength(1);
    expect(caught.name).toBe('ReverseMentoringError');
    expect(caught.message).toMatch(/^1 issue:\n/);
  });

  it('wraps a single error value in an array', () => {
    // A plain JavaScript caller may hand over a Left of one issue (the types ask for a list).
    const one = left({ code: 'infeasible', message: 'no way', path: [] }) as never;
    expect(() => orThrow(one)).toThrow(/no way/);
  });
});

describe('formatPath', () => {
  it('writes a path as a reader would', () => {
    expect(orThrow(formatPath(['mentors', 3, 'skills', 'tiktok']))).toBe('mentors[3].skills.tiktok');
    expect(orThrow(formatPath(['programme', 'focus', 'a b']))).toBe('programme.focus["a b"]');
    expect(orThrow(formatPath([]))).toBe('(root)');
  });
});

describe('compareIds', () => {
  it('orders by code units, the same in every locale', () => {
    expect(['b', 'a', 'B', 'ą'].sort(compareIds)).toEqual(['B', 'a', 'b', 'ą']);
  });
});

describe('utcOffsetMinutes', () => {
  it('reads fixed offsets', () => {
    expect(utcOffsetMinutes('UTC')).toBe(0);
    expect(utcOffsetMinutes('UTC+02:00')).toBe(120);
    expect(utcOffsetMinutes('UTC-5')).toBe(-300);
    expect(utcOffsetMinutes('UTC+05:30')).toBe(330);
    expect(utcOffsetMinutes('UTC+15:00')).toBeUndefined();
  });

  it('reads IANA zones in standard (January) time', () => {
    expect(utcOffsetMinutes('Europe/Warsaw')).toBe(60);
    expect(utcOffsetMinutes('America/New_York')).toBe(-300);
    expect(utcOffsetMinutes('Asia/Kolkata')).toBe(330);
    expect(utcOffsetMinutes('Mars/Olympus')).toBeUndefined();
  });
});
