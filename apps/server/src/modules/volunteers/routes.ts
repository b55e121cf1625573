import { pageQuery } from '@ostoja/domain/shared/list';
import { Ok } from '@ostoja/domain/shared/response';
import {
  Agreement,
  AgreementInput,
  ReviewInput,
  SignUpReceived,
  VOLUNTEER_STATUSES,
  VolunteerPage,
  VolunteerSignUp,
  VolunteerWithAgreements,
} from '@ostoja/domain/volunteers/volunteer';
import { z } from 'zod';
import { pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

export function volunteersRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/volunteers/sign-up',
      permission: 'public',
      summary:
        'Sign up as a volunteer: name, phone or e-mail, availability, skills, consent; the coordinator calls back',
      body: VolunteerSignUp,
      status: 201,
      response: SignUpReceived,
      rateLimit: 'volunteer',
      handler: ({ body }, ctx) => service.signUp(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/volunteers',
      permission: 'volunteers.manage',
      summary: 'Volunteer sign-ups, newest first, by status (keyset pagination)',
      query: z
        .object({
          status: z.enum(VOLUNTEER_STATUSES).optional(),
        })
        .extend(pageQuery(200, 50).shape),
      response: VolunteerPage,
      handler: ({ query }, ctx) => service.list(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/volunteers/:id',
      permission: 'volunteers.manage',
      summary: 'A volunteer with the review and the agreements',
      params: IdParams,
      response: VolunteerWithAgreements,
      handler: ({ params }, ctx) => service.get(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/volunteers/:id/review',
      permission: 'volunteers.manage',
      summary: 'Accept or reject a sign-up, with a note',
      params: IdParams,
      body: ReviewInput,
      response: VolunteerWithAgreements,
      handler: ({ params, body }, ctx) =>
        service.review(ctx, params.id, body.decision, body.note ?? null, body.version),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/volunteers/:id',
      permission: 'volunteers.manage',
      summary: 'Erase a sign-up on the person’s request (refused once an agreement was concluded)',
      params: IdParams,
      response: Ok,
      handler: ({ params }, ctx) => service.erase(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/volunteers/:id/agreements',
      permission: 'volunteers.manage',
      summary:
        'Conclude the volunteer agreement (art. 44): scope, place, time, period, costs, notice; numbered PW/year/n',
      params: IdParams,
      body: AgreementInput,
      status: 201,
      response: Agreement,
      handler: ({ params, body }, ctx) => service.conclude(ctx, params.id, body),
    }),
    pdfRoute({
      url: '/api/v1/volunteer-agreements/:id/pdf',
      permission: 'volunteers.manage',
      summary: 'The volunteer agreement as PDF, for printing and signing by both parties',
      document: service.agreementDocument,
    }),
  ];
}
