import { familyBenefitsApi } from '../../api/family-benefits.ts';
import { claimModule } from './claim-module.ts';

// Family benefits' screens: reads cached by TanStack Query, path, permissions and strings.
export const familyBenefits = claimModule({
  name: 'familyBenefits',
  path: '/family-benefits',
  strings: 'fb',
  api: familyBenefitsApi,
  tone: (s) => (s === 'decided' ? 'ok' : s === 'incomplete' ? 'due-soon' : 'neutral'),
});
