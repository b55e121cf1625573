import {
  CreateShelterReferral,
  Shelter,
  ShelterFeeResolution,
  ShelterFeeResolutionInput,
  ShelterFeeResolutionPage,
  ShelterInput,
  ShelterPage,
  ShelterQuery,
  ShelterReferral,
  ShelterReferralPage,
  ShelterReferralQuery,
} from '@ostoja/domain/shelters/shelter';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

export function sheltersRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/shelters',
      permission: 'shelters.read',
      summary: 'The register of shelters, night shelters and heated rooms (art. 48a ups), by name',
      query: ShelterQuery,
      response: ShelterPage,
      handler: ({ query }, ctx) => service.listShelters(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/shelters',
      permission: 'shelters.manage',
      summary: 'Add a place to the register of shelters',
      body: ShelterInput,
      status: 201,
      response: Shelter,
      handler: ({ body }, ctx) => service.addShelter(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/shelters/fee-resolutions',
      // A resolution is local law, published: whoever reads the register reads them.
      permission: 'shelters.read',
      summary: 'The council’s fee resolutions for shelters (art. 97 ust. 5 ups), newest in force first',
      query: ShelterQuery,
      response: ShelterFeeResolutionPage,
      handler: ({ query }, ctx) => service.listResolutions(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/shelters/fee-resolutions',
      permission: 'serviceFees.manage',
      summary:
        'Add a fee resolution for a kind of shelter (bands without gaps); resolutions are never edited',
      body: ShelterFeeResolutionInput,
      status: 201,
      response: ShelterFeeResolution,
      handler: ({ body }, ctx) => service.addResolution(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/shelter-referrals',
      permission: 'shelters.read',
      summary: 'Shelter referrals, newest first, optionally one person’s (logged)',
      query: ShelterReferralQuery,
      response: ShelterReferralPage,
      handler: ({ query }, ctx) => service.listReferrals(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/shelter-referrals/:id',
      permission: 'shelters.read',
      summary: 'A shelter referral with its fee’s calculation (logged)',
      params: IdParams,
      response: ShelterReferral,
      handler: ({ params }, ctx) => service.getReferral(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/shelter-referrals',
      permission: 'shelters.decide',
      summary:
        'Refer a person to a shelter for a period: a decision for a shelter, a referral for a night shelter or heated room; the fee from the resolution in force',
      body: CreateShelterReferral,
      status: 201,
      response: ShelterReferral,
      handler: ({ body }, ctx) => service.createReferral(ctx, body),
    }),
  ];
}
