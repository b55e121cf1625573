import type { PageKey } from '@ostoja/domain/portal/content';
import type {
  StaffDocument,
  StaffHelpForm,
  StaffNews,
  StaffPage,
} from '@ostoja/domain/portal/content-response';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// Public content: help forms, news, documents (metadata; the bytes are read only for download)
// and single pages. `published` filters are part of each public query.

export type HelpFormRow = z.output<typeof StaffHelpForm>;
const HELP_COLUMNS = `id, slug, category, texts, office_ids AS "officeIds", self_check AS "selfCheck",
  online_form AS "onlineForm", sort_order AS "sortOrder", published, version, updated_at AS "updatedAt"`;

export async function listHelpForms(q: Queryable, publishedOnly: boolean) {
  return rowsOf<HelpFormRow>(
    q,
    `SELECT ${HELP_COLUMNS} FROM portal_help_form ${publishedOnly ? 'WHERE published' : ''} ORDER BY sort_order, slug`,
  );
}

export async function findHelpForm(q: Queryable, by: { id: string } | { slug: string }) {
  const [col, value] = 'id' in by ? ['id', by.id] : ['slug', by.slug];
  return rowOf<HelpFormRow>(q, `SELECT ${HELP_COLUMNS} FROM portal_help_form WHERE ${col} = $1`, [value]);
}

export type HelpFormData = Omit<HelpFormRow, 'id' | 'version' | 'updatedAt'>;
const helpParams = (h: HelpFormData) => [
  h.slug,
  h.category,
  JSON.stringify(h.texts),
  h.officeIds,
  h.selfCheck,
  h.sortOrder,
  h.published,
  h.onlineForm,
];

