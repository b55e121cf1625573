import { renderExplanation } from '@ostoja/domain/benefits/explanation';
import {
  type LegalParameterPeriod,
  type LegalParameterPeriodInput,
  parametersOn,
} from '@ostoja/domain/benefits/legal-parameters';
import type { LocalResolutionInput } from '@ostoja/domain/benefits/local-resolutions';
import { type CalculatorRequest, calculateSocialAssistance } from '@ostoja/domain/benefits/self-check';
import type { z } from 'zod';
import type { RequestContext, StaffContext } from '../../http/context.ts';
import { conflict, fieldError } from '../../http/errors.ts';
import * as repo from './repo.ts';

// The public calculator answers thousands of requests a second from an in-process copy of the
// periods, refreshed every PERIODS_TTL_MS: a period an administrator adds on another instance is
// in force there within that time (periods are entered ahead of their validFrom in practice),
// and at once on the instance that added it.
const PERIODS_TTL_MS = 10_000;
let cached: { at: number; periods: LegalParameterPeriod[] } | null = null;

async function periods(q: RequestContext['q']) {
  if (!cached || Date.now() - cached.at > PERIODS_TTL_MS)
    cached = { at: Date.now(), periods: await repo.listPeriods(q) };
  return cached.periods;
}

/** The public self-check: statutory amounts for the period in force on the given date. */
export async function calculate(ctx: RequestContext, r: CalculatorRequest) {
  const period = parametersOn(await periods(ctx.q), r.date);
  if (!period) {
    const from = await repo.earliestValidFrom(ctx.q);
    throw fieldError('date', `validation.benefits.noParameters?from=${from ?? '—'}`);
  }
  const { steps, ...answer } = calculateSocialAssistance(period, r);
  return {
    eligible: answer.eligible,
    amount: answer.amount,
    criterion: answer.criterion,
    incomePerPerson: answer.incomePerPerson,
    ...(answer.maximumAmount !== undefined ? { maximumAmount: answer.maximumAmount } : {}),
    explanation: renderExplanation(steps, ctx.locale),
  };
}

export async function listPeriods(ctx: StaffContext) {
  return { items: await repo.listPeriods(ctx.q) };
}

export async function createPeriod(ctx: StaffContext, input: z.output<typeof LegalParameterPeriodInput>) {
  if (await repo.periodExists(ctx.q, input.validFrom))
    throw conflict('periodExists', 'error.conflict', [
      { path: 'validFrom', message: 'validation.benefits.periodExists' },
    ]);
  await repo.insertPeriod(ctx.q, input, ctx.actor.id);
  cached = null;
  await ctx.audit({
    action: 'create',
    entity: 'legalParameterPeriod',
    entityId: input.validFrom,
    details: { ...input },
  });
  // Just inserted, so it is found.
  return (await repo.periodOn(ctx.q, input.validFrom))!;
}

export async function listResolutions(ctx: StaffContext) {
  return { items: await repo.listResolutions(ctx.q) };
}

export async function createResolution(ctx: StaffContext, input: z.output<typeof LocalResolutionInput>) {
  if (await repo.resolutionExists(ctx.q, input.number, input.kind))
    throw conflict('resolutionExists', 'error.conflict', [
      { path: 'number', message: 'validation.benefits.resolutionExists' },
    ]);
  const row = await repo.insertResolution(ctx.q, input, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'localResolution', entityId: row.id, details: { ...input } });
  return row;
}
