import {
  DistributionImport,
  DistributionImportResult,
  FoodAidYear,
  MonthListQuery,
  Partner,
  PartnerInput,
  PartnerPage,
  Referral,
  ReferralInput,
  ReferralPage,
  ReferralQuery,
  YearQuery,
} from '@ostoja/domain/food-aid/referral';
import { CsvFile } from '@ostoja/domain/shared/file';
import { pageQuery } from '@ostoja/domain/shared/list';
import { z } from 'zod';
import { disposition, sendFile } from '../../http/file-reply.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

const BASE = '/api/v1/food-aid';

export function foodAidRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: `${BASE}/partners`,
      permission: 'foodAid.read',
      summary: 'Partner organisations that hand out the food, by name',
      query: pageQuery(100, 50),
      response: PartnerPage,
      handler: ({ query }, ctx) => service.listPartners(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/partners`,
      permission: 'foodAid.manage',
      summary: 'Add a partner organisation',
      body: PartnerInput,
      status: 201,
      response: Partner,
      handler: ({ body }, ctx) => service.addPartner(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/referrals`,
      permission: 'foodAid.refer',
      summary:
        'Refer a person: an art. 7 reason and income within the threshold in force; else 400 naming the field',
      body: ReferralInput,
      status: 201,
      response: Referral,
      handler: ({ body }, ctx) => service.refer(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/referrals`,
      permission: 'foodAid.read',
      summary: 'Referrals covering a month, optionally of one partner, by name (logged)',
      query: ReferralQuery.extend({ partnerId: z.uuid().optional() }),
      response: ReferralPage,
      handler: ({ query }, ctx) => service.listReferrals(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/referrals/:id`,
      permission: 'foodAid.read',
      summary: 'A referral with the threshold and limit it was checked against (logged)',
      params: IdParams,
      response: Referral,
      handler: ({ params }, ctx) => service.getReferral(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/month-list`,
      permission: 'foodAid.manage',
      summary: 'The month’s list of referred persons for a partner, as CSV to fill in (the export is logged)',
      query: MonthListQuery,
      response: CsvFile,
      async handler({ query }, ctx, reply) {
        const f = await service.monthList(ctx, query.partnerId, query.month);
        return sendFile(reply, f.body.toString('utf8'), f.contentType, disposition('attachment', f.filename));
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/partners/:id/distributions`,
      permission: 'foodAid.manage',
      summary:
        'Import the partner’s report of the month (CSV): any bad line → 400 naming it, nothing imported',
      params: IdParams,
      body: DistributionImport,
      response: DistributionImportResult,
      handler: ({ params, body }, ctx) => service.importDistribution(ctx, params.id, body.month, body.csv),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/year`,
      permission: 'foodAid.read',
      summary: 'The programme’s figures of a year: referrals, persons, kilograms and parcels by partner',
      query: YearQuery,
      response: FoodAidYear,
      handler: ({ query }, ctx) => service.yearFigures(ctx, query.year),
    }),
  ];
}
