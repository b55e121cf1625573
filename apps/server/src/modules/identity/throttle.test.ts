import { describe, expect, it } from 'vitest';
import { waitAfterFailure } from './throttle.ts';

describe('the wait after failed logins', () => {
  const limits = { loginLockSeconds: 30, loginLockMinutes: 15 };
  it('is free for the first failures, then doubles from the first wait up to the longest', () => {
    expect([1, 4, 5, 6, 7, 9, 10, 40, 5000].map((f) => waitAfterFailure(f, 5, limits))).toEqual([
      0, 0, 30, 60, 120, 480, 900, 900, 900,
    ]);
  });
});
