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
import { LinkedProceedings } from '@ostoja/domain/alcohol-commission/linked';
import {
  AddInspection,
  AddPermitOpinion,
  AddPermitRules,
  AddSellerTraining,
  AddShop,
  OpinionListQuery,
  PermitOpinionPage,
  PermitRules,
  PermitRulesList,
  Shop,
  ShopList,
} from '@ostoja/domain/alcohol-commission/permits';
import {
  AddGroup,
  AddGroupSession,
  Group,
  GroupList,
  PointYear,
  YearQuery,
} from '@ostoja/domain/alcohol-commission/point';
import {
  DeadlineList,
  OpenProceeding,
  Proceeding,
  ProceedingEventInput,
  ProceedingListQuery,
  ProceedingNotice,
  ProceedingPage,
  ShareProceeding,
} from '@ostoja/domain/alcohol-commission/proceeding';
import {
  AddProgramme,
  AddSpending,
  G1Answers,
  Programme,
  ProgrammeReport,
  ProgrammeYear,
} from '@ostoja/domain/alcohol-commission/programme';
import { FileBody, PdfFile } from '@ostoja/domain/shared/file';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { uuid } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import { disposition, sendFile, XLSX } from '../../http/file-reply.ts';
import { inlinePdf } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as linked from './linked.ts';
import * as programme from './programme.ts';
import * as service from './service.ts';

