import type { ExplanationStep } from '@ostoja/domain/benefits/explanation';
import {
  type CreateHealthCareDecision,
  type HealthCareDecisionQuery,
  periodSteps,
  withinCriterion,
} from '@ostoja/domain/health-care/decision';
import { healthRightPeriod } from '@ostoja/domain/health-care/entitlement';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { fieldError } from '../../http/errors.ts';
import { nextDecisionNumber } from '../../shared/register.ts';
import { signer } from '../benefit-claims/service.ts';
import { personVisible } from '../registry/access.ts';
import { personRegister } from '../registry/person-register.ts';
import { incomeOf } from '../services/service.ts';
import * as repo from './repo.ts';

// Decisions confirming an uninsured resident's right to health care for 90 days (art. 54 of the
// health-care act): the art. 8 ups income test on the application's home visit, the period by the
// rule in the domain, the decision register. Each use case runs in the route's one transaction.

const ENTITY = 'healthCareDecision';

const view = (d: repo.DecisionRow) => {
  const { sex: _, applicationId: __, decidedBy: ___, ...rest } = d;
  return { ...rest, steps: d.steps as ExplanationStep[] };
};

const register = personRegister(ENTITY, repo.listDecisions, repo.findDecision, (d) => d.decidedOn, view);

export const listDecisions = (ctx: StaffContext, query: z.output<typeof HealthCareDecisionQuery>) =>
  register.page(ctx, { personId: query.personId ?? null, current: query.current === 'true' }, query);

/** The decision as stored, within the actor's scope (a sealed person answers as missing). */
export const decisionRow = register.row;

export const getDecision = async (ctx: StaffContext, id: string) => view(await decisionRow(ctx, id));

/**
 * Art. 54 of the health-care act: the right for 90 days from the application (or the first day of
 * emergency care), ending the day before insurance, for income within the art. 8 ups criterion —
 * otherwise a refusal. A clinic reads the end date, so a new grant never confirms a right already over.
 */
export async function decide(ctx: StaffContext, input: z.output<typeof CreateHealthCareDecision>) {
  if (!(await personVisible(ctx.q, ctx.actor, input.personId)))
    throw fieldError('personId', 'validation.shelters.unknownPerson');
  const income = await incomeOf(ctx, input);
  await signer(ctx);
  const period = healthRightPeriod(input);
  if (!period) throw fieldError('insuredFrom', 'validation.healthCare.alreadyInsured');
  const test = withinCriterion({
    income: income.hi.income,
    size: income.hi.size,
    criterionSingle: income.period.criterionSingle,
    criterionPerPerson: income.period.criterionPerPerson,
  });
  const grant = test.within;
  if (grant && period.to < todayInPoland())
    throw fieldError(
      input.basis === 'emergencyCare' ? 'careStartedOn' : 'appliedOn',
      `validation.healthCare.rightEnded?to=${period.to}`,
    );
  const number = await nextDecisionNumber(ctx.q, input.decidedOn);
  const id = await repo.insertDecision(
    ctx.q,
    {
      number,
      personId: input.personId,
      applicationId: income.app.id,
      wywiadId: income.wywiad.id,
      outcome: grant ? 'grant' : 'refuse',
      basis: input.basis,
      appliedOn: input.appliedOn,
      careStartedOn: input.careStartedOn,
      insuredFrom: input.insuredFrom,
      decidedOn: input.decidedOn,
      rightFrom: grant ? period.from : null,
      rightTo: grant ? period.to : null,
      endedByInsurance: grant && period.endedByInsurance,
      incomeGrosze: income.hi.income,
      criterionGrosze: test.limit,
      steps: [...income.steps, ...test.steps, ...(grant ? periodSteps(period) : [])],
    },
    ctx.actor.id,
  );
  await ctx.audit({
    action: 'create',
    entity: ENTITY,
    entityId: id,
    details: { number, outcome: grant ? 'grant' : 'refuse' },
    persons: [input.personId],
  });
  return getDecision(ctx, id);
}
