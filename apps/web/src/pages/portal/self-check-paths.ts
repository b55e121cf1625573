import type { SelfCheck } from '@ostoja/domain/portal/content';

// Where each public self-check lives on the portal: the social assistance calculator (by the
// benefit), the family benefits one, and the portal's own checks at /portal/self-check/:kind.

/** The portal's own self-checks by the path segment a resident sees. */
export const PORTAL_CHECKS = {
  meals: 'meals',
  'food-aid': 'foodAid',
  'alimony-fund': 'alimonyFund',
  'housing-allowance': 'housingAllowance',
  'care-fee': 'careFee',
} as const satisfies Record<string, SelfCheck>;
export type PortalCheckPath = keyof typeof PORTAL_CHECKS;
export type PortalCheck = (typeof PORTAL_CHECKS)[PortalCheckPath];

export const isPortalCheckPath = (s: string | undefined): s is PortalCheckPath =>
  s !== undefined && Object.hasOwn(PORTAL_CHECKS, s);

/** The page of a self-check a form of help points to. */
export function selfCheckPath(check: SelfCheck): string {
  if (check === 'familyBenefits') return '/portal/family-self-check';
  const own = Object.entries(PORTAL_CHECKS).find(([, c]) => c === check)?.[0];
  return own ? `/portal/self-check/${own}` : `/portal/self-check?benefit=${check}`;
}
