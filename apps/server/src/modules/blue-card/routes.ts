import { BlueCardParametersInput } from '@ostoja/domain/blue-card/deadlines';
import {
  AddParticipant,
  ChangeDiagnosticGroup,
  CompleteSuspect,
  FormDiagnosticGroup,
  HandOverFormB,
  OpenBlueCard,
  TransferToChair,
} from '@ostoja/domain/blue-card/procedure';
import {
  AccessLog,
  BlueCardDashboard,
  BlueCardDeadlineList,
  BlueCardParameterPeriods,
  BlueCardRegister,
  BlueCardStatisticsAnswer,
  Procedure,
  ProcedurePage,
  ProcedureSearch,
} from '@ostoja/domain/blue-card/responses';
import {
  CloseProcedure,
  EndMonitoring,
  FillForm,
  RecordMeeting,
  Refer,
  ScheduleMeeting,
} from '@ostoja/domain/blue-card/steps';
import { InterdisciplinaryTeam, TeamInput } from '@ostoja/domain/blue-card/team';
import { BLUE_CARD_STATUSES } from '@ostoja/domain/blue-card/workflow';
import { CsvFile } from '@ostoja/domain/shared/file';
import { pageQuery } from '@ostoja/domain/shared/list';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { text } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { disposition, sendFile } from '../../http/file-reply.ts';
import { pdfDocumentRoute } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as documents from './documents.ts';
import * as service from './service.ts';
import * as groupService from './service-group.ts';
import * as reports from './service-reports.ts';
import * as team from './team.ts';

const BASE = '/api/v1/blue-cards';
const Year = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const Recipient = z.object({ recipientPersonId: z.uuid().optional() });

/** A step of the procedure: POST /blue-cards/:id/<url>; row scope and the allowed-actions gate in the service. */
const step = <B extends z.ZodType>(
  url: string,
  summary: string,
  permission: 'blueCard.work' | 'blueCard.coordinate',
  body: B,
  run: (ctx: StaffContext, id: string, body: z.output<B>) => Promise<z.output<typeof Procedure>>,
) =>
  defineRoute({
    method: 'POST',
    url: `${BASE}/:id/${url}`,
    permission,
    summary,
    params: IdParams,
    body,
    response: Procedure,
    handler: ({ params, body: b }, ctx) => run(ctx, params.id, b as z.output<B>),
  });

