import { checkFirstPart, decodeBase64, safeFileName, UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import type { FastifyReply } from 'fastify';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { fieldError, notFound } from '../../http/errors.ts';
import { sendFile } from '../../http/file-reply.ts';
import * as repo from './content-repo.ts';
import type { DocumentMetaInput } from './content-service.ts';
import { appendPart } from './uploads.ts';

// Downloadable documents (forms, regulations, reports): PDF only, proven by its first bytes.

export interface NewDocument extends DocumentMetaInput {
  fileName: string;
  mediaType?: string | null | undefined;
  size: number;
  data: string;
}

/** Creates the document with the file's first part; it can be published once the file is complete. */
export async function createDocument(ctx: StaffContext, input: NewDocument) {
  const first = decodeBase64(input.data);
  const check = checkFirstPart(first, {
    size: input.size,
    maxBytes: UPLOAD_LIMITS.maxDocumentBytes,
    allowed: ['application/pdf'],
    declared: input.mediaType,
  });
  if ('message' in check) throw fieldError(check.path, check.message);
  const id = await repo.insertDocument(ctx.q, {
    category: input.category,
    texts: input.texts,
    fileName: safeFileName(input.fileName, check.type),
    mediaType: check.type,
    size: input.size,
  });
  const part = await appendPart(ctx.q, 'portal_document', id, 0, input.data);
  if (input.published && !part.complete) throw fieldError('published', 'validation.file.incomplete');
  if (input.published) await repo.publishDocument(ctx.q, id);
  await ctx.audit({
    action: 'create',
    entity: 'portalDocument',
    entityId: id,
    details: { size: input.size },
  });
  return { ...(await repo.findDocument(ctx.q, id))!, ...part };
}

export async function addDocumentPart(ctx: StaffContext, id: string, offset: number, data: string) {
  if (!(await repo.findDocument(ctx.q, id))) throw notFound();
  const part = await appendPart(ctx.q, 'portal_document', id, offset, data);
  if (part.complete) await ctx.audit({ action: 'upload', entity: 'portalDocument', entityId: id });
  return part;
}

/** RFC 6266 / 5987: an ASCII fallback name plus the UTF-8 name with Polish letters. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string) {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'plik';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function sendDocument(q: Queryable, id: string, reply: FastifyReply) {
  const f = await repo.documentFile(q, id);
  if (!f) throw notFound();
  const cache = 'public, max-age=300';
  return sendFile(reply, Buffer.from(f.data), f.mediaType, contentDisposition('inline', f.fileName), cache);
}
