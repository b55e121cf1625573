import type { FastifyReply } from 'fastify';

/** The content type of an Excel workbook. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `inline` (the browser opens it in place) or `attachment` (saved), with a plain file name. */
export const disposition = (kind: 'inline' | 'attachment', filename: string) =>
  `${kind}; filename="${filename}"`;

/**
 * A file answer: sets its content type, content disposition and — when given — cache control,
 * and answers the body unchanged.
 */
export function sendFile<B>(
  reply: FastifyReply,
  body: B,
  contentType: string,
  contentDisposition: string,
  cache?: string,
) {
  reply.header('content-type', contentType).header('content-disposition', contentDisposition);
  if (cache) reply.header('cache-control', cache);
  return body;
}