// The alcohol commission (MKRPA). Every route needs `alcoholCommission.work`: its data is a
// compartment that no other role reaches, whatever the record.
const BASE = '/api/v1/alcohol-commission';
const permission = 'alcoholCommission.work';
const POINT = '/api/v1/consultation-point';
const ShopListQuery = z.object({
  after: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
const EventParams = z.object({ id: z.uuid(), eventId: z.uuid() });

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
      handler: async ({ params }, ctx, reply) => inlinePdf(reply, await service.minutes(ctx, params.id)),
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
      handler: async ({ query }, ctx, reply) =>
        inlinePdf(reply, await service.payListDocument(ctx, query.month)),
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
        inlinePdf(reply, await service.eventLetter(ctx, params.id, params.eventId)),
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
        return sendFile(
          reply,
          a.data,
          'application/pdf',
          disposition('attachment', encodeURIComponent(a.name)),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/proceedings/:id/share`,
      permission,
      summary:
        'Share with the centre’s workers that the proceeding exists (nothing else), or stop; never one linked to a Niebieska Karta',
      params: IdParams,
      body: ShareProceeding,
      response: Proceeding,
      handler: ({ params, body }, ctx) => service.shareProceeding(ctx, params.id, body.shared),
    }),
    // The one path outside the commission: a worker learns that a shared proceeding exists for a
    // person in their scope; otherwise the answer a missing record gets.
    defineRoute({
      method: 'GET',
      url: '/api/v1/persons/:id/alcohol-proceeding',
      permission: 'registry.read',
      summary:
        'Whether the commission shared that a proceeding exists for the person, and since when (logged)',
      params: z.object({ id: uuid }),
      response: ProceedingNotice,
      handler: ({ params }, ctx) => service.proceedingNotice(ctx, params.id),
    }),
    // The Niebieska Karta team's path: the proceedings linked to its procedure, inside its compartment.
    defineRoute({
      method: 'GET',
      url: '/api/v1/blue-cards/:id/alcohol-proceedings',
      permission: 'blueCard.work',
      summary:
        "The commission's proceedings linked to this Niebieska Karta procedure: steps, dates, next deadline, closure (404 outside the compartment; logged in it)",
      params: IdParams,
      response: LinkedProceedings,
      handler: ({ params }, ctx) => linked.linkedToBlueCard(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/deadlines`,
      permission,
      summary: 'The secretary’s home page: open proceedings by their next deadline, the overdue marked',
      response: DeadlineList,
      handler: (_i, ctx) => service.deadlines(ctx, todayInPoland()),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/permit-rules`,
      permission,
      summary: 'The council’s resolutions on sale permits: limits per kind and premises, the distance rule',
      response: PermitRulesList,
      handler: (_i, ctx) => service.listPermitRules(ctx),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/permit-rules`,
      permission,
      summary: 'Record a council resolution on permits, valid from a day',
      body: AddPermitRules,
      status: 201,
      response: PermitRules,
      handler: ({ body }, ctx) => service.addPermitRules(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/shops`,
      permission,
      summary: 'Sale points, by name',
      query: ShopListQuery,
      response: ShopList,
      handler: ({ query }, ctx) => service.listShops(ctx, query),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/shops`,
      permission,
      summary: 'Add a sale point',
      body: AddShop,
      status: 201,
      response: Shop,
      handler: ({ body }, ctx) => service.addShop(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/shops/:id`,
      permission,
      summary: 'A sale point with its permit opinions, inspections and sellers’ training',
      params: IdParams,
      response: Shop,
      handler: ({ params }, ctx) => service.getShop(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/shops/:id/opinions`,
      permission,
      summary:
        'The commission’s opinion on a permit application, checked against the council’s limit and distance rule',
      params: IdParams,
      body: AddPermitOpinion,
      status: 201,
      response: Shop,
      handler: ({ params, body }, ctx) => service.addPermitOpinion(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/shops/:id/inspections`,
      permission,
      summary: 'Record an inspection (kontrola) of the sale point',
      params: IdParams,
      body: AddInspection,
      status: 201,
      response: Shop,
      handler: ({ params, body }, ctx) => service.addInspection(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/shops/:id/trainings`,
      permission,
      summary: 'Record a training of the sale point’s sellers',
      params: IdParams,
      body: AddSellerTraining,
      status: 201,
      response: Shop,
      handler: ({ params, body }, ctx) => service.addSellerTraining(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/inspections/:id/protocol`,
      permission,
      summary: 'The protocol of an inspection as PDF',
      params: IdParams,
      response: PdfFile,
      handler: async ({ params }, ctx, reply) =>
        inlinePdf(reply, await service.inspectionProtocol(ctx, params.id)),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/permit-opinions`,
      permission,
      summary: 'Permit applications opined in a year, newest first, with the year’s totals',
      query: OpinionListQuery,
      response: PermitOpinionPage,
      handler: ({ query }, ctx) => service.opinionsOfYear(ctx, query),
    }),
    // The municipal programme and its yearly report.
    defineRoute({
      method: 'POST',
      url: `${BASE}/programmes`,
      permission,
      summary:
        'Record the year’s municipal programme: the council’s resolution, permit fees, tasks and budget lines',
      body: AddProgramme,
      status: 201,
      response: Programme,
      handler: ({ body }, ctx) => programme.addProgramme(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/programmes/:year`,
      permission,
      summary: 'The year’s programme: tasks with their budget lines and what was spent on each',
      params: ProgrammeYear,
      response: Programme,
      handler: ({ params }, ctx) => programme.getProgramme(ctx, params.year),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/programmes/:year/spending`,
      permission,
      summary: 'Record an expense on a task of the programme, paid from the permit fees',
      params: ProgrammeYear,
      body: AddSpending,
      status: 201,
      response: Programme,
      handler: ({ params, body }, ctx) => programme.addSpending(ctx, params.year, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/programmes/:year/report`,
      permission,
      summary:
        'The programme’s yearly report: figures counted from the data (permits, inspections, proceedings, the point) and PARPA-G1',
      params: ProgrammeYear,
      response: ProgrammeReport,
      handler: ({ params }, ctx) => programme.report(ctx, params.year),
    }),
    defineRoute({
      method: 'PUT',
      url: `${BASE}/programmes/:year/report/g1`,
      permission,
      summary: 'The gmina’s answers to the PARPA-G1 rows the data cannot compute',
      params: ProgrammeYear,
      body: G1Answers,
      response: ProgrammeReport,
      handler: ({ params, body }, ctx) => programme.saveG1(ctx, params.year, body.values),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/programmes/:year/report/xlsx`,
      permission,
      summary: 'The yearly report as an XLSX workbook: figures, tasks, PARPA-G1 (logged as an export)',
      params: ProgrammeYear,
      response: FileBody,
      async handler({ params }, ctx, reply) {
        const x = await programme.reportXlsx(ctx, params.year);
        return sendFile(reply, x.body, XLSX, disposition('attachment', x.filename));
      },
    }),
    // The consultation point (PIK): counts only, for its specialists and the commission.
    defineRoute({
      method: 'GET',
      url: `${POINT}/groups`,
      permission: 'consultationPoint.work',
      summary: 'Therapy and support groups that ran in a year, with that year’s sessions and hours',
      query: YearQuery,
      response: GroupList,
      handler: ({ query }, ctx) => service.groupsOfYear(ctx, query.year),
    }),
    defineRoute({
      method: 'POST',
      url: `${POINT}/groups`,
      permission: 'consultationPoint.work',
      summary: 'Start a therapy or support group (participants counted, not named)',
      body: AddGroup,
      status: 201,
      response: Group,
      handler: ({ body }, ctx) => service.addGroup(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${POINT}/groups/:id/sessions`,
      permission: 'consultationPoint.work',
      summary: 'Record a session of a group: its length and how many came',
      params: IdParams,
      body: AddGroupSession,
      status: 201,
      response: Group,
      handler: ({ params, body }, ctx) => service.addGroupSession(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${POINT}/year`,
      permission: 'consultationPoint.work',
      summary:
        'The point’s year: consultations by kind of its specialists, persons (anonymous ones counted), group hours',
      query: YearQuery,
      response: PointYear,
      handler: ({ query }, ctx) => service.pointYear(ctx, query.year),
    }),
  ];
}
