import {
  DocumentMeta,
  HelpFormInput,
  NEWS_KINDS,
  NewsInput,
  PAGE_KEYS,
  PageInput,
  UpdateDocumentMeta,
  UpdateHelpForm,
  UpdateNews,
} from '@ostoja/domain/portal/content';
import {
  HelpFormCatalogue,
  NewsList,
  PublicDocuments,
  PublicHelpForm,
  PublicNewsItem,
  PublicOffices,
  PublicPage,
  StaffDocument,
  StaffDocuments,
  StaffHelpForm,
  StaffHelpForms,
  StaffNews,
  StaffNewsList,
  StaffPage,
  UploadProgress,
} from '@ostoja/domain/portal/content-response';
import { UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import { FileBody } from '@ostoja/domain/shared/file';
import { pageQuery } from '@ostoja/domain/shared/list';
import { Ok } from '@ostoja/domain/shared/response';
import { z } from 'zod';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './content-service.ts';
import { addDocumentPart, createDocument, sendDocument } from './documents.ts';
import { listOffices } from './offices.ts';
import { filePart, fileStart } from './upload-body.ts';

const KeyParams = z.object({ key: z.enum(PAGE_KEYS) });
const Paging = pageQuery(100, 20).shape;
const FileStart = fileStart(UPLOAD_LIMITS.maxDocumentBytes);
export const PartBody = z.strictObject(filePart(UPLOAD_LIMITS.maxDocumentBytes));

/** Public reading: published items only, in the Accept-Language language or Polish. */
function publicRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/portal/offices',
      response: PublicOffices,
      permission: 'public',
      summary:
        'Offices with address, opening hours, "open now" (Europe/Warsaw, holidays closed) and field teams served',
      handler: (_i, ctx) => listOffices(ctx.q),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/portal/help-forms',
      response: HelpFormCatalogue,
      permission: 'public',
      summary:
        'Catalogue of the forms of help (title, summary, category, self-check link; lang = language served)',
      handler: (_i, ctx) => service.publicHelpForms(ctx.q, ctx.locale),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/portal/help-forms/:slug',
      response: PublicHelpForm,
      permission: 'public',
      summary:
        'A form of help: what it is, who can get it, what to bring, and the offices where (with hours, open now)',
      params: z.object({ slug: z.string().max(80) }),
      handler: ({ params }, ctx) => service.publicHelpForm(ctx.q, params.slug, ctx.locale),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/portal/news',
      response: NewsList,
      permission: 'public',
      summary:
        'Published news and announcements, newest first (keyset pagination; pinned=true for the banner)',
      query: z.object({
        kind: z.enum(NEWS_KINDS).optional(),
        pinned: z.enum(['true', 'false']).optional(),
        ...Paging,
      }),
      handler: ({ query }, ctx) =>
        service.publicNews(ctx.q, ctx.locale, { ...query, pinned: query.pinned === 'true' }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/portal/news/:id',
      response: PublicNewsItem,
      permission: 'public',
      summary: 'One published news item or announcement with its full text',
      params: IdParams,
      handler: ({ params }, ctx) => service.publicNewsItem(ctx.q, params.id, ctx.locale),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/portal/documents',
      response: PublicDocuments,
      permission: 'public',
      summary: 'Downloadable documents (PDF): title, description, file name, size and a same-origin link',
      handler: (_i, ctx) => service.publicDocuments(ctx.q, ctx.locale),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/portal/documents/:id/file',
      response: FileBody,
      permission: 'public',
      summary: 'The PDF file of a published document',
      params: IdParams,
      handler: ({ params }, ctx, reply) => sendDocument(ctx.q, params.id, reply),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/portal/pages/:key',
      response: PublicPage,
      permission: 'public',
      summary: 'The accessibility statement (with its dates and compliance status) or the contact page',
      params: KeyParams,
      handler: ({ params }, ctx) => service.publicPage(ctx.q, params.key, ctx.locale),
    }),
  ];
}

