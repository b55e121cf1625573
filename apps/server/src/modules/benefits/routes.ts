import { LegalParameterPeriodInput } from '@ostoja/domain/benefits/legal-parameters';
import { LocalResolutionInput } from '@ostoja/domain/benefits/local-resolutions';
import {
  CalculatorAnswer,
  LegalParameterList,
  LegalParameterPeriodResponse,
  LocalResolutionList,
  LocalResolutionResponse,
} from '@ostoja/domain/benefits/responses';
import { CalculatorRequest } from '@ostoja/domain/benefits/self-check';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

export function benefitsRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/calculators/social-assistance',
      permission: 'public',
      summary:
        'Self-check: zasiłek stały or okresowy (statutory minimum, no local raises) for a household on a date; every step explained in the Accept-Language language',
      tags: ['benefits'],
      body: CalculatorRequest,
      transaction: false,
      response: CalculatorAnswer,
      handler: ({ body }, ctx) => service.calculate(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/legal-parameters',
      permission: 'authenticated',
      summary: 'Legal parameter periods (criteria, zasiłek amounts, 1 ha income), oldest first',
      tags: ['benefits'],
      response: LegalParameterList,
      handler: (_input, ctx) => service.listPeriods(ctx),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/legal-parameters',
      permission: 'legalParameters.manage',
      summary: 'Add a legal parameter period in force from its validFrom; 409 when one starts that day',
      tags: ['benefits'],
      body: LegalParameterPeriodInput,
      response: LegalParameterPeriodResponse,
      status: 201,
      handler: ({ body }, ctx) => service.createPeriod(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/local-resolutions',
      permission: 'authenticated',
      summary: 'City council resolutions that raise amounts or criteria locally, newest first',
      tags: ['benefits'],
      response: LocalResolutionList,
      handler: (_input, ctx) => service.listResolutions(ctx),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/local-resolutions',
      permission: 'legalParameters.manage',
      summary: 'Record a city council resolution (number, dates, what it raises)',
      tags: ['benefits'],
      body: LocalResolutionInput,
      response: LocalResolutionResponse,
      status: 201,
      handler: ({ body }, ctx) => service.createResolution(ctx, body),
    }),
  ];
}
