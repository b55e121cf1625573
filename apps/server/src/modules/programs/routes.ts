import {
  EndParticipation,
  IndicatorReport,
  Participant,
  ParticipantInput,
  ParticipantPage,
  Programme,
  ProgrammeInput,
  ProgrammePage,
  ProgrammeQuery,
  ResultInput,
  SupportInput,
} from '@ostoja/domain/programs/programme';
import { pageQuery } from '@ostoja/domain/shared/list';
import { z } from 'zod';
import { pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

const IdParams = z.object({ id: z.uuid() });

export function programsRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/programmes',
      permission: 'programs.read',
      summary: 'Projects and programmes with their indicators, by name',
      query: ProgrammeQuery,
      response: ProgrammePage,
      handler: ({ query }, ctx) => service.listProgrammes(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/programmes/:id',
      permission: 'programs.read',
      summary: 'A project: kind, funder, period, budget, indicators with targets, recruitment criteria',
      params: IdParams,
      response: Programme,
      handler: ({ params }, ctx) => service.getProgramme(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/programmes',
      permission: 'programs.manage',
      summary: 'Set up a project or programme with its indicators and eligibility criteria',
      body: ProgrammeInput,
      status: 201,
      response: Programme,
      handler: ({ body }, ctx) => service.addProgramme(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/programmes/:id/participants',
      permission: 'programs.read',
      summary: 'A project’s participants with the support received, by name (logged)',
      params: IdParams,
      query: pageQuery(200, 100),
      response: ParticipantPage,
      handler: ({ params, query }, ctx) => service.listParticipants(ctx, params.id, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/programmes/:id/participants',
      permission: 'programs.work',
      summary:
        'Recruit a participant: every criterion of the project checked; one not met → 400 naming the field',
      params: IdParams,
      body: ParticipantInput,
      status: 201,
      response: Participant,
      handler: ({ params, body }, ctx) => service.addParticipant(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/programme-participants/:id',
      permission: 'programs.read',
      summary: 'A participant with the support received and the results achieved (logged)',
      params: IdParams,
      response: Participant,
      handler: ({ params }, ctx) => service.getParticipant(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/programme-participants/:id/support',
      permission: 'programs.work',
      summary: 'Record a form of support the participant received',
      params: IdParams,
      body: SupportInput,
      response: Participant,
      handler: ({ params, body }, ctx) => service.addSupport(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/programme-participants/:id/results',
      permission: 'programs.work',
      summary: 'Record that the participant achieved one of the project’s result indicators',
      params: IdParams,
      body: ResultInput,
      response: Participant,
      handler: ({ params, body }, ctx) => service.addResult(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/programme-participants/:id/end',
      permission: 'programs.work',
      summary: 'End the participation: completed the support, or left early',
      params: IdParams,
      body: EndParticipation,
      response: Participant,
      handler: ({ params, body }, ctx) => service.end(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/persons/:id/programmes',
      permission: 'programs.read',
      summary: 'The projects a person takes or took part in, with the support received (logged)',
      params: IdParams,
      response: ParticipantPage,
      handler: ({ params }, ctx) => service.personProgrammes(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/programmes/:id/indicator-report',
      permission: 'programs.read',
      summary: 'The indicator report for the funder: targets against what was achieved, and the participants',
      params: IdParams,
      response: IndicatorReport,
      handler: ({ params }, ctx) => service.indicatorReport(ctx, params.id),
    }),
    pdfRoute({
      url: '/api/v1/programmes/:id/indicator-report/pdf',
      permission: 'programs.read',
      summary: 'The indicator report for the funder as PDF',
      document: (ctx, id) => service.indicatorReportDocument(ctx, id),
    }),
  ];
}