/** Staff editing: every item, drafts included, all three languages; optimistic locking by version. */
function staffRoutes(): RouteDef[] {
  const base = '/api/v1/portal-content';
  const perm = 'portal.manage' as const;
  return [
    defineRoute({
      method: 'GET',
      url: `${base}/help-forms`,
      response: StaffHelpForms,
      permission: perm,
      summary: 'All forms of help, drafts included',
      handler: (_i, ctx) => service.listHelpFormsForStaff(ctx),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/help-forms`,
      response: StaffHelpForm,
      permission: perm,
      summary: 'Add a form of help (texts in pl, optionally uk and en; offices where it is arranged)',
      body: HelpFormInput,
      status: 201,
      handler: ({ body }, ctx) => service.saveHelpForm(ctx, null, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/help-forms/:id`,
      response: StaffHelpForm,
      permission: perm,
      summary: 'A form of help for editing',
      params: IdParams,
      handler: ({ params }, ctx) => service.getHelpForm(ctx, params.id),
    }),
    defineRoute({
      method: 'PUT',
      url: `${base}/help-forms/:id`,
      response: StaffHelpForm,
      permission: perm,
      summary: 'Update a form of help; refused when the version moved on',
      params: IdParams,
      body: UpdateHelpForm,
      handler: ({ params, body }, ctx) => service.saveHelpForm(ctx, params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: `${base}/help-forms/:id`,
      response: Ok,
      permission: perm,
      summary: 'Remove a form of help',
      params: IdParams,
      handler: ({ params }, ctx) => service.deleteItem(ctx, 'portal_help_form', params.id),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/news`,
      response: StaffNewsList,
      permission: perm,
      summary: 'All news and announcements, drafts first, then newest',
      query: z.object(Paging),
      handler: ({ query }, ctx) => service.listNewsForStaff(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/news`,
      response: StaffNews,
      permission: perm,
      summary: 'Add a news item or announcement (publishedAt null = draft, future = scheduled)',
      body: NewsInput,
      status: 201,
      handler: ({ body }, ctx) => service.saveNews(ctx, null, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/news/:id`,
      response: StaffNews,
      permission: perm,
      summary: 'A news item for editing',
      params: IdParams,
      handler: ({ params }, ctx) => service.getNews(ctx, params.id),
    }),
    defineRoute({
      method: 'PUT',
      url: `${base}/news/:id`,
      response: StaffNews,
      permission: perm,
      summary: 'Update a news item; refused when the version moved on',
      params: IdParams,
      body: UpdateNews,
      handler: ({ params, body }, ctx) => service.saveNews(ctx, params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: `${base}/news/:id`,
      response: Ok,
      permission: perm,
      summary: 'Remove a news item',
      params: IdParams,
      handler: ({ params }, ctx) => service.deleteItem(ctx, 'portal_news', params.id),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/documents`,
      response: StaffDocuments,
      permission: perm,
      summary: 'All documents with upload progress (received of size) and publication',
      handler: (_i, ctx) => service.listDocumentsForStaff(ctx),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/documents`,
      response: StaffDocument,
      permission: perm,
      summary: `Add a PDF document with the file's first part (base64, ≤ ${UPLOAD_LIMITS.partBytes} bytes); further parts follow`,
      body: DocumentMeta.extend(FileStart),
      status: 201,
      handler: ({ body }, ctx) => createDocument(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/documents/:id/parts`,
      response: UploadProgress,
      permission: perm,
      summary:
        'Append the next part of the file at `offset` (= bytes received so far); 409 with `received` otherwise',
      params: IdParams,
      body: PartBody,
      handler: ({ params, body }, ctx) => addDocumentPart(ctx, params.id, body.offset, body.data),
    }),
    defineRoute({
      method: 'PUT',
      url: `${base}/documents/:id`,
      response: StaffDocument,
      permission: perm,
      summary: 'Update a document’s texts, category or publication (only a complete file can be published)',
      params: IdParams,
      body: UpdateDocumentMeta,
      handler: ({ params, body }, ctx) => service.updateDocument(ctx, params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: `${base}/documents/:id`,
      response: Ok,
      permission: perm,
      summary: 'Remove a document',
      params: IdParams,
      handler: ({ params }, ctx) => service.deleteItem(ctx, 'portal_document', params.id),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/pages/:key`,
      response: StaffPage,
      permission: perm,
      summary:
        'The accessibility statement or the contact page for editing (texts null when not yet written)',
      params: KeyParams,
      handler: ({ params }, ctx) => service.getPage(ctx, params.key),
    }),
    defineRoute({
      method: 'PUT',
      url: `${base}/pages/:key`,
      response: StaffPage,
      permission: perm,
      summary: 'Write the page (version null when creating it; the statement needs its dates and compliance)',
      params: KeyParams,
      body: PageInput,
      handler: ({ params, body }, ctx) => service.savePage(ctx, params.key, body),
    }),
  ];
}

export const contentRoutes = (): RouteDef[] => [...publicRoutes(), ...staffRoutes()];
