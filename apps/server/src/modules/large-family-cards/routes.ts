import {
  CreateLargeFamilyCardApplication,
  ExpiringCardsPage,
  ExpiringCardsQuery,
  ExtendLargeFamilyCard,
  LargeFamilyCard,
  LargeFamilyCardApplication,
  LargeFamilyCardApplicationPage,
  LargeFamilyCardApplicationQuery,
  RequestElectronicCard,
} from '@ostoja/domain/family-benefits/large-family-card-api';
import {
  FiledKdrApplication,
  OnlineKdrApplication,
  OnlineKdrDetail,
  OnlineKdrPage,
} from '@ostoja/domain/family-benefits/large-family-card-online';
import { pageQuery } from '@ostoja/domain/shared/list';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as online from './online-service.ts';
import * as service from './service.ts';

const BASE = '/api/v1/large-family-cards';

export function largeFamilyCardRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/portal/large-family-card-applications',
      permission: 'public',
      summary:
        'A resident applies for the Karta Dużej Rodziny online: the family, the attachments; answers the reference and the attachments still to bring',
      body: OnlineKdrApplication,
      status: 201,
      response: FiledKdrApplication,
      rateLimit: 'kdrApplication',
      handler: ({ body }, ctx) => online.submit(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/online-applications`,
      permission: 'largeFamilyCards.read',
      summary: 'KDR applications filed on the portal, newest first (logged)',
      tags: ['largeFamilyCards'],
      query: pageQuery(100, 50),
      response: OnlineKdrPage,
      handler: ({ query }, ctx) => online.list(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/online-applications/:id`,
      permission: 'largeFamilyCards.read',
      summary: 'A KDR application filed on the portal: the family as typed, the attachments missing (logged)',
      tags: ['largeFamilyCards'],
      params: IdParams,
      response: OnlineKdrDetail,
      handler: ({ params }, ctx) => online.get(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/applications`,
      permission: 'largeFamilyCards.read',
      summary: 'Karta Dużej Rodziny applications, newest first (logged)',
      tags: ['largeFamilyCards'],
      query: LargeFamilyCardApplicationQuery,
      response: LargeFamilyCardApplicationPage,
      handler: ({ query }, ctx) => service.list(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/applications`,
      permission: 'largeFamilyCards.issue',
      summary:
        "Register a family's application and issue a card to each member with a right on that day (parents for life, children until their right ends)",
      tags: ['largeFamilyCards'],
      body: CreateLargeFamilyCardApplication,
      status: 201,
      response: LargeFamilyCardApplication,
      handler: ({ body }, ctx) => service.create(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/applications/:id`,
      permission: 'largeFamilyCards.read',
      summary: "An application with each member's right and the cards issued (logged)",
      tags: ['largeFamilyCards'],
      params: IdParams,
      response: LargeFamilyCardApplication,
      handler: ({ params }, ctx) => service.get(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/cards/:id/electronic`,
      permission: 'largeFamilyCards.issue',
      summary: 'Request the electronic (mobile) card for a card already issued',
      tags: ['largeFamilyCards'],
      params: IdParams,
      body: RequestElectronicCard,
      response: LargeFamilyCard,
      handler: ({ params, body }, ctx) => service.requestElectronic(ctx, params.id, body.requestedOn),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/cards/:id/extension`,
      permission: 'largeFamilyCards.issue',
      summary:
        "Extend a child's card on a new school certificate to the new end of its right (400 when it adds nothing)",
      tags: ['largeFamilyCards'],
      params: IdParams,
      body: ExtendLargeFamilyCard,
      response: LargeFamilyCard,
      handler: ({ params, body }, ctx) => service.extend(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/expiring`,
      permission: 'largeFamilyCards.read',
      summary: 'The cards that end in a month (default: next month), soonest first (logged)',
      tags: ['largeFamilyCards'],
      query: ExpiringCardsQuery,
      response: ExpiringCardsPage,
      handler: ({ query }, ctx) => service.expiring(ctx, query.month, query.after, query.limit),
    }),
  ];
}
