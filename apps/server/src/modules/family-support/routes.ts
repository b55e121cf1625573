import {
  AssignAssistant,
  AssistantLoads,
  Caseload,
  CourtOpinionInput,
  EndAssistance,
  FamilyAssistance,
  FamilyAssistancePage,
  FamilyAssistanceQuery,
  PlanItemInput,
  RecordConsent,
  ReferFamily,
  VisitInput,
} from '@ostoja/domain/family-support/assistance';
import {
  ChargeNote,
  ChargeNoteInput,
  CreateFosterChild,
  FosterCareYear,
  FosterChild,
  FosterChildPage,
  FosterChildQuery,
  ImportChargeNotes,
  ImportResult,
  YearQuery,
} from '@ostoja/domain/family-support/foster-care';
import { FileBody } from '@ostoja/domain/shared/file';
import { inlinePdf } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as fosterCare from './service.ts';
import * as assistance from './service-assistance.ts';
import { caseload } from './service-caseload.ts';

export function familySupportRoutes(): RouteDef[] {
  return [...fosterCareRoutes(), ...assistanceRoutes(), caseloadRoute()];
}

function fosterCareRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/foster-care/children',
      permission: 'fosterCare.read',
      summary: "The gmina's children in foster care (art. 191 ust. 9 uwr), Polish order (logged)",
      query: FosterChildQuery,
      response: FosterChildPage,
      handler: ({ query }, ctx) => fosterCare.listChildren(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/foster-care/children',
      permission: 'fosterCare.manage',
      summary: 'Record a placement of a child of the registry in foster care; 409 when one is open',
      body: CreateFosterChild,
      status: 201,
      response: FosterChild,
      handler: ({ body }, ctx) => fosterCare.createChild(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/foster-care/children/:id',
      permission: 'fosterCare.read',
      summary: 'A child in foster care with the powiat notes checked against the rule (logged)',
      params: IdParams,
      response: FosterChild,
      handler: ({ params }, ctx) => fosterCare.getChild(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/foster-care/children/:id/notes',
      permission: 'fosterCare.manage',
      summary: "Enter the powiat's monthly note; the gmina's share is computed and a difference flagged",
      params: IdParams,
      body: ChargeNoteInput,
      status: 201,
      response: ChargeNote,
      handler: ({ params, body }, ctx) => fosterCare.addNote(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/foster-care/notes/import',
      permission: 'fosterCare.manage',
      summary: 'Import notes from CSV (pesel;month;number;cost;charged); one bad row → 400, nothing imported',
      body: ImportChargeNotes,
      response: ImportResult,
      handler: ({ body }, ctx) => fosterCare.importNotes(ctx, body.csv),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/foster-care/years/:year',
      permission: 'fosterCare.read',
      summary: "The gmina's foster care cost of a year for the budget, by month",
      params: YearQuery,
      response: FosterCareYear,
      handler: ({ params }, ctx) => fosterCare.yearTotal(ctx, params.year),
    }),
  ];
}

function assistanceRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/family-assistance',
      permission: 'familySupport.read',
      summary: 'Families with an assistant the caller may see (an assistant: their own), newest first',
      query: FamilyAssistanceQuery,
      response: FamilyAssistancePage,
      handler: ({ query }, ctx) => assistance.list(ctx, query, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/family-assistants',
      permission: 'familySupport.assign',
      summary: 'Family assistants with the families each works with now (limit 15)',
      response: AssistantLoads,
      handler: (_req, ctx) => assistance.assistants(ctx),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/family-assistance/:id',
      permission: 'familySupport.read',
      summary: 'The work with a family: plan, visits, dates (logged)',
      params: IdParams,
      response: FamilyAssistance,
      handler: ({ params }, ctx) => assistance.get(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-assistance',
      permission: 'familySupport.refer',
      summary: 'Refer a family for an assistant after a home visit, or on a court order',
      body: ReferFamily,
      status: 201,
      response: FamilyAssistance,
      handler: ({ body }, ctx) => assistance.refer(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-assistance/:id/assign',
      permission: 'familySupport.assign',
      summary: 'The head assigns an assistant; 409 when the assistant already has 15 families',
      params: IdParams,
      body: AssignAssistant,
      response: FamilyAssistance,
      handler: ({ params, body }, ctx) =>
        assistance.assign(ctx, params.id, body.assistantId, body.assignedOn),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-assistance/:id/consent',
      permission: 'familySupport.work',
      summary: "Record the family's consent: the work starts",
      params: IdParams,
      body: RecordConsent,
      response: FamilyAssistance,
      handler: ({ params, body }, ctx) => assistance.consent(ctx, params.id, body.consentOn),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-assistance/:id/plan',
      permission: 'familySupport.work',
      summary: 'Add an item to the plan pracy z rodziną (goal, action, deadline, expected effect)',
      params: IdParams,
      body: PlanItemInput,
      response: FamilyAssistance,
      handler: ({ params, body }, ctx) => assistance.addPlanItem(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-assistance/:id/visits',
      permission: 'familySupport.work',
      summary: 'Record a visit or contact with its note (after the end: monitoring only)',
      params: IdParams,
      body: VisitInput,
      response: FamilyAssistance,
      handler: ({ params, body }, ctx) => assistance.addVisit(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-assistance/:id/end',
      permission: 'familySupport.work',
      summary: 'End the work with the family, with the monitoring period after it',
      params: IdParams,
      body: EndAssistance,
      response: FamilyAssistance,
      handler: ({ params, body }, ctx) => assistance.end(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-assistance/:id/court-opinion',
      response: FileBody,
      permission: 'familySupport.work',
      summary: "The assistant's opinion for the court as PDF, dated today (logged)",
      params: IdParams,
      body: CourtOpinionInput,
      async handler({ params, body }, ctx, reply) {
        return inlinePdf(reply, await assistance.courtOpinion(ctx, params.id, body));
      },
    }),
  ];
}

function caseloadRoute(): RouteDef {
  return defineRoute({
    method: 'GET',
    url: '/api/v1/caseload',
    permission: 'caseload.read',
    summary: 'Households in social work per worker and the centre against art. 110 ust. 11 ups',
    response: Caseload,
    handler: (_req, ctx) => caseload(ctx),
  });
}
