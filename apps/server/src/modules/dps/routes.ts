import {
  CreateDpsReferral,
  DpsAdmission,
  DpsCandidatePage,
  DpsCostQuery,
  DpsCostReport,
  DpsDecisionDate,
  DpsDocumentInput,
  DpsFeeInput,
  DpsHome,
  DpsHomeCostInput,
  DpsHomeInput,
  DpsHomePage,
  DpsQuery,
  DpsReferral,
  DpsReferralPage,
  DpsWaitingList,
} from '@ostoja/domain/services/dps';
import { FileBody } from '@ostoja/domain/shared/file';
import { z } from 'zod';
import { disposition, sendFile } from '../../http/file-reply.ts';
import { pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

const DocParams = z.object({ id: z.uuid(), documentId: z.uuid() });
const BASE = '/api/v1/dps';

export function dpsRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: `${BASE}/homes`,
      // The homes and the costs their starostas publish are public data.
      permission: 'authenticated',
      summary: 'The register of DPS homes with their published average monthly costs, by name',
      query: DpsQuery,
      response: DpsHomePage,
      handler: ({ query }, ctx) => service.listHomes(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/homes`,
      permission: 'serviceFees.manage',
      summary: 'Add a home to the register with its published average monthly cost',
      body: DpsHomeInput,
      status: 201,
      response: DpsHome,
      handler: ({ body }, ctx) => service.addHome(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/homes/:id/costs`,
      permission: 'serviceFees.manage',
      summary: 'Add the average monthly cost the starosta published for a year (never overwritten)',
      params: IdParams,
      body: DpsHomeCostInput,
      status: 201,
      response: DpsHome,
      handler: ({ params, body }, ctx) => service.addCost(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/referrals`,
      permission: 'dps.read',
      summary: 'DPS referral files, newest first (logged)',
      query: DpsQuery,
      response: DpsReferralPage,
      handler: ({ query }, ctx) => service.listReferrals(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/waiting-list`,
      permission: 'dps.read',
      summary:
        'Persons referred and not yet admitted, with their place by the date of the decision referring (logged)',
      query: DpsQuery,
      response: DpsWaitingList,
      handler: ({ query }, ctx) => service.waitingList(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/candidates`,
      permission: 'dps.manage',
      summary: 'Applications with a home visit whose applicant has no open DPS file (logged)',
      query: DpsQuery,
      response: DpsCandidatePage,
      handler: ({ query }, ctx) => service.candidates(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/monthly-cost`,
      permission: 'dps.read',
      summary: 'What the gmina pays in a month for each DPS resident it referred, and the total (logged)',
      query: DpsCostQuery,
      response: DpsCostReport,
      handler: ({ query }, ctx) => service.costReport(ctx, query.month),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/referrals/:id`,
      permission: 'dps.read',
      summary: 'A referral file with its documents, decisions and place on the waiting list (logged)',
      params: IdParams,
      response: DpsReferral,
      handler: ({ params }, ctx) => service.getReferral(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/referrals`,
      permission: 'dps.manage',
      summary:
        'Open the referral file of a person counted by an application’s home visit, with the chosen home',
      body: CreateDpsReferral,
      status: 201,
      response: DpsReferral,
      handler: ({ body }, ctx) => service.createReferral(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/referrals/:id/documents`,
      permission: 'dps.manage',
      summary: 'Attach a scanned document (consent, medical, psychological): PDF, JPEG or PNG',
      params: IdParams,
      body: DpsDocumentInput,
      status: 201,
      response: DpsReferral,
      handler: ({ params, body }, ctx) => service.addDocument(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/referrals/:id/documents/:documentId`,
      permission: 'dps.read',
      summary: 'A document of the referral file (logged)',
      params: DocParams,
      response: FileBody,
      async handler({ params }, ctx, reply) {
        const d = await service.document(ctx, params.id, params.documentId);
        return sendFile(
          reply,
          d.data,
          d.mediaType,
          disposition('attachment', encodeURIComponent(d.fileName)),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/referrals/:id/referral-decision`,
      permission: 'dps.manage',
      summary: 'The decision referring to the home (needs the consent and the medical certificate)',
      params: IdParams,
      body: DpsDecisionDate,
      response: DpsReferral,
      handler: ({ params, body }, ctx) => service.refer(ctx, params.id, body.decidedOn),
    }),
    pdfRoute({
      url: `${BASE}/referrals/:id/referral-decision/pdf`,
      permission: 'dps.read',
      summary: 'The decision referring as PDF (logged)',
      document: (ctx, id) => service.decisionDocument(ctx, id, 'referral'),
    }),
    pdfRoute({
      url: `${BASE}/referrals/:id/fee-decision/pdf`,
      permission: 'dps.read',
      summary: 'The decision setting the fee as PDF, with the payer order (logged)',
      document: (ctx, id) => service.decisionDocument(ctx, id, 'fee'),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/referrals/:id/fee-decision`,
      permission: 'dps.manage',
      summary: 'The decision setting the fee: resident, relatives by agreement, the gmina the rest',
      params: IdParams,
      body: DpsFeeInput,
      response: DpsReferral,
      handler: ({ params, body }, ctx) => service.setFee(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/referrals/:id/admission`,
      permission: 'dps.manage',
      summary: 'The day the person entered the home; it leaves the waiting list',
      params: IdParams,
      body: DpsAdmission,
      response: DpsReferral,
      handler: ({ params, body }, ctx) => service.admit(ctx, params.id, body.admittedOn),
    }),
  ];
}
