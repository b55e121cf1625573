import { ClaimList } from './claim-screens.tsx';
import { familyBenefits } from './queries.ts';

/** The family benefit applications, newest first. */
export function ApplicationsPage() {
  return <ClaimList m={familyBenefits} />;
}
