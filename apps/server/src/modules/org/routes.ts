import {
  AddressLookup,
  AddressLookupQuery,
  FieldTeamStreet,
  FieldTeamStreetInput,
  FieldTeamStreetList,
  OrgUnit,
  OrgUnitInput,
  OrgUnitList,
  UpdateOrgUnit,
} from '@ostoja/domain/org/address';
import { CentreSettings } from '@ostoja/domain/org/settings';
import { Ok } from '@ostoja/domain/shared/response';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';
import * as settings from './settings.ts';

export function orgRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/centre-settings',
      permission: 'org.read',
      summary: 'Settings of the centre (e.g. four-eyes approval of decisions)',
      response: CentreSettings,
      handler: (_i, ctx) => settings.centreSettings(ctx.q),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/centre-settings',
      permission: 'org.manage',
      summary: 'Change the settings of the centre',
      body: CentreSettings,
      response: CentreSettings,
      handler: ({ body }, ctx) => settings.updateCentreSettings(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/address-lookup',
      permission: 'public',
      summary: 'Which field team and office serve an address (street and house number)',
      query: AddressLookupQuery,
      response: AddressLookup,
      handler: ({ query }, ctx) => service.lookupAddress(ctx.q, query.street, query.number),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/org-units',
      permission: 'org.read',
      summary: 'The centre, its sections, field teams and offices',
      response: OrgUnitList,
      handler: async (_i, ctx) => ({ items: await service.listUnits(ctx) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/org-units',
      permission: 'org.manage',
      summary: 'Create an organisation unit',
      body: OrgUnitInput,
      response: OrgUnit,
      status: 201,
      handler: ({ body }, ctx) => service.createUnit(ctx, body),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/org-units/:id',
      permission: 'org.manage',
      summary: 'Update an organisation unit; refused when the version moved on',
      params: IdParams,
      body: UpdateOrgUnit,
      response: OrgUnit,
      handler: ({ params, body }, ctx) => service.updateUnit(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/field-teams/:id/streets',
      permission: 'org.read',
      summary: 'Streets (and number ranges) assigned to a field team',
      params: IdParams,
      response: FieldTeamStreetList,
      handler: async ({ params }, ctx) => ({ items: await service.listStreets(ctx, params.id) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/field-teams/:id/streets',
      permission: 'org.manage',
      summary: 'Assign a street, optionally a number range (odd/even), to a field team',
      params: IdParams,
      body: FieldTeamStreetInput,
      response: FieldTeamStreet,
      status: 201,
      handler: ({ params, body }, ctx) => service.addStreet(ctx, params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/field-team-streets/:id',
      permission: 'org.manage',
      summary: 'Remove a street assignment',
      params: IdParams,
      response: Ok,
      handler: ({ params }, ctx) => service.removeStreet(ctx, params.id),
    }),
  ];
}
