import {
  AnonymisationResult,
  AnonymisePerson,
  CreateProtocol,
  DestructionProtocol,
  DestructionProtocolPage,
  DueQuery,
  DueRecordPage,
  IdParams,
  PersonParams,
  ProtocolItemsQuery,
  ProtocolVersion,
  RecordKindParams,
  RectificationPage,
  RetentionRule,
  RetentionRulePage,
  SignProtocol,
  SubjectAccessExport,
  UpdateRetentionRule,
} from '@ostoja/domain/records/records';
import { PdfFile } from '@ostoja/domain/shared/file';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

const pdf = (reply: { header(k: string, v: string): unknown }, filename: string) => {
  reply.header('content-type', 'application/pdf');
  reply.header('content-disposition', `inline; filename="${filename}"`);
};

export function recordsRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/records/retention-rules',
      permission: 'records.manage',
      summary: 'Each kind of record with its JRWA symbol, archival category and period',
      response: RetentionRulePage,
      handler: (_i, ctx) => service.listRules(ctx),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/records/retention-rules/:kind',
      permission: 'records.manage',
      summary: "Set a kind's JRWA symbol, category and period (the centre's instrukcja kancelaryjna)",
      params: RecordKindParams,
      body: UpdateRetentionRule,
      response: RetentionRule,
      handler: ({ params, body }, ctx) => service.updateRule(ctx, params.kind, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/records/due',
      permission: 'records.manage',
      summary: 'Records whose period ends by the end of the month, not yet in a protocol (no personal data)',
      query: DueQuery,
      response: DueRecordPage,
      handler: ({ query }, ctx) => service.dueList(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/records/destruction-protocols',
      permission: 'records.manage',
      summary: 'Destruction protocols, newest first',
      query: ProtocolItemsQuery,
      response: DestructionProtocolPage,
      handler: ({ query }, ctx) => service.listProtocols(ctx, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/records/destruction-protocols',
      permission: 'records.manage',
      summary: 'Draw up the protocol of the records of category B due by the end of the month; 409 when none',
      body: CreateProtocol,
      status: 201,
      response: DestructionProtocol,
      handler: ({ body }, ctx) => service.createProtocol(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/records/destruction-protocols/:id',
      permission: 'records.manage',
      summary: 'A destruction protocol',
      params: IdParams,
      response: DestructionProtocol,
      handler: ({ params }, ctx) => service.getProtocol(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/records/destruction-protocols/:id/items',
      permission: 'records.manage',
      summary: 'The records a protocol lists',
      params: IdParams,
      query: ProtocolItemsQuery,
      response: DueRecordPage,
      handler: ({ params, query }, ctx) => service.protocolItems(ctx, params.id, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/records/destruction-protocols/:id/pdf',
      permission: 'records.manage',
      summary: 'The protocol as PDF: the list, the committee with places to sign, the archive consent',
      params: IdParams,
      response: PdfFile,
      async handler({ params }, ctx, reply) {
        const d = await service.protocolDocument(ctx, params.id);
        pdf(reply, d.filename);
        return d.pdf;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/records/destruction-protocols/:id/signature',
      permission: 'records.manage',
      summary: "Record that the committee signed the protocol, with the state archive's consent",
      params: IdParams,
      body: SignProtocol,
      response: DestructionProtocol,
      handler: ({ params, body }, ctx) => service.signProtocol(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/records/destruction-protocols/:id/anonymisation',
      permission: 'records.manage',
      summary: 'Anonymise the persons of a signed protocol whose every record is destroyed (audit rows kept)',
      params: IdParams,
      body: ProtocolVersion,
      response: DestructionProtocol,
      handler: ({ params, body }, ctx) => service.anonymisationRun(ctx, params.id, body.version),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/records/persons/:id/export',
      permission: 'records.subjectAccess',
      summary: 'RODO art. 15: everything about a person as JSON (Niebieska Karta only to its team; audited)',
      params: PersonParams,
      response: SubjectAccessExport,
      handler: ({ params }, ctx) => service.subjectAccess(ctx, params.id, 'json'),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/records/persons/:id/export/pdf',
      permission: 'records.subjectAccess',
      summary: 'RODO art. 15: everything about a person as PDF (Niebieska Karta only to its team; audited)',
      params: PersonParams,
      response: PdfFile,
      async handler({ params }, ctx, reply) {
        const d = await service.subjectAccessDocument(ctx, params.id);
        pdf(reply, d.filename);
        return d.pdf;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/records/persons/:id/rectifications',
      permission: 'records.subjectAccess',
      summary: "RODO art. 16: the person's saved changes, each field before and after, newest first",
      params: PersonParams,
      response: RectificationPage,
      handler: ({ params }, ctx) => service.rectifications(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/records/persons/:id/anonymisation',
      permission: 'records.manage',
      summary: 'Anonymise a person none of whose records is kept any longer; 409 while one is',
      params: PersonParams,
      body: AnonymisePerson,
      response: AnonymisationResult,
      handler: ({ params }, ctx) => service.anonymisePerson(ctx, params.id),
    }),
  ];
}
