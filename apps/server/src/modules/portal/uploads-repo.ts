import type { FileType } from '@ostoja/domain/portal/files';
import type { Queryable } from '../../db/db.ts';

// The tables that take files in parts (see uploads.ts): the name is one of these, never input.
export type UploadTable = 'intake_attachment' | 'portal_document';

/** The upload's state, its row locked until the transaction ends. */
export async function lockUpload(q: Queryable, table: UploadTable, id: string) {
  const r = await q.query<{ size: number; received: number; mediaType: FileType; done: boolean }>(
    `SELECT size, octet_length(data) AS received, media_type AS "mediaType", sha256 IS NOT NULL AS done
       FROM ${table} WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return r.rows[0];
}

/** The last KiB received, where a file's ending may begin. */
export async function uploadTail(q: Queryable, table: UploadTable, id: string) {
  const t = await q.query<{ tail: Buffer }>(
    `SELECT substring(data FROM greatest(1, octet_length(data) - 1023)) AS tail FROM ${table} WHERE id = $1`,
    [id],
  );
  return t.rows[0]!.tail;
}

/** Appends a part; with the last one, the file's SHA-256 marks it complete. */
export async function appendData(
  q: Queryable,
  table: UploadTable,
  id: string,
  part: Buffer,
  complete: boolean,
) {
  await q.query(
    `UPDATE ${table} SET data = data || $2,
            sha256 = CASE WHEN $3::boolean THEN encode(sha256(data || $2), 'hex') END
      WHERE id = $1`,
    [id, part, complete],
  );
}
