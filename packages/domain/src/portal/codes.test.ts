import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH, formatCode, newSecretCode, normaliseCode } from './codes.ts';

describe('secret codes for residents', () => {
  it('are 12 characters of Crockford base32 (no I, L, O, U) and differ every time', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newSecretCode()));
    expect(codes.size).toBe(2000);
    for (const c of codes) {
      expect(c).toHaveLength(CODE_LENGTH);
      expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
    }
    expect(CODE_ALPHABET).toHaveLength(32);
  });

  it('use every character of the alphabet evenly (byte & 31 is unbiased)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++)
      for (const ch of newSecretCode()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 48 000 characters / 32 = 1500 each; a biased generator would be far off.
    for (const n of counts.values()) expect(Math.abs(n - 1500)).toBeLessThan(250);
  });

  it('map random bytes deterministically', () => {
    const bytes = Uint8Array.from([0, 1, 31, 32, 255, 10, 17, 18, 20, 27, 28, 29]);
    expect(newSecretCode(12, () => bytes)).toBe('01Z0ZAHJMVWX');
  });

  it('are printed in groups of four', () => {
    expect(formatCode('K7QM2XRT9HDP')).toBe('K7QM-2XRT-9HDP');
  });

  it('accept what residents type: any case, spaces, dashes, O for 0, I and L for 1', () => {
    expect(normaliseCode('k7qm-2xrt-9hdp')).toBe('K7QM2XRT9HDP');
    expect(normaliseCode(' K7QM 2XRT 9HDP ')).toBe('K7QM2XRT9HDP');
    expect(normaliseCode('O1IL-0000-0000')).toBe('011100000000');
  });

  it('refuse what cannot be a code', () => {
    expect(normaliseCode('K7QM-2XRT')).toBeNull();
    expect(normaliseCode('K7QM-2XRT-9HDPX')).toBeNull();
    expect(normaliseCode('K7QM-2XRT-9HDU')).toBeNull();
    expect(normaliseCode('K7QM-2XRT-9HD!')).toBeNull();
    expect(normaliseCode('')).toBeNull();
  });
});
