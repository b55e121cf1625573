import {
  AlimonyFundApplication,
  AlimonyFundApplicationPage,
  AlimonyFundApplicationQuery,
  AlimonyFundReport,
  CreateAlimonyFundApplication,
  DecideAlimonyFund,
} from '@ostoja/domain/alimony-fund/application';
import {
  AlimonyFundCalculatorAnswer,
  AlimonyFundCalculatorRequest,
} from '@ostoja/domain/alimony-fund/calculator';
import {
  EstablishUndueAlimonyFund,
  UndueAlimonyFund,
  UndueAlimonyFundList,
} from '@ostoja/domain/alimony-fund/undue';
import { FamilyBenefitReportQuery } from '@ostoja/domain/family-benefits/application';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';
import * as undue from './undue-service.ts';

export function alimonyFundRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/calculators/alimony-fund',
      permission: 'public',
      summary:
        "Self-check: the alimony fund for a month — court alimony up to the cap, 'złotówka za złotówkę' per person, the 100 zł floor; every step with its article in the Accept-Language language",
      tags: ['alimonyFund'],
      body: AlimonyFundCalculatorRequest,
      response: AlimonyFundCalculatorAnswer,
      transaction: false,
      handler: ({ body }, ctx) => service.calculate(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/alimony-fund/applications',
      permission: 'alimonyFund.read',
      summary: 'Alimony fund applications, newest first (logged)',
      tags: ['alimonyFund'],
      query: AlimonyFundApplicationQuery,
      response: AlimonyFundApplicationPage,
      handler: ({ query }, ctx) => service.list(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/alimony-fund/applications',
      permission: 'alimonyFund.write',
      summary:
        "Register an application: the family's base-year income, the court alimony of each entitled person, the debtor and the bailiff's certificate",
      tags: ['alimonyFund'],
      body: CreateAlimonyFundApplication,
      status: 201,
      response: AlimonyFundApplication,
      handler: ({ body }, ctx) => service.create(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/alimony-fund/applications/:id',
      permission: 'alimonyFund.read',
      summary:
        'An application with its family, the right computed for its first month and the decision (logged)',
      tags: ['alimonyFund'],
      params: IdParams,
      response: AlimonyFundApplication,
      handler: ({ params }, ctx) => service.get(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/alimony-fund/applications/:id/decision',
      permission: 'alimonyFund.decide',
      summary:
        'Grant for the okres świadczeniowy (monthly payments into the payment runs) or refuse; 409 when nothing is payable or already decided',
      tags: ['alimonyFund'],
      params: IdParams,
      body: DecideAlimonyFund,
      response: AlimonyFundApplication,
      handler: ({ params, body }, ctx) => service.decide(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/alimony-fund/applications/:id/undue-benefits',
      permission: 'alimonyFund.decide',
      summary:
        'Decision on undue benefits (art. 23 uFA): the paid months that were undue, statutory interest to the decision day, the receivable to repay or deduct',
      tags: ['alimonyFund'],
      params: IdParams,
      body: EstablishUndueAlimonyFund,
      status: 201,
      response: UndueAlimonyFund,
      handler: ({ params, body }, ctx) => undue.establish(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/alimony-fund/applications/:id/undue-benefits',
      permission: 'alimonyFund.read',
      summary: "An application's decisions on undue benefits with what is still owed (logged)",
      tags: ['alimonyFund'],
      params: IdParams,
      response: UndueAlimonyFundList,
      handler: ({ params }, ctx) => undue.list(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/alimony-fund/report',
      permission: 'alimonyFund.read',
      replica: true,
      summary:
        'The alimony fund for months from–to: families, entitled persons, benefits (person-months) and the amount, from the granted decisions',
      tags: ['alimonyFund'],
      query: FamilyBenefitReportQuery,
      response: AlimonyFundReport,
      handler: ({ query }, ctx) => service.report(ctx, query.from, query.to),
    }),
  ];
}
