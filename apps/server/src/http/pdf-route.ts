import type { Permission } from '@ostoja/domain/identity/permissions';
import { PdfFile } from '@ostoja/domain/shared/file';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { StaffContext } from './context.ts';
import { disposition, sendFile } from './file-reply.ts';
import { defineRoute, IdParams } from './route.ts';

/** A document the browser opens in place (the staff print it): PDF, with its file name. */
export function inlinePdf(reply: FastifyReply, d: PdfDoc) {
  return sendFile(reply, d.pdf, 'application/pdf', disposition('inline', d.filename));
}

type PdfDoc = { pdf: Buffer; filename: string };
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

/** GET `url`: a document as PDF, made in the route's transaction from its parsed params and query. */
export function pdfDocumentRoute<P extends z.ZodType, Q extends z.ZodType | undefined = undefined>(r: {
  url: string;
  permission: Exclude<Permission, 'public'>;
  summary: string;
  params: P;
  query?: Q;
  document(ctx: StaffContext, params: z.output<P>, query: Infer<Q>): Promise<PdfDoc>;
}) {
  return defineRoute({
    method: 'GET',
    url: r.url,
    permission: r.permission,
    summary: r.summary,
    params: r.params as z.ZodType,
    query: r.query as z.ZodType | undefined,
    response: PdfFile,
    handler: async ({ params, query }, ctx, reply) =>
      inlinePdf(reply, await r.document(ctx as StaffContext, params as z.output<P>, query as Infer<Q>)),
  });
}

/** GET `url` (with `:id`): the record's document as PDF, made by `document` in the route's transaction. */
export function pdfRoute(r: {
  url: string;
  permission: Exclude<Permission, 'public'>;
  summary: string;
  /** The `:id` parameter's schema, when the module checks it its own way. */
  params?: z.ZodType<{ id: string }>;
  document(ctx: StaffContext, id: string): Promise<PdfDoc>;
}) {
  return pdfDocumentRoute({
    ...r,
    params: r.params ?? IdParams,
    document: (ctx, p) => r.document(ctx, p.id),
  });
}
