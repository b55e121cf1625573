import type { Locale } from '@ostoja/domain/i18n/index';
import {
  type DocumentMeta,
  type HelpFormInput,
  type PageInput,
  type PageKey,
  pageProblems,
  pickTranslation,
  type Translations,
  type UpdateDocumentMeta,
} from '@ostoja/domain/portal/content';
import { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { badRequest, conflict, fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { decodeCursor, keyId, keyTimestamp, toPage } from '../../shared/cursor.ts';
import * as orgRepo from '../org/repo.ts';
import * as repo from './content-repo.ts';
import { officesByIds } from './offices.ts';

const pick = <T>(texts: Translations<T>, locale: Locale) => pickTranslation(texts, locale);

/** Keyset over (moment, id); a draft's moment is "infinity". */
const NewsCursor = z.tuple([z.union([keyTimestamp, z.literal('infinity')]), keyId]);

// --- public reads: published items only, in the asked language or Polish ----------------------

export async function publicHelpForms(q: Queryable, locale: Locale) {
  const rows = await repo.listHelpForms(q, true);
  return {
    items: rows.map((h) => {
      const t = pick(h.texts, locale);
      return {
        slug: h.slug,
        category: h.category,
        selfCheck: h.selfCheck,
        lang: t.lang,
        title: t.title,
        summary: t.summary,
      };
    }),
  };
}

export async function publicHelpForm(q: Queryable, slug: string, locale: Locale) {
  const h = await repo.findHelpForm(q, { slug });
  if (!h?.published) throw notFound();
  return {
    slug: h.slug,
    category: h.category,
    selfCheck: h.selfCheck,
    onlineForm: h.onlineForm,
    howToApply: '',
    ...pick(h.texts, locale),
    offices: await officesByIds(q, h.officeIds),
    updatedAt: h.updatedAt,
  };
}

export async function publicNews(
  q: Queryable,
  locale: Locale,
  o: { kind?: string | undefined; pinned?: boolean; after?: string | undefined; limit: number },
) {
  const rows = await repo.listNews(q, { ...o, publicOnly: true, after: decodeCursor(NewsCursor, o.after) });
  return toPage(
    rows,
    o.limit,
    (n) => [n.cursorAt, n.id],
    (n) => {
      const t = pick(n.texts, locale);
      return {
        id: n.id,
        kind: n.kind,
        publishedAt: n.publishedAt,
        validUntil: n.validUntil,
        pinned: n.pinned,
        lang: t.lang,
        title: t.title,
        summary: t.summary,
      };
    },
  );
}

export async function publicNewsItem(q: Queryable, id: string, locale: Locale) {
  const n = await repo.findNews(q, id, true);
  if (!n) throw notFound();
  const { texts, version: _v, updatedAt: _u, ...rest } = n;
  return { ...rest, ...pick(texts, locale) };
}

export async function publicDocuments(q: Queryable, locale: Locale) {
  const rows = await repo.listDocuments(q, true);
  return {
    items: rows.map((d) => ({
      id: d.id,
      category: d.category,
      ...pick(d.texts, locale),
      fileName: d.fileName,
      mediaType: d.mediaType,
      size: d.size,
      /** Relative: the file is served by this same server, never a third party. */
      href: `/api/v1/portal/documents/${d.id}/file`,
    })),
  };
}

export async function publicPage(q: Queryable, key: PageKey, locale: Locale) {
  const p = await repo.findPage(q, key);
  if (!p?.published) throw notFound();
  return {
    key: p.key,
    ...pick(p.texts, locale),
    sitePublishedOn: p.sitePublishedOn,
    preparedOn: p.preparedOn,
    compliance: p.compliance,
    updatedOn: p.updatedOn,
  };
}

// --- staff: every item in every language, drafts included -------------------------------------

async function checkOffices(q: Queryable, ids: string[]) {
  const offices = new Set((await orgRepo.listUnits(q)).filter((u) => u.kind === 'office').map((u) => u.id));
  ids.forEach((id, i) => {
    if (!offices.has(id)) throw fieldError(`officeIds.${i}`, 'validation.invalidOption');
  });
}

export const listHelpFormsForStaff = async (ctx: StaffContext) => ({
  items: await repo.listHelpForms(ctx.q, false),
});
export const listDocumentsForStaff = async (ctx: StaffContext) => ({
  items: await repo.listDocuments(ctx.q, false),
});

export async function getHelpForm(ctx: StaffContext, id: string) {
  const h = await repo.findHelpForm(ctx.q, { id });
  if (!h) throw notFound();
  return h;
}

export async function saveHelpForm(
  ctx: StaffContext,
  id: string | null,
  input: z.output<typeof HelpFormInput> & { version?: number },
) {
  await checkOffices(ctx.q, input.officeIds);
  const other = await repo.findHelpForm(ctx.q, { slug: input.slug });
  if (other && other.id !== id)
    throw conflict('slugTaken', 'error.portal.slugTaken', [
      { path: 'slug', message: 'validation.content.slugTaken' },
    ]);
  const data = {
    ...input,
    selfCheck: input.selfCheck ?? null,
    onlineForm: input.onlineForm ?? null,
    texts: input.texts as repo.HelpFormRow['texts'],
  };
  return saveItem(ctx, id, input.version, {
    entity: 'portalHelpForm',
    details: { slug: input.slug, published: input.published },
    insert: () => repo.insertHelpForm(ctx.q, data),
    update: (id, version) => repo.updateHelpForm(ctx.q, id, version, data),
    get: (id) => getHelpForm(ctx, id),
  });
}

/** Adds an item (`id` null) or changes it at the version read (else 409), logs which, and answers it as saved. */
async function saveItem<R>(
  ctx: StaffContext,
  id: string | null,
  version: number | undefined,
  m: {
    entity: string;
    details: Record<string, unknown>;
    insert: () => Promise<string>;
    update: (id: string, version: number) => Promise<boolean>;
    get: (id: string) => Promise<R>;
  },
) {
  if (id === null) id = await m.insert();
  else {
    await m.get(id);
    if (!(await m.update(id, version!))) throw versionConflict();
  }
  await ctx.audit({
    action: version ? 'update' : 'create',
    entity: m.entity,
    entityId: id,
    details: m.details,
  });
  return m.get(id);
}

export async function deleteItem(
  ctx: StaffContext,
  table: 'portal_help_form' | 'portal_news' | 'portal_document',
  id: string,
) {
  if (!(await repo.deleteRow(ctx.q, table, id))) throw notFound();
  const entity = {
    portal_help_form: 'portalHelpForm',
    portal_news: 'portalNews',
    portal_document: 'portalDocument',
  }[table];
  await ctx.audit({ action: 'delete', entity, entityId: id });
  return { ok: true as const };
}

export async function getNews(ctx: StaffContext, id: string) {
  const n = await repo.findNews(ctx.q, id, false);
  if (!n) throw notFound();
  return n;
}

export async function listNewsForStaff(ctx: StaffContext, after: string | undefined, limit: number) {
  const rows = await repo.listNews(ctx.q, {
    publicOnly: false,
    after: decodeCursor(NewsCursor, after),
    limit,
  });
  return toPage(
    rows,
    limit,
    (n) => [n.cursorAt, n.id],
    ({ cursorAt: _c, ...n }) => n,
  );
}

export async function saveNews(
  ctx: StaffContext,
  id: string | null,
  input: {
    kind: 'news' | 'announcement';
    texts: unknown;
    publishedAt?: string | null | undefined;
    validUntil?: string | null | undefined;
    pinned: boolean;
    version?: number;
  },
) {
  const data = {
    kind: input.kind,
    texts: input.texts as repo.NewsRow['texts'],
    publishedAt: input.publishedAt ?? null,
    validUntil: input.validUntil ?? null,
    pinned: input.pinned,
  };
  return saveItem(ctx, id, input.version, {
    entity: 'portalNews',
    details: { kind: input.kind, publishedAt: data.publishedAt },
    insert: () => repo.insertNews(ctx.q, data, ctx.actor.id),
    update: (id, version) => repo.updateNews(ctx.q, id, version, data),
    get: (id) => getNews(ctx, id),
  });
}

export async function getPage(ctx: StaffContext, key: PageKey) {
  return (await repo.findPage(ctx.q, key)) ?? { key, texts: null, version: null };
}

export async function savePage(ctx: StaffContext, key: PageKey, input: z.output<typeof PageInput>) {
  const problems = pageProblems(key, input);
  if (problems.length) throw badRequest(problems);
  const saved = await repo.savePage(
    ctx.q,
    {
      key,
      texts: input.texts as repo.PageRow['texts'],
      published: input.published,
      sitePublishedOn: input.sitePublishedOn ?? null,
      preparedOn: input.preparedOn ?? null,
      compliance: input.compliance ?? null,
    },
    input.version ?? null,
  );
  if (!saved) throw versionConflict();
  await ctx.audit({ action: 'update', entity: 'portalPage', entityId: key });
  return (await repo.findPage(ctx.q, key))!;
}

export async function updateDocument(
  ctx: StaffContext,
  id: string,
  input: z.output<typeof UpdateDocumentMeta>,
) {
  const d = await repo.findDocument(ctx.q, id);
  if (!d) throw notFound();
  if (input.published && !d.complete) throw fieldError('published', 'validation.file.incomplete');
  if (!(await repo.updateDocumentMeta(ctx.q, id, input.version, input))) throw versionConflict();
  await ctx.audit({
    action: 'update',
    entity: 'portalDocument',
    entityId: id,
    details: { published: input.published },
  });
  return (await repo.findDocument(ctx.q, id))!;
}

export type DocumentMetaInput = z.output<typeof DocumentMeta>;
