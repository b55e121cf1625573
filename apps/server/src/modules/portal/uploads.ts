import { decodeBase64, endsProperly } from '@ostoja/domain/portal/files';
import type { Queryable } from '../../db/db.ts';
import { AppError, conflict, fieldError } from '../../http/errors.ts';
import type { UploadTable } from './uploads-repo.ts';
import * as repo from './uploads-repo.ts';

// Files travel in base64 parts of at most 512 KiB, because the server refuses JSON bodies over
// 1 MiB; a 5 MB scan is ten requests, and an interrupted upload resumes from `received`.
// A part is appended only at the exact offset already received, under a row lock, so a part
// sent twice (a retry after a lost answer) is refused rather than stored twice.

export type { UploadTable } from './uploads-repo.ts';

export interface PartResult {
  id: string;
  received: number;
  size: number;
  complete: boolean;
}

/** Appends a part to an upload the caller has already found and is allowed to write. */
export async function appendPart(
  q: Queryable,
  table: UploadTable,
  id: string,
  offset: number,
  data: string,
): Promise<PartResult> {
  const row = await repo.lockUpload(q, table, id);
  if (!row) throw new AppError(404, 'notFound', 'error.notFound');
  if (row.done) throw conflict('uploadComplete', 'error.upload.complete');
  if (offset !== row.received) {
    const e = new AppError(409, 'uploadOffset', 'error.upload.offset', [], { received: row.received });
    e.extra = { received: row.received };
    throw e;
  }
  const part = Buffer.from(decodeBase64(data));
  const received = row.received + part.length;
  if (received > row.size) throw fieldError('data', 'validation.file.sizeMismatch');
  const complete = received === row.size;
  if (complete) {
    // The ending decides whether the file is whole; a PDF's "%%EOF" may sit in the previous part.
    const tail = Buffer.concat([Buffer.from(await repo.uploadTail(q, table, id)), part]);
    if (!endsProperly(row.mediaType, tail)) throw fieldError('data', 'validation.file.damaged');
  }
  await repo.appendData(q, table, id, part, complete);
  return { id, received, size: row.size, complete };
}
