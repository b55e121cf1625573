import type { Config } from '../../config.ts';

type Limits = Pick<Config, 'loginLockSeconds' | 'loginLockMinutes'>;

/**
 * Seconds to wait after the `failures`-th failure in a streak whose first `after` failures are
 * free: the first wait is loginLockSeconds, each further failure doubles it, up to loginLockMinutes.
 */
export function waitAfterFailure(failures: number, after: number, limits: Limits): number {
  if (failures < after) return 0;
  const cap = limits.loginLockMinutes * 60;
  // 2^20 already exceeds any cap; bounding the exponent keeps the number finite.
  return Math.min(cap, limits.loginLockSeconds * 2 ** Math.min(20, failures - after));
}
