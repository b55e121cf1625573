import {
  AddMember,
  CreateHousehold,
  EndMembership,
  Household,
  PersonWithHistory,
  UpdateHousehold,
} from '@ostoja/domain/registry/household';
import {
  CreatePerson,
  MergePerson,
  PersonHistoryPage,
  PersonSearchPage,
  PersonSearchQuery,
  UpdatePerson,
} from '@ostoja/domain/registry/person';
import { SetUkrStatus, UkrStatus } from '@ostoja/domain/registry/ukr-status';
import { pageQuery } from '@ostoja/domain/shared/list';
import { z } from 'zod';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import { mergePersons } from './merge.ts';
import * as service from './service.ts';
import { getUkrStatus, setUkrStatus } from './ukr-status.ts';

export function registryRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/persons',
      permission: 'registry.read',
      transaction: false,
      summary:
        'Search persons by PESEL, surname prefix or any name fragment (case and diacritics ignored), Polish order',
      query: PersonSearchQuery,
      response: PersonSearchPage,
      handler: ({ query }, ctx) => service.searchPersons(ctx, query.q, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/persons/:id',
      permission: 'registry.read',
      transaction: false,
      summary: 'A person with the history of their households (the read is logged)',
      params: IdParams,
      response: PersonWithHistory,
      handler: ({ params }, ctx) => service.getPerson(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/persons/:id/history',
      permission: 'registry.read',
      transaction: false,
      summary:
        'A person’s applications, home visits, decisions, benefits paid and (inside the compartment) Niebieska Karta procedures, newest first (the read is logged)',
      params: IdParams,
      query: pageQuery(500, 100),
      response: PersonHistoryPage,
      handler: ({ params, query }, ctx) => service.personHistory(ctx, params.id, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/persons/:id/ukr-status',
      permission: 'registry.read',
      summary:
        'The person’s UKR status (act of 12.03.2022 on help to citizens of Ukraine) with who changed it and when, newest first (the read is logged)',
      params: IdParams,
      response: UkrStatus,
      handler: ({ params }, ctx) => getUkrStatus(ctx, params.id),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/persons/:id/ukr-status',
      permission: 'registry.write',
      summary:
        'Set the UKR status: given (since), lost (since, lost on, reason) or none; dates not in the future, the loss not before the status; the change goes into its history',
      params: IdParams,
      body: SetUkrStatus,
      response: UkrStatus,
      handler: ({ params, body }, ctx) => setUkrStatus(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/persons',
      permission: 'registry.write',
      summary:
        'Register a person; 409 when the PESEL exists or (until confirmed) the same names and birth date do',
      body: CreatePerson,
      status: 201,
      response: PersonWithHistory,
      handler: ({ body }, ctx) => service.createPerson(ctx, body.person, body.confirmDuplicate),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/persons/:id',
      permission: 'registry.write',
      summary: 'Update a person; 409 when someone saved a newer version',
      params: IdParams,
      body: UpdatePerson,
      response: PersonWithHistory,
      handler: ({ params, body }, ctx) =>
        service.updatePerson(ctx, params.id, body.person, body.version, body.confirmDuplicate),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/persons/:id/merge',
      permission: 'registry.merge',
      summary:
        'Merge a duplicate record into the one kept: every reference moves, the duplicate is deleted and its id leads to the kept record; 409 when the PESELs differ',
      params: IdParams,
      body: MergePerson,
      response: PersonWithHistory,
      handler: ({ params, body }, ctx) => mergePersons(ctx, params.id, body.intoId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/households',
      permission: 'registry.write',
      summary:
        'Register a household with its members (new or existing persons); the field team follows from the address',
      body: CreateHousehold,
      status: 201,
      response: Household,
      handler: ({ body }, ctx) => service.createHousehold(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/households/:id',
      permission: 'registry.read',
      transaction: false,
      summary: 'A household: its members now and who lived there when (the read is logged)',
      params: IdParams,
      response: Household,
      handler: ({ params }, ctx) => service.getHousehold(ctx, params.id),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/households/:id',
      permission: 'registry.write',
      summary: 'Update the address (and field team) of a household; 409 on a newer version',
      params: IdParams,
      body: UpdateHousehold,
      response: Household,
      handler: ({ params, body }, ctx) => service.updateHousehold(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/households/:id/members',
      permission: 'registry.write',
      summary: 'Add a member; a person living elsewhere moves here (their old membership ends that day)',
      params: IdParams,
      body: AddMember,
      response: Household,
      handler: ({ params, body }, ctx) => service.addMember(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/households/:id/members/:personId/leave',
      permission: 'registry.write',
      summary: 'A member leaves the household (kept in its history)',
      params: z.object({ id: z.uuid(), personId: z.uuid() }),
      body: EndMembership,
      response: Household,
      handler: ({ params, body }, ctx) => service.endMembership(ctx, params.id, params.personId, body.until),
    }),
  ];
}
