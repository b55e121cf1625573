import {
  Activity,
  ActivityInput,
  ActivityPage,
  AttendanceSheet,
  DayInput,
  EndInput,
  EnrolInput,
  Enrolment,
  EnrolmentPage,
  EnrolmentQuery,
  Facility,
  FacilityInput,
  FacilityPage,
  FacilityQuery,
  Mark,
  MarkInput,
  MonthlyReport,
  ReportQuery,
  SheetQuery,
} from '@ostoja/domain/centres/facility';
import { FileBody } from '@ostoja/domain/shared/file';
import { pageQuery } from '@ostoja/domain/shared/list';
import { isoDate } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

const IdParams = z.object({ id: z.uuid() });
const DayParams = z.object({ id: z.uuid(), day: isoDate });

export function centresRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/facilities',
      permission: 'centres.read',
      summary: 'Support centres and clubs with their places taken and waiting, by name',
      query: FacilityQuery,
      response: FacilityPage,
      handler: ({ query }, ctx) => service.listFacilities(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/facilities/:id',
      permission: 'centres.read',
      summary: 'A support centre or club: kind, places, hours, staff, cost',
      params: IdParams,
      response: Facility,
      handler: ({ params }, ctx) => service.getFacility(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/facilities',
      permission: 'centres.manage',
      summary: 'Add a support centre or club',
      body: FacilityInput,
      status: 201,
      response: Facility,
      handler: ({ body }, ctx) => service.addFacility(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/facilities/:id/enrolments',
      permission: 'centres.read',
      summary: 'Who is enrolled, offered a place, waiting (in order) or has left (logged)',
      params: IdParams,
      query: EnrolmentQuery,
      response: EnrolmentPage,
      handler: ({ params, query }, ctx) => service.listEnrolments(ctx, params.id, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/facilities/:id/enrolments',
      permission: 'centres.work',
      summary:
        'Enrol a person with the referral and who consents; on the waiting list when the place is full',
      params: IdParams,
      body: EnrolInput,
      status: 201,
      response: Enrolment,
      handler: ({ params, body }, ctx) => service.enrol(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/enrolments/:id',
      permission: 'centres.read',
      summary: 'An enrolment with its referral, consent, place on the list and fee (logged)',
      params: IdParams,
      response: Enrolment,
      handler: ({ params }, ctx) => service.getEnrolment(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/enrolments/:id/consent',
      permission: 'centres.read',
      summary: 'The consent to take part as PDF, to print and sign',
      params: IdParams,
      response: FileBody,
      async handler({ params }, ctx, reply) {
        const { pdf, filename } = await service.consentDocument(ctx, params.id);
        reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="${encodeURIComponent(filename)}"`);
        return pdf;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/enrolments/:id/consent',
      permission: 'centres.work',
      summary: 'Record the day the signed consent came back',
      params: IdParams,
      body: DayInput,
      response: Enrolment,
      handler: ({ params, body }, ctx) => service.signConsent(ctx, params.id, body.on),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/enrolments/:id/acceptance',
      permission: 'centres.work',
      summary: 'The person takes the place offered to them',
      params: IdParams,
      body: DayInput,
      response: Enrolment,
      handler: ({ params, body }, ctx) => service.accept(ctx, params.id, body.on),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/enrolments/:id/end',
      permission: 'centres.work',
      summary: 'End the participation or leave the list; the freed place is offered to the first waiting',
      params: IdParams,
      body: EndInput,
      response: Enrolment,
      handler: ({ params, body }, ctx) => service.end(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/facilities/:id/attendance',
      permission: 'centres.read',
      summary: 'The register of a day: everyone enrolled, present, absent or not yet marked (logged)',
      params: IdParams,
      query: SheetQuery,
      response: AttendanceSheet,
      handler: ({ params, query }, ctx) => service.sheet(ctx, params.id, query.day),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/enrolments/:id/attendance/:day',
      permission: 'centres.work',
      summary: 'Mark a person present or absent on a day',
      params: DayParams,
      body: MarkInput,
      response: Mark,
      handler: ({ params, body }, ctx) => service.mark(ctx, params.id, params.day, body.present),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/facilities/:id/report',
      permission: 'centres.read',
      replica: true,
      summary: 'The month at a place: attendance, participants, fees, cost per place and per day (logged)',
      params: IdParams,
      query: ReportQuery,
      response: MonthlyReport,
      handler: ({ params, query }, ctx) => service.report(ctx, params.id, query.month),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/facilities/:id/activities',
      permission: 'centres.read',
      summary: 'Classes and activities held, newest first, with participants (logged)',
      params: IdParams,
      query: pageQuery(100, 50),
      response: ActivityPage,
      handler: ({ params, query }, ctx) => service.listActivities(ctx, params.id, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/facilities/:id/activities',
      permission: 'centres.work',
      summary: 'Record classes held and who took part',
      params: IdParams,
      body: ActivityInput,
      status: 201,
      response: Activity,
      handler: ({ params, body }, ctx) => service.addActivity(ctx, params.id, body),
    }),
  ];
}
