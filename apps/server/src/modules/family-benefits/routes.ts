import {
  CreateFamilyBenefitApplication,
  DecideFamilyBenefit,
  FamilyBenefitApplication,
  FamilyBenefitApplicationPage,
  FamilyBenefitApplicationQuery,
  FamilyBenefitReport,
  FamilyBenefitReportQuery,
  FamilyBenefitsCalculatorAnswer,
  ProvideAttachments,
} from '@ostoja/domain/family-benefits/application';
import { FamilyBenefitsCalculatorRequest } from '@ostoja/domain/family-benefits/calculator';
import { ChangeFamilyBenefit, FamilyBenefitChangeAnswer } from '@ostoja/domain/family-benefits/change';
import { FamilyBenefitDeadlines, RecordForwarding } from '@ostoja/domain/family-benefits/clerk';
import { PdfFile } from '@ostoja/domain/shared/file';
import { inlinePdf, pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as amendments from './amendments.ts';
import { callToCompleteLetter } from './call-to-complete.ts';
import * as letters from './decision-letter.ts';
import * as service from './service.ts';

export function familyBenefitsRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/calculators/family-benefits',
      permission: 'public',
      summary:
        "Self-check: zasiłek rodzinny with its dodatki for a month, after 'złotówka za złotówkę'; every step with its article in the Accept-Language language",
      tags: ['familyBenefits'],
      body: FamilyBenefitsCalculatorRequest,
      response: FamilyBenefitsCalculatorAnswer,
      transaction: false,
      handler: ({ body }, ctx) => service.calculate(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/family-benefits/applications',
      permission: 'familyBenefits.read',
      summary: 'Family benefit applications, newest first (logged)',
      tags: ['familyBenefits'],
      query: FamilyBenefitApplicationQuery,
      response: FamilyBenefitApplicationPage,
      handler: ({ query }, ctx) => service.list(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-benefits/applications',
      permission: 'familyBenefits.write',
      summary:
        'Register an application: base-year income per member (lost and gained income), the attachments checklist; missing ones → incomplete with the 14-day call',
      tags: ['familyBenefits'],
      body: CreateFamilyBenefitApplication,
      status: 201,
      response: FamilyBenefitApplication,
      handler: ({ body }, ctx) => service.create(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/family-benefits/applications/:id',
      permission: 'familyBenefits.read',
      summary: 'An application with its family, income, the right computed and the decision (logged)',
      tags: ['familyBenefits'],
      params: IdParams,
      response: FamilyBenefitApplication,
      handler: ({ params }, ctx) => service.get(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-benefits/applications/:id/attachments',
      permission: 'familyBenefits.write',
      summary: 'Record attachments brought after the call to complete; complete once none is missing',
      tags: ['familyBenefits'],
      params: IdParams,
      body: ProvideAttachments,
      response: FamilyBenefitApplication,
      handler: ({ params, body }, ctx) => service.provideAttachments(ctx, params.id, body.attachments),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-benefits/applications/:id/forwarding',
      permission: 'familyBenefits.write',
      summary:
        'Record (or correct) the day an application of a family living partly abroad was sent to the voivode (EU coordination); 409 unless forwarded',
      tags: ['familyBenefits'],
      params: IdParams,
      body: RecordForwarding,
      response: FamilyBenefitApplication,
      handler: ({ params, body }, ctx) => service.recordForwarding(ctx, params.id, body.forwardedOn),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/family-benefits/completion-deadlines',
      permission: 'familyBenefits.write',
      summary:
        "The clerk's home page: incomplete applications by the last day of their call to complete (14 days), nearest first, the overdue marked (logged)",
      tags: ['familyBenefits'],
      response: FamilyBenefitDeadlines,
      handler: (_req, ctx) => service.completionDeadlines(ctx),
    }),
    pdfRoute({
      url: '/api/v1/family-benefits/applications/:id/call-to-complete/pdf',
      permission: 'familyBenefits.read',
      summary:
        'The call to complete an incomplete application (wezwanie): the missing attachments and the day they are due, as PDF (logged); 409 when nothing is missing',
      document: callToCompleteLetter,
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-benefits/applications/:id/decision',
      permission: 'familyBenefits.decide',
      summary:
        'Grant for the okres zasiłkowy (monthly payments into the payment runs) or refuse; 409 while incomplete or forwarded (EU coordination)',
      tags: ['familyBenefits'],
      params: IdParams,
      body: DecideFamilyBenefit,
      response: FamilyBenefitApplication,
      handler: ({ params, body }, ctx) => service.decide(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/family-benefits/applications/:id/change',
      permission: 'familyBenefits.decide',
      summary:
        "Change (or revoke) the granted benefit from a month on when the family's situation changed (art. 32 usr); months already paid above the new right become an undue benefit to repay (art. 30 usr)",
      tags: ['familyBenefits'],
      params: IdParams,
      body: ChangeFamilyBenefit,
      response: FamilyBenefitChangeAnswer,
      handler: ({ params, body }, ctx) => amendments.changeDecision(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/family-benefits/decisions/:id/pdf',
      permission: 'familyBenefits.read',
      summary: 'A family benefit decision letter as PDF (logged as a read of the family)',
      tags: ['familyBenefits'],
      params: IdParams,
      response: PdfFile,
      handler: async ({ params }, ctx, reply) =>
        inlinePdf(reply, await letters.decisionLetter(ctx, params.id)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/family-benefits/report',
      permission: 'familyBenefits.read',
      replica: true,
      summary:
        'Sprawozdanie of family benefits for months from–to: count, families and amount per benefit and dodatek, from the granted decisions',
      tags: ['familyBenefits'],
      query: FamilyBenefitReportQuery,
      response: FamilyBenefitReport,
      handler: ({ query }, ctx) => service.report(ctx, query.from, query.to),
    }),
  ];
}