export function blueCardRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'POST',
      url: BASE,
      permission: 'blueCard.open',
      summary:
        'Open a Niebieska Karta procedure by filling in NK-A (persons by registry id or as new, sealed persons)',
      body: OpenBlueCard,
      status: 201,
      response: Procedure,
      handler: ({ body }, ctx) => service.openProcedure(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: BASE,
      permission: 'blueCard.work',
      summary:
        'Procedures the signed-in member may see (their groups, their openings; all for the chair), newest first',
      query: z
        .object({
          status: z.enum(BLUE_CARD_STATUSES).optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        })
        .extend(pageQuery(200, 50).shape),
      response: ProcedurePage,
      handler: ({ query }, ctx) => reports.listProcedures(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/search`,
      permission: 'blueCard.work',
      summary: 'Search the procedures one may see by register number, or a participant’s name or PESEL',
      query: z.object({ q: text(100).min(2) }),
      response: ProcedureSearch,
      handler: ({ query }, ctx) => reports.searchProcedures(ctx, query.q),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/register`,
      permission: 'blueCard.work',
      summary: 'The register of procedures of a year, in number order (only those one may see)',
      query: Year,
      response: BlueCardRegister,
      handler: ({ query }, ctx) => reports.register(ctx, query.year),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/register/export`,
      permission: 'blueCard.work',
      summary: 'The register of a year as CSV (semicolon-separated, for a spreadsheet); the export is logged',
      query: Year,
      response: CsvFile,
      async handler({ query }, ctx, reply) {
        const csv = await reports.exportRegister(ctx, query.year);
        const name = `rejestr-niebieskich-kart-${query.year}.csv`;
        return sendFile(reply, csv, 'text/csv; charset=utf-8', disposition('attachment', name));
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/deadlines`,
      permission: 'blueCard.work',
      summary: 'Deadlines due and overdue in one’s procedures, per group (the chair: the whole team)',
      response: BlueCardDeadlineList,
      handler: (_i, ctx) => reports.deadlines(ctx, todayInPoland()),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/dashboard`,
      permission: 'blueCard.coordinate',
      replica: true,
      summary:
        'The chair’s dashboard: procedures at risk (deadline overdue or within 2 working days), counts by status',
      response: BlueCardDashboard,
      handler: (_i, ctx) => reports.dashboard(ctx, todayInPoland()),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/statistics`,
      permission: 'blueCard.statistics',
      replica: true,
      summary:
        'The yearly figures of the team: opened, closed by reason, meetings, persons by role, sex and age — counts only',
      query: Year,
      response: BlueCardStatisticsAnswer,
      handler: ({ query }, ctx) => reports.statistics(ctx, query.year),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/:id`,
      permission: 'blueCard.work',
      summary:
        'A procedure with its log, status, deadlines, persons, group, meetings, forms and allowed actions (404 outside the compartment; the read is logged)',
      params: IdParams,
      response: Procedure,
      handler: ({ params }, ctx) => service.getProcedure(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/:id/access-log`,
      permission: 'blueCard.work',
      summary: 'Who read and changed this procedure',
      params: IdParams,
      response: AccessLog,
      handler: ({ params }, ctx) => reports.accessLog(ctx, params.id),
    }),
    step(
      'participants',
      'Add a person to the procedure',
      'blueCard.work',
      AddParticipant,
      service.addParticipant,
    ),
    step(
      'form-b',
      'Record that NK-B was handed to a person experiencing violence',
      'blueCard.work',
      HandOverFormB,
      service.handOverFormB,
    ),
    step(
      'transfer',
      'Record that NK-A went to the chair of the interdisciplinary team',
      'blueCard.work',
      TransferToChair,
      (ctx, id, b) => service.transferToChair(ctx, id, b.on),
    ),
    step(
      'diagnostic-group',
      'The chair forms the diagnostic-help group (a social worker and a police officer at least)',
      'blueCard.coordinate',
      FormDiagnosticGroup,
      groupService.formDiagnosticGroup,
    ),
    step(
      'diagnostic-group-change',
      'The chair adds or removes group members',
      'blueCard.coordinate',
      ChangeDiagnosticGroup,
      groupService.changeDiagnosticGroup,
    ),
    step(
      'meetings',
      'Schedule a meeting; invitations go to the members and the persons named',
      'blueCard.work',
      ScheduleMeeting,
      groupService.scheduleMeeting,
    ),
    defineRoute({
      method: 'POST',
      url: `${BASE}/:id/meetings/:meetingId/record`,
      permission: 'blueCard.work',
      summary: 'Record a held meeting: attendance and minutes',
      params: z.object({ id: z.uuid(), meetingId: z.uuid() }),
      body: RecordMeeting,
      response: Procedure,
      handler: ({ params, body }, ctx) => groupService.recordMeeting(ctx, params.id, params.meetingId, body),
    }),
    step(
      'forms',
      'Fill in NK-C (with a victim), NK-D or NK-E (with a person using violence)',
      'blueCard.work',
      FillForm,
      groupService.fillForm,
    ),
    step(
      'referrals',
      'Refer a person using violence to a programme',
      'blueCard.work',
      Refer,
      groupService.refer,
    ),
    step(
      'closure',
      'Close the procedure (violence stopped and plan done, or no grounds); monitoring starts',
      'blueCard.work',
      CloseProcedure,
      groupService.close,
    ),
    step(
      'monitoring-end',
      'End the monitoring after closure',
      'blueCard.work',
      EndMonitoring,
      groupService.endMonitoring,
    ),
    pdfDocumentRoute({
      url: `${BASE}/:id/forms/:formId/pdf`,
      permission: 'blueCard.work',
      summary: 'A form (NK-A…E) as PDF; for a person only when the disclosure rule allows (403 otherwise)',
      params: z.object({ id: z.uuid(), formId: z.uuid() }),
      query: Recipient,
      document: (ctx, p, q) => documents.formDocument(ctx, p.id, p.formId, q.recipientPersonId),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/:id/suspects/:suspectId/completion`,
      permission: 'blueCard.work',
      summary:
        'Complete the record of a suspect known only by name: the registry person (or a new one) joins as the person suspected of violence',
      params: z.object({ id: z.uuid(), suspectId: z.uuid() }),
      body: CompleteSuspect,
      response: Procedure,
      handler: ({ params, body }, ctx) => service.completeSuspect(ctx, params.id, params.suspectId, body),
    }),
    pdfDocumentRoute({
      url: `${BASE}/:id/meetings/:meetingId/invitations/:inviteeId/pdf`,
      permission: 'blueCard.work',
      summary: 'The invitation (zawiadomienie) to a meeting for one invited group member or person, as PDF',
      params: z.object({ id: z.uuid(), meetingId: z.uuid(), inviteeId: z.uuid() }),
      document: (ctx, p) => documents.invitationDocument(ctx, p.id, p.meetingId, p.inviteeId),
    }),
    pdfDocumentRoute({
      url: `${BASE}/:id/meetings/:meetingId/minutes/pdf`,
      permission: 'blueCard.work',
      summary: 'The minutes of a meeting as PDF; never for a person recorded as using violence',
      params: z.object({ id: z.uuid(), meetingId: z.uuid() }),
      query: Recipient,
      document: (ctx, p, q) => documents.minutesDocument(ctx, p.id, p.meetingId, q.recipientPersonId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/interdisciplinary-team',
      permission: 'authenticated',
      summary: 'The interdisciplinary team: its chair and members, and the staff who may sit in a group',
      response: InterdisciplinaryTeam,
      handler: (_i, ctx) => team.getTeam(ctx),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/interdisciplinary-team',
      permission: 'interdisciplinaryTeam.manage',
      summary: 'Set the team’s make-up from a date (as the appointing order says); exactly one chair',
      body: TeamInput,
      response: InterdisciplinaryTeam,
      handler: ({ body }, ctx) => team.setTeam(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/blue-card-parameters',
      permission: 'authenticated',
      summary: 'The time limits of the procedure, each period in force from its date',
      response: BlueCardParameterPeriods,
      handler: (_i, ctx) => reports.parameterPeriods(ctx),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/blue-card-parameters',
      permission: 'legalParameters.manage',
      summary: 'Add a period of time limits (e.g. when the [M] values are verified against the law)',
      body: BlueCardParametersInput,
      status: 201,
      response: BlueCardParameterPeriods,
      handler: ({ body }, ctx) => reports.addParameterPeriod(ctx, body),
    }),
  ];
}
