import type { ExplanationStep } from '@ostoja/domain/benefits/explanation';
import { needsDecision, shelterFee, stayDays } from '@ostoja/domain/shelters/fee';
import type {
  CreateShelterReferral,
  ShelterFeeResolutionInput,
  ShelterInput,
  ShelterReferralQuery,
} from '@ostoja/domain/shelters/shelter';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { fieldConflict, fieldError } from '../../http/errors.ts';
import { namePage } from '../../shared/cursor.ts';
import { localLaw } from '../../shared/local-law.ts';
import { nextDecisionNumber } from '../../shared/register.ts';
import { personVisible } from '../registry/access.ts';
import { personRegister } from '../registry/person-register.ts';
import { knownToCentre } from '../registry/release.ts';
import { incomeOf } from '../services/service.ts';
import * as repo from './repo.ts';

// Shelter for the homeless (art. 48a ups): the register of places, the council's fee resolutions
// and the referrals. Each use case runs in the route's one transaction.

const ENTITY = 'shelterReferral';

export const listShelters = namePage(repo.listShelters);

export async function addShelter(ctx: StaffContext, input: z.output<typeof ShelterInput>) {
  const id = await repo.insertShelter(ctx.q, input, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'shelter', entityId: id, details: { name: input.name } });
  return (await repo.findShelter(ctx.q, id))!;
}

/** The council's fee resolutions; a new one is data, an existing one is never changed, so referrals keep theirs. */
export const { list: listResolutions, add: addResolution } = localLaw({
  entity: 'shelterFeeResolution',
  taken: { message: 'shelters.resolutionExists', field: 'number' },
  details: (f: z.output<typeof ShelterFeeResolutionInput>) => ({ number: f.number, kind: f.kind }),
  list: repo.listResolutions,
  find: repo.findResolution,
  exists: repo.resolutionExists,
  insert: repo.insertResolution,
});

const view = (r: repo.ReferralRow) => ({ ...r, steps: r.steps as ExplanationStep[] });

const register = personRegister(ENTITY, repo.listReferrals, repo.findReferral, (r) => r.decidedOn, view);

export const listReferrals = (ctx: StaffContext, query: z.output<typeof ShelterReferralQuery>) =>
  register.page(ctx, query.personId ?? null, query);

export const getReferral = async (ctx: StaffContext, id: string) => view(await register.row(ctx, id));

/**
 * Art. 48a ups: a referral to a shelter for a period — a decision numbered in the decision register
 * for a shelter, a plain referral for a night shelter or heated room (art. 106 ust. 2). The fee
 * comes from the council's resolution in force on the first day, on the income of the
 * application's home visit; a place with all its places taken on some day of the period refuses.
 */
export async function createReferral(ctx: StaffContext, input: z.output<typeof CreateShelterReferral>) {
  const shelter = await repo.lockShelter(ctx.q, input.shelterId);
  if (!shelter) throw fieldError('shelterId', 'validation.shelters.unknownShelter');
  if (!(await personVisible(ctx.q, ctx.actor, input.personId)))
    throw fieldError('personId', 'validation.shelters.unknownPerson');
  const decision = needsDecision(shelter.kind);
  const resolution = await repo.resolutionOn(ctx.q, shelter.kind, input.periodFrom);
  if ((decision || resolution) && !input.applicationId)
    throw fieldError('applicationId', 'validation.shelters.applicationRequired');
  const income = input.applicationId
    ? await incomeOf(ctx, { applicationId: input.applicationId, personId: input.personId })
    : null;
  if (!income) await knownToCentre(ctx, [{ id: input.personId, path: 'personId' }]);
  if (income && input.decidedOn < income.app.submittedOn)
    throw fieldError('decidedOn', 'validation.familyBenefits.decidedBeforeFiling');
  const peak = await repo.peakOccupancy(ctx.q, input.shelterId, input.periodFrom, input.periodTo);
  if (peak >= shelter.places) throw fieldConflict('shelters.full', 'shelterId');
  const days = stayDays(input.periodFrom, input.periodTo);
  const fee =
    resolution && income
      ? shelterFee(
          resolution,
          {
            income: income.hi.income,
            size: income.hi.size,
            criterionSingle: income.period.criterionSingle,
            criterionPerPerson: income.period.criterionPerPerson,
          },
          days,
        )
      : null;
  const number = decision ? await nextDecisionNumber(ctx.q, input.decidedOn) : null;
  const id = await repo.insertReferral(
    ctx.q,
    {
      number,
      personId: input.personId,
      shelterId: input.shelterId,
      applicationId: income?.app.id ?? null,
      wywiadId: income?.wywiad.id ?? null,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      decidedOn: input.decidedOn,
      resolutionId: resolution?.id ?? null,
      dailyFeeGrosze: fee?.dailyFeeGrosze ?? 0,
      totalFeeGrosze: fee?.totalFeeGrosze ?? 0,
      steps: fee ? [...income!.steps, ...fee.steps] : [],
    },
    ctx.actor.id,
  );
  await ctx.audit({
    action: 'create',
    entity: ENTITY,
    entityId: id,
    details: { number, personId: input.personId, shelterId: input.shelterId },
  });
  return getReferral(ctx, id);
}