export async function insertHelpForm(q: Queryable, h: HelpFormData) {
  return insertedId(
    q,
    `INSERT INTO portal_help_form (slug, category, texts, office_ids, self_check, sort_order, published, online_form)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    helpParams(h),
  );
}

export async function updateHelpForm(q: Queryable, id: string, version: number, h: HelpFormData) {
  return oneRow(
    q,
    `UPDATE portal_help_form SET slug = $1, category = $2, texts = $3, office_ids = $4, self_check = $5,
            sort_order = $6, published = $7, online_form = $8, version = version + 1, updated_at = now()
      WHERE id = $9 AND version = $10`,
    [...helpParams(h), id, version],
  );
}

export type NewsRow = z.output<typeof StaffNews>;
const NEWS_COLUMNS = `id, kind, texts, published_at AS "publishedAt", valid_until AS "validUntil", pinned, version,
  updated_at AS "updatedAt"`;
/** Visible to the public: published by now and not past its last day (in the centre's calendar). */
const NEWS_PUBLIC = `published_at <= now() AND (valid_until IS NULL OR valid_until >= (now() AT TIME ZONE 'Europe/Warsaw')::date)`;

export async function listNews(
  q: Queryable,
  o: {
    publicOnly: boolean;
    kind?: string | undefined;
    pinned?: boolean;
    after: After;
    limit: number;
  },
) {
  const where: string[] = [o.publicOnly ? NEWS_PUBLIC : 'TRUE'];
  const params: unknown[] = [];
  if (o.kind) where.push(`kind = $${params.push(o.kind)}`);
  if (o.pinned) where.push('pinned');
  // Drafts (no date) come first for staff; keyset over (coalesce(published_at, 'infinity'), id).
  const at = `coalesce(published_at, 'infinity'::timestamptz)`;
  if (o.after)
    where.push(`(${at}, id) < ($${params.push(o.after[0])}::timestamptz, $${params.push(o.after[1])}::uuid)`);
  return rowsOf<NewsRow & { cursorAt: string }>(
    q,
    `SELECT ${NEWS_COLUMNS}, ${at}::text AS "cursorAt" FROM portal_news WHERE ${where.join(' AND ')}
      ORDER BY ${at} DESC, id DESC LIMIT ${o.limit + 1}`,
    params,
  );
}

export async function findNews(q: Queryable, id: string, publicOnly: boolean) {
  return rowOf<NewsRow>(
    q,
    `SELECT ${NEWS_COLUMNS} FROM portal_news WHERE id = $1 AND ${publicOnly ? NEWS_PUBLIC : 'TRUE'}`,
    [id],
  );
}

/** A news item to write; the moment of publication as the request gives it (ISO), null: a draft. */
export type NewsData = Omit<NewsRow, 'id' | 'version' | 'updatedAt' | 'publishedAt'> & {
  publishedAt: string | null;
};
const newsParams = (n: NewsData) => [n.kind, JSON.stringify(n.texts), n.publishedAt, n.validUntil, n.pinned];

export async function insertNews(q: Queryable, n: NewsData, by: string | null) {
  return insertedId(
    q,
    `INSERT INTO portal_news (kind, texts, published_at, valid_until, pinned, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [...newsParams(n), by],
  );
}

export async function updateNews(q: Queryable, id: string, version: number, n: NewsData) {
  return oneRow(
    q,
    `UPDATE portal_news SET kind = $1, texts = $2, published_at = $3, valid_until = $4, pinned = $5,
            version = version + 1, updated_at = now()
      WHERE id = $6 AND version = $7`,
    [...newsParams(n), id, version],
  );
}

export async function deleteRow(
  q: Queryable,
  table: 'portal_help_form' | 'portal_news' | 'portal_document',
  id: string,
) {
  return oneRow(q, `DELETE FROM ${table} WHERE id = $1`, [id]);
}

type Page = z.output<typeof StaffPage>;
export interface PageRow {
  key: PageKey;
  texts: NonNullable<Page['texts']>;
  published: boolean;
  sitePublishedOn: string | null;
  preparedOn: string | null;
  compliance: NonNullable<Page['compliance']> | null;
  version: number;
  updatedOn: string;
}

export async function findPage(q: Queryable, key: string) {
  return rowOf<PageRow>(
    q,
    `SELECT key, texts, published, site_published_on AS "sitePublishedOn", prepared_on AS "preparedOn", compliance,
            version, (updated_at AT TIME ZONE 'Europe/Warsaw')::date AS "updatedOn"
       FROM portal_page WHERE key = $1`,
    [key],
  );
}

/** Creates the page or updates it when `version` matches (null version: only when none exists). */
export async function savePage(
  q: Queryable,
  p: Omit<PageRow, 'version' | 'updatedOn'>,
  version: number | null,
) {
  return oneRow(
    q,
    `INSERT INTO portal_page AS p (key, texts, published, site_published_on, prepared_on, compliance)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (key) DO UPDATE SET texts = EXCLUDED.texts, published = EXCLUDED.published,
            site_published_on = EXCLUDED.site_published_on, prepared_on = EXCLUDED.prepared_on,
            compliance = EXCLUDED.compliance, version = p.version + 1, updated_at = now()
      WHERE p.version = $7`,
    [p.key, JSON.stringify(p.texts), p.published, p.sitePublishedOn, p.preparedOn, p.compliance, version],
  );
}

export type DocumentRow = z.output<typeof StaffDocument>;
const DOC_COLUMNS = `id, category, texts, file_name AS "fileName", media_type AS "mediaType", size,
  octet_length(data) AS received, sha256 IS NOT NULL AS complete, published, version, updated_at AS "updatedAt"`;

export async function listDocuments(q: Queryable, publishedOnly: boolean) {
  return rowsOf<DocumentRow>(
    q,
    `SELECT ${DOC_COLUMNS} FROM portal_document ${publishedOnly ? 'WHERE published' : ''}
      ORDER BY category, created_at DESC, id`,
  );
}

export async function findDocument(q: Queryable, id: string) {
  return rowOf<DocumentRow>(q, `SELECT ${DOC_COLUMNS} FROM portal_document WHERE id = $1`, [id]);
}

export async function documentFile(q: Queryable, id: string) {
  return rowOf<{ data: Uint8Array; fileName: string; mediaType: string }>(
    q,
    `SELECT data, file_name AS "fileName", media_type AS "mediaType" FROM portal_document
      WHERE id = $1 AND published AND sha256 IS NOT NULL`,
    [id],
  );
}

export async function insertDocument(
  q: Queryable,
  d: { category: string; texts: unknown; fileName: string; mediaType: string; size: number },
) {
  return insertedId(
    q,
    `INSERT INTO portal_document (category, texts, file_name, media_type, size, data)
     VALUES ($1, $2, $3, $4, $5, '') RETURNING id`,
    [d.category, JSON.stringify(d.texts), d.fileName, d.mediaType, d.size],
  );
}

export async function updateDocumentMeta(
  q: Queryable,
  id: string,
  version: number,
  d: { category: string; texts: unknown; published: boolean },
) {
  return oneRow(
    q,
    `UPDATE portal_document SET category = $1, texts = $2, published = $3, version = version + 1, updated_at = now()
      WHERE id = $4 AND version = $5`,
    [d.category, JSON.stringify(d.texts), d.published, id, version],
  );
}

export async function publishDocument(q: Queryable, id: string) {
  await q.query('UPDATE portal_document SET published = true WHERE id = $1', [id]);
}
