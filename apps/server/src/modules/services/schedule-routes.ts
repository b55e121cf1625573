import {
  Carer,
  CarerClients,
  CarerPage,
  ConflictReport,
  CreateCarer,
  CreatePlanEntry,
  CreateVisit,
  DecisionSchedule,
  HoursReport,
  ImportResult,
  ImportVisits,
  PlanEntry,
  ScheduleQuery,
  Visit,
} from '@ostoja/domain/services/schedule';
import { pageQuery } from '@ostoja/domain/shared/list';
import { z } from 'zod';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import * as service from './schedule-service.ts';

// Carers' schedules (issue 16 item 3): the coordinator's routes, and the carer's own clients.
export function scheduleRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/care-schedule/carers',
      permission: 'careSchedule.manage',
      summary: 'Carers, own and the providers’, by name',
      query: pageQuery(100, 50),
      response: CarerPage,
      handler: ({ query }, ctx) => service.listCarers(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/care-schedule/carers',
      permission: 'careSchedule.manage',
      summary: 'Add a carer (the centre’s or a provider’s), optionally with their login',
      body: CreateCarer,
      status: 201,
      response: Carer,
      handler: ({ body }, ctx) => service.addCarer(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/care-schedule/plan',
      permission: 'careSchedule.manage',
      summary: 'Add a weekly visit to a decision’s schedule',
      body: CreatePlanEntry,
      status: 201,
      response: PlanEntry,
      handler: ({ body }, ctx) => service.addPlanEntry(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/care-services/:id/schedule',
      permission: 'careService.read',
      summary: 'A decision’s weekly plan and its visits of a month (logged)',
      params: z.object({ id: z.uuid() }),
      query: ScheduleQuery,
      response: DecisionSchedule,
      handler: ({ params, query }, ctx) => service.schedule(ctx, params.id, query.month),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/care-schedule/visits',
      permission: 'careSchedule.manage',
      summary:
        'Record a visit: hours delivered, or missed with a reason (inside the decision’s period, ≤ 24 h a day)',
      body: CreateVisit,
      status: 201,
      response: Visit,
      handler: ({ body }, ctx) => service.recordVisit(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/care-schedule/visits/import',
      permission: 'careSchedule.manage',
      summary: 'Import the provider’s monthly CSV of visits; any bad line → 400 naming it, nothing imported',
      body: ImportVisits,
      response: ImportResult,
      handler: ({ body }, ctx) => service.importVisits(ctx, body.csv),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/care-schedule/conflicts',
      permission: 'careSchedule.manage',
      summary: 'Carers planned or recorded in two places at once in a month',
      query: ScheduleQuery,
      response: ConflictReport,
      handler: ({ query }, ctx) => service.conflicts(ctx, query.month),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/care-schedule/hours',
      permission: 'careSchedule.manage',
      summary: 'Hours planned against delivered per client in a month (logged)',
      query: ScheduleQuery,
      response: HoursReport,
      handler: ({ query }, ctx) => service.hours(ctx, query.month),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/care-schedule/my-clients',
      permission: 'careSchedule.ownClients',
      summary: 'The signed-in carer’s clients: address, tasks and visit plan only (logged)',
      response: CarerClients,
      handler: (_req, ctx) => service.myClients(ctx),
    }),
  ];
}
