import {
  CareFeeAnswerSchema,
  CareFeeSelfCheckRequest,
  FoodAidSelfCheckRequest,
  HousingSelfCheckRequest,
  MealsSelfCheckRequest,
  SelfCheckAnswerSchema,
} from '@ostoja/domain/self-checks/self-checks';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

/**
 * The portal's public self-checks (meals, food aid, the housing allowance, the care-services fee):
 * nothing stored, nothing logged.
 */
export const selfChecksRoutes = (): RouteDef[] => [
  defineRoute({
    method: 'POST',
    url: '/api/v1/calculators/meals',
    permission: 'public',
    summary:
      "Self-check: 'Posiłek w szkole i w domu' — the household's income against the programme's % of the art. 8 ups criterion on the day; yes / no / maybe (a pupil, by the headteacher's request)",
    tags: ['selfChecks'],
    body: MealsSelfCheckRequest,
    response: SelfCheckAnswerSchema,
    transaction: false,
    handler: ({ body }, ctx) => service.meals(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/calculators/food-aid',
    permission: 'public',
    summary:
      'Self-check: FEPŻ food aid — income per person against the threshold (% of the criterion) in force on the day and an art. 7 ups reason; yes / no / maybe',
    tags: ['selfChecks'],
    body: FoodAidSelfCheckRequest,
    response: SelfCheckAnswerSchema,
    transaction: false,
    handler: ({ body }, ctx) => service.foodAid(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/calculators/housing-allowance',
    permission: 'public',
    summary:
      'Self-check: the dodatek mieszkaniowy — income against 40 % / 30 % of the average wage, the normative area with its tolerance, the estimated amount (and the dodatek energetyczny); every step with its article',
    tags: ['selfChecks'],
    body: HousingSelfCheckRequest,
    response: SelfCheckAnswerSchema,
    transaction: false,
    handler: ({ body }, ctx) => service.housingAllowance(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/calculators/care-fee',
    permission: 'public',
    summary:
      "Self-check: the care services' fee for an hour — the fee table in force on the day (art. 50 ust. 6 ups, or ust. 7 and the regulation for mental disorders), income against the criterion, the band's % of the hourly cost, and the hours a month if given; an estimate, exemptions (art. 64 ups) are the centre's",
    tags: ['selfChecks'],
    body: CareFeeSelfCheckRequest,
    response: CareFeeAnswerSchema,
    transaction: false,
    handler: ({ body }, ctx) => service.careFee(ctx, body),
  }),
];
