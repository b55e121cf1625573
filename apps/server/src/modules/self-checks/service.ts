import { thresholdOn } from '@ostoja/domain/food-aid/rules';
import { housingParametersOn } from '@ostoja/domain/housing-allowances/parameters';
import {
  type CareFeeSelfCheckRequest,
  careFeeSelfCheck,
  type FoodAidSelfCheckRequest,
  foodAidSelfCheck,
  type HousingSelfCheckRequest,
  housingSelfCheck,
  type MealsSelfCheckRequest,
  mealsSelfCheck,
} from '@ostoja/domain/self-checks/self-checks';
import { FeeRuleError } from '@ostoja/domain/services/fee';
import { tableKindFor } from '@ostoja/domain/services/fee-table';
import { programmeOn } from '@ostoja/domain/services/meals-rules';
import type { RequestContext } from '../../http/context.ts';
import { fieldError } from '../../http/errors.ts';
import { explained } from '../benefit-claims/service.ts';
import * as benefitsRepo from '../benefits/repo.ts';
import * as foodAidRepo from '../food-aid/repo.ts';
import * as housingAllowances from '../housing-allowances/service.ts';
import * as mealsRepo from '../services/meals-repo.ts';
import * as servicesRepo from '../services/repo.ts';

// The portal's self-checks of meals, food aid, the housing allowance and the care-services fee: the parameters in force
// on the day asked (the centre's own rows where the law leaves them to data), the domain's rule,
// the steps in the caller's language. Nothing the resident typed is stored or logged.

const NO_PARAMETERS = 'validation.selfCheck.noParameters';

async function criteriaOn(ctx: RequestContext, date: string) {
  const c = await benefitsRepo.periodOn(ctx.q, date);
  if (!c) throw fieldError('date', NO_PARAMETERS);
  return c;
}

export async function meals(ctx: RequestContext, r: MealsSelfCheckRequest) {
  const c = await criteriaOn(ctx, r.date);
  const programme = programmeOn(await mealsRepo.programmePeriods(ctx.q), r.date);
  if (!programme) throw fieldError('date', NO_PARAMETERS);
  return explained(ctx, mealsSelfCheck(c, programme, r));
}

export async function foodAid(ctx: RequestContext, r: FoodAidSelfCheckRequest) {
  const c = await criteriaOn(ctx, r.date);
  const threshold = thresholdOn(await foodAidRepo.thresholds(ctx.q), r.date);
  if (!threshold) throw fieldError('date', NO_PARAMETERS);
  return explained(ctx, foodAidSelfCheck(c, threshold, r));
}

export async function housingAllowance(ctx: RequestContext, r: HousingSelfCheckRequest) {
  // The average wage of the GUS notice in force on the day (the administrator's data), as the clerk's calculation uses it.
  const notice = await housingAllowances.noticeOn(ctx, r.date);
  const p = housingParametersOn(r.date, notice.amountGrosze);
  if (!p) throw fieldError('date', NO_PARAMETERS);
  return explained(ctx, housingSelfCheck(p, r));
}

export async function careFee(ctx: RequestContext, r: CareFeeSelfCheckRequest) {
  const c = await criteriaOn(ctx, r.date);
  // The fee table the staff's decision would take: of the service's kind, in force on the day.
  const table = await servicesRepo.tableOn(ctx.q, tableKindFor(r.serviceKind), r.date);
  if (!table) throw fieldError('date', NO_PARAMETERS);
  try {
    return explained(ctx, careFeeSelfCheck(c, table, r));
  } catch (e) {
    if (e instanceof FeeRuleError) throw fieldError(e.path, e.key);
    throw e;
  }
}
