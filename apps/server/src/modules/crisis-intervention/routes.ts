import {
  AddCrisisContact,
  AddCrisisPlanItem,
  AddCrisisStay,
  CloseCrisisCase,
  CrisisCase,
  CrisisCasePage,
  CrisisCaseQuery,
  CrisisLeads,
  CrisisPlaces,
  OpenCrisisCase,
} from '@ostoja/domain/crisis-intervention/crisis-case';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

export function crisisInterventionRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/crisis-cases',
      permission: 'crisisIntervention.read',
      summary:
        'Crisis intervention cases (art. 47 ups), newest first, optionally one person’s or open / closed (logged)',
      query: CrisisCaseQuery,
      response: CrisisCasePage,
      handler: ({ query }, ctx) => service.listCases(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/crisis-cases/:id',
      permission: 'crisisIntervention.read',
      summary: 'A crisis intervention case with its contacts, intervention plan and hostel stays (logged)',
      params: IdParams,
      response: CrisisCase,
      handler: ({ params }, ctx) => service.getCase(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/crisis-cases',
      permission: 'crisisIntervention.manage',
      summary: 'Open a crisis intervention case for a person or their household, with its lead specialist',
      body: OpenCrisisCase,
      status: 201,
      response: CrisisCase,
      handler: ({ body }, ctx) => service.openCase(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/crisis-cases/:id/contacts',
      permission: 'crisisIntervention.manage',
      summary:
        'Record a contact (in person, by phone, a home visit, at the hospital) with its length and a note',
      params: IdParams,
      body: AddCrisisContact,
      status: 201,
      response: CrisisCase,
      handler: ({ params, body }, ctx) => service.addContact(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/crisis-cases/:id/plan',
      permission: 'crisisIntervention.manage',
      summary: 'Add a line to the intervention plan: the goal, the action, who and by when',
      params: IdParams,
      body: AddCrisisPlanItem,
      status: 201,
      response: CrisisCase,
      handler: ({ params, body }, ctx) => service.addPlanItem(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/crisis-cases/:id/stays',
      permission: 'crisisIntervention.manage',
      summary:
        'A stay at a crisis point’s hostel (art. 47 ust. 3 ups): within the limit from the first stay, and a free place every day',
      params: IdParams,
      body: AddCrisisStay,
      status: 201,
      response: CrisisCase,
      handler: ({ params, body }, ctx) => service.addStay(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/crisis-cases/:id/close',
      permission: 'crisisIntervention.manage',
      summary: 'Close a crisis intervention case with its outcome',
      params: IdParams,
      body: CloseCrisisCase,
      response: CrisisCase,
      handler: ({ params, body }, ctx) => service.closeCase(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/crisis-leads',
      permission: 'crisisIntervention.manage',
      summary: 'Staff who may lead a crisis intervention case, by name',
      response: CrisisLeads,
      handler: (_req, ctx) => service.leads(ctx),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/crisis-places',
      permission: 'crisisIntervention.read',
      summary: 'The crisis intervention points whose hostel takes stays, with the places taken today',
      response: CrisisPlaces,
      handler: (_req, ctx) => service.places(ctx),
    }),
  ];
}
