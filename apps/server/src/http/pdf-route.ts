import type { Permission } from '@ostoja/domain/identity/permissions';
import { PdfFile } from '@ostoja/domain/shared/file';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { StaffContext } from './context.ts';
import { defineRoute } from './route.ts';

const IdParams = z.object({ id: z.uuid() });

/** A document the browser opens in place (the staff print it): PDF, with its file name. */
export function inlinePdf(reply: FastifyReply, d: { pdf: Buffer; filename: string }) {
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${d.filename}"`);
  return d.pdf;
}

/** GET `url` (with `:id`): the record's document as PDF, made by `document` in the route's transaction. */
export function pdfRoute(r: {
  url: string;
  permission: Exclude<Permission, 'public'>;
  summary: string;
  /** The `:id` parameter's schema, when the module checks it its own way. */
  params?: z.ZodType<{ id: string }>;
  document(ctx: StaffContext, id: string): Promise<{ pdf: Buffer; filename: string }>;
}) {
  return defineRoute({
    method: 'GET',
    url: r.url,
    permission: r.permission,
    summary: r.summary,
    params: r.params ?? IdParams,
    response: PdfFile,
    handler: async ({ params }, ctx, reply) =>
      inlinePdf(reply, await r.document(ctx as StaffContext, params.id)),
  });
}
