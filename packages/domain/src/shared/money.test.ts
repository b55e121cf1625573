import { describe, expect, it } from 'vitest';
import { divideHalfUp, hectaresTimes, percentHalfUp, percentUp } from './money.ts';

describe('grosze arithmetic', () => {
  it('percent half up and up', () => {
    expect(percentHalfUp(101_000, 130)).toBe(131_300);
    expect(percentHalfUp(82_300, 130)).toBe(106_990);
    expect(percentHalfUp(1, 50)).toBe(1);
    expect(percentUp(70_099, 50)).toBe(35_050);
    expect(percentUp(70_098, 50)).toBe(35_049);
  });

  it('divides half up', () => {
    expect(divideHalfUp(100_000, 3)).toBe(33_333);
    expect(divideHalfUp(100_001, 3)).toBe(33_334);
    expect(divideHalfUp(5, 2)).toBe(3);
  });

  it('multiplies hectares without binary-fraction drift', () => {
    expect(hectaresTimes(1.5, 45_900)).toBe(68_850);
    expect(hectaresTimes(0.1, 45_900)).toBe(4_590);
    expect(hectaresTimes(2.3456, 45_900)).toBe(107_663); // 1076.6304 zł
    expect(hectaresTimes(0, 45_900)).toBe(0);
  });
});
