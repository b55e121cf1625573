import {
  calculateFamilyBenefits,
  type FamilyBenefitsCalculatorRequest,
} from '@ostoja/domain/family-benefits/calculator';
import { familyBenefitParametersOn } from '@ostoja/domain/family-benefits/parameters';
import * as claims from '../benefit-claims/service.ts';
import type * as repo from './repo.ts';

// The family's right in one month, computed from the stored application: shared by the decision
// (service.ts) and the changed right (amended-right.ts).

export const parameters = claims.parametersOrField(
  familyBenefitParametersOn,
  'validation.familyBenefits.noParameters',
);

/** The stored application as a calculator request for one month. */
function requestFor(a: repo.ApplicationRow, month: string): FamilyBenefitsCalculatorRequest {
  const index = new Map(a.members.map((m, i) => [m.personId, i]));
  return {
    periodStart: month,
    familyMonthlyIncome: a.familyMonthlyIncome,
    members: a.members.map(claims.calculatorMember),
    singleParent: a.singleParent,
    additions: a.additions.map((x) => ({
      kind: x.kind as FamilyBenefitsCalculatorRequest['additions'][number]['kind'],
      childIndex: index.get(x.personId)!,
    })),
  };
}

export const rightIn = (a: repo.ApplicationRow, month: string) =>
  calculateFamilyBenefits(parameters(month, 'submittedOn'), requestFor(a, month));
