import {
  AddMeeting,
  AddMember,
  AddTraining,
  Meeting,
  MeetingListQuery,
  MeetingPage,
  Member,
  MemberList,
  PayList,
  PayListQuery,
} from '@ostoja/domain/alcohol-commission/commission';
import {
  DeadlineList,
  OpenProceeding,
  Proceeding,
  ProceedingEventInput,
  ProceedingListQuery,
  ProceedingPage,
} from '@ostoja/domain/alcohol-commission/proceeding';
import { FileBody, PdfFile } from '@ostoja/domain/shared/file';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

// The alcohol commission (MKRPA). Every route needs `alcoholCommission.work`: its data is a
// compartment that no other role reaches, whatever the record.
const BASE = '/api/v1/alcohol-commission';
const permission = 'alcoholCommission.work';
const IdParams = z.object({ id: z.uuid() });
const EventParams = z.object({ id: z.uuid(), eventId: z.uuid() });

const file = (reply: FastifyReply, r: { pdf: Buffer; filename: string }) => {
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${r.filename}"`);
  return r.pdf;
};

export function alcoholCommissionRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: `${BASE}/members`,
      permission,
      summary: 'Members of the commission with their term and training',
      response: MemberList,
      handler: (_i, ctx) => service.listMembers(ctx),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/members`,
      permission,
      summary: 'Add a member appointed for a term, with the pay per meeting attended (grosze)',
      body: AddMember,
      status: 201,
      response: Member,
      handler: ({ body }, ctx) => service.addMember(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/members/:id/trainings`,
      permission,
      summary: 'Record a training the member completed',
      params: IdParams,
      body: AddTraining,
      status: 201,
      response: Member,
      handler: ({ params, body }, ctx) => service.addTraining(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/meetings`,
      permission,
      summary: 'Meetings of the commission, newest first',
      query: MeetingListQuery,
      response: MeetingPage,
      handler: ({ query }, ctx) => service.listMeetings(ctx, query),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/meetings`,
      permission,
      summary: 'Record a meeting: attendance (members in term), minutes; a deciding meeting needs a quorum',
      body: AddMeeting,
      status: 201,
      response: Meeting,
      handler: ({ body }, ctx) => service.addMeeting(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/meetings/:id`,
      permission,
      summary: 'A meeting with its attendance and minutes',
      params: IdParams,
      response: Meeting,
      handler: ({ params }, ctx) => service.getMeeting(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/meetings/:id/minutes`,
      permission,
      summary: 'The minutes of a meeting as PDF',
      params: IdParams,
      response: PdfFile,
      handler: async ({ params }, ctx, reply) => file(reply, await service.minutes(ctx, params.id)),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/pay-list`,
      permission,
      summary: 'The month’s pay list for payroll: each member’s meetings attended and the amount due',
      query: PayListQuery,
      response: PayList,
      handler: ({ query }, ctx) => service.payList(ctx, query.month),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/pay-list/pdf`,
      permission,
      summary: 'The month’s pay list as PDF',
      query: PayListQuery,
      response: PdfFile,
      handler: async ({ query }, ctx, reply) => file(reply, await service.payListDocument(ctx, query.month)),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/proceedings`,
      permission,
      summary: 'Proceedings towards treatment (art. 24–26), newest report first',
      query: ProceedingListQuery,
      response: ProceedingPage,
      handler: ({ query }, ctx) => service.listProceedings(ctx, query),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/proceedings`,
      permission,
      summary:
        'Register a report (zgłoszenie) about a registry person or a new one (sealed to the commission)',
      body: OpenProceeding,
      status: 201,
      response: Proceeding,
      handler: ({ body }, ctx) => service.openProceeding(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/proceedings/:id`,
      permission,
      summary: 'A proceeding with its dated events and what may be recorded next (the read is logged)',
      params: IdParams,
      response: Proceeding,
      handler: ({ params }, ctx) => service.getProceeding(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/proceedings/:id/events`,
      permission,
      summary:
        'Record a dated step: invitation, interview, experts’ referral, invoice, opinion, court petition, order, facility report, closure',
      params: IdParams,
      body: ProceedingEventInput,
      status: 201,
      response: Proceeding,
      handler: ({ params, body }, ctx) => service.addEvent(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/proceedings/:id/events/:eventId/letter`,
      permission,
      summary:
        'The letter of a step as PDF: the invitation, the experts’ referral, the petition to the court',
      params: EventParams,
      response: PdfFile,
      handler: async ({ params }, ctx, reply) =>
        file(reply, await service.eventLetter(ctx, params.id, params.eventId)),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/proceedings/:id/events/:eventId/attachment`,
      permission,
      summary: 'The expert’s opinion attached to a step (PDF)',
      params: EventParams,
      response: FileBody,
      async handler({ params }, ctx, reply) {
        const a = await service.eventAttachment(ctx, params.id, params.eventId);
        reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${encodeURIComponent(a.name)}"`);
        return a.data;
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/deadlines`,
      permission,
      summary: 'The secretary’s home page: open proceedings by their next deadline, the overdue marked',
      response: DeadlineList,
      handler: (_i, ctx) => service.deadlines(ctx, todayInPoland()),
    }),
  ];
}
