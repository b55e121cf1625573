import {
  DocumentMeta,
  NewsInput,
  PageInput,
  type PageKey,
  pageProblems,
  UpdateNews,
} from '@ostoja/domain/portal/content';
import { UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import { z } from 'zod';
import { precheck } from '../upload.ts';

// What the content editors check before sending: the domain's schema of the body, and what the
// screen adds (messages are translation keys, translated by the form).

/** The domain's check of the body, and a moment when the item is to be published at all. */
export const newsSchema = (update: boolean, publish: boolean) =>
  (update ? UpdateNews : NewsInput).and(
    z.object({ publishedAt: z.string().nullable() }).refine((b) => !publish || b.publishedAt !== null, {
      path: ['publishedAt'],
      message: 'content.news.whenNeeded',
    }),
  );

/** The domain's check of the body, and what the accessibility statement must also have. */
export const pageSchema = (key: PageKey) =>
  PageInput.superRefine((body, ctx) => {
    for (const p of pageProblems(key, body))
      ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
  });

export const MB = UPLOAD_LIMITS.maxDocumentBytes / 1024 / 1024;

/** The domain's check of the description, and a PDF chosen within the size limit. */
export const uploadSchema = (file: File | null) =>
  DocumentMeta.and(
    z.unknown().superRefine((_, ctx) => {
      const problem = file ? precheck(file, UPLOAD_LIMITS.maxDocumentBytes, ['application/pdf']) : 'missing';
      if (problem)
        ctx.addIssue({ code: 'custom', path: ['file'], message: `content.doc.problem.${problem}?mb=${MB}` });
    }),
  );
