import { z } from 'zod';
import { LOCALES } from '../i18n/types.ts';
import { OpeningHours, PublicUnit } from '../org/address.ts';
import { listPage } from '../shared/list.ts';
import { timestamp } from '../shared/response.ts';
import {
  COMPLIANCE,
  DOCUMENT_CATEGORIES,
  HELP_CATEGORIES,
  NEWS_KINDS,
  ONLINE_FORMS,
  PAGE_KEYS,
  SELF_CHECKS,
} from './content.ts';

// What the portal's content routes answer: the public reads (one language, `lang` = the one
// served) and the staff's editing views (every language, drafts, versions).

const lang = z.enum(LOCALES);
const selfCheck = z.enum(SELF_CHECKS).nullable();
const onlineForm = z.enum(ONLINE_FORMS).nullable();

/** An office as residents see it: address, hours, open at this moment, the field teams it serves. */
export const PublicOffice = PublicUnit.extend({
  openingHours: OpeningHours,
  openNow: z.boolean(),
  fieldTeams: z.array(z.string()),
});
export type PublicOffice = z.input<typeof PublicOffice>;

export const PublicOffices = z.object({
  /** The moment "open now" refers to, in the centre's time zone. */
  at: z.object({ date: z.string(), time: z.string(), timeZone: z.string() }),
  centre: PublicOffice.nullable(),
  offices: z.array(PublicOffice),
});
export type PublicOffices = z.input<typeof PublicOffices>;

export const HelpFormSummary = z.object({
  slug: z.string(),
  category: z.enum(HELP_CATEGORIES),
  selfCheck,
  lang,
  title: z.string(),
  summary: z.string(),
});
export type HelpFormSummary = z.input<typeof HelpFormSummary>;
export const HelpFormCatalogue = z.object({ items: z.array(HelpFormSummary) });
export type HelpFormCatalogue = z.input<typeof HelpFormCatalogue>;

export const PublicHelpForm = HelpFormSummary.extend({
  description: z.string(),
  eligibility: z.string(),
  whatToBring: z.string(),
  /** Where and when to apply (empty when the form has not said). */
  howToApply: z.string(),
  onlineForm,
  offices: z.array(PublicOffice),
  updatedAt: timestamp,
});
export type PublicHelpForm = z.input<typeof PublicHelpForm>;

export const NewsSummary = z.object({
  id: z.uuid(),
  kind: z.enum(NEWS_KINDS),
  /** Always set on what the public sees; null only on a staff member's draft. */
  publishedAt: timestamp.nullable(),
  validUntil: z.string().nullable(),
  pinned: z.boolean(),
  lang,
  title: z.string(),
  summary: z.string(),
});
export type NewsSummary = z.input<typeof NewsSummary>;
export const NewsList = listPage(NewsSummary);
export type NewsList = z.input<typeof NewsList>;
export const PublicNewsItem = NewsSummary.extend({ body: z.string() });
export type PublicNewsItem = z.input<typeof PublicNewsItem>;

export const PublicDocument = z.object({
  id: z.uuid(),
  category: z.enum(DOCUMENT_CATEGORIES),
  lang,
  title: z.string(),
  description: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  /** Relative: served by this same server, never a third party. */
  href: z.string(),
});
export type PublicDocument = z.input<typeof PublicDocument>;
export const PublicDocuments = z.object({ items: z.array(PublicDocument) });
export type PublicDocuments = z.input<typeof PublicDocuments>;

export const PublicPage = z.object({
  key: z.enum(PAGE_KEYS),
  lang,
  title: z.string(),
  body: z.string(),
  sitePublishedOn: z.string().nullable(),
  preparedOn: z.string().nullable(),
  compliance: z.enum(COMPLIANCE).nullable(),
  updatedOn: z.string(),
});
export type PublicPage = z.input<typeof PublicPage>;

// --- staff: stored texts in every language ------------------------------------------------------

/** `{pl, uk?, en?}` as stored: each language with the same fields. */
const storedTexts = <K extends string>(...fields: K[]) => storedTextsOf(fieldsOf(...fields));
const fieldsOf = <K extends string>(...fields: K[]) =>
  Object.fromEntries(fields.map((f) => [f, z.string()])) as Record<K, z.ZodString>;
const storedTextsOf = <S extends z.ZodRawShape>(shape: S) => {
  const one = z.object(shape);
  return z.object({ pl: one, uk: one.optional(), en: one.optional() });
};

export const StaffHelpForm = z.object({
  id: z.uuid(),
  slug: z.string(),
  category: z.enum(HELP_CATEGORIES),
  texts: storedTextsOf({
    ...fieldsOf('title', 'summary', 'description', 'eligibility', 'whatToBring'),
    howToApply: z.string().optional(),
  }),
  officeIds: z.array(z.uuid()),
  selfCheck,
  onlineForm,
  sortOrder: z.number(),
  published: z.boolean(),
  version: z.number(),
  updatedAt: timestamp,
});
export type StaffHelpForm = z.input<typeof StaffHelpForm>;
export const StaffHelpForms = z.object({ items: z.array(StaffHelpForm) });
export type StaffHelpForms = z.input<typeof StaffHelpForms>;

export const StaffNews = z.object({
  id: z.uuid(),
  kind: z.enum(NEWS_KINDS),
  texts: storedTexts('title', 'summary', 'body'),
  /** Null: a draft. */
  publishedAt: timestamp.nullable(),
  validUntil: z.string().nullable(),
  pinned: z.boolean(),
  version: z.number(),
  updatedAt: timestamp,
});
export type StaffNews = z.input<typeof StaffNews>;
export const StaffNewsList = listPage(StaffNews);
export type StaffNewsList = z.input<typeof StaffNewsList>;

/** An upload's progress: bytes received of its size; complete once the file is whole and checked. */
export const UploadProgress = z.object({
  id: z.uuid(),
  received: z.number(),
  size: z.number(),
  complete: z.boolean(),
});
export type UploadProgress = z.input<typeof UploadProgress>;

export const StaffDocument = UploadProgress.extend({
  category: z.enum(DOCUMENT_CATEGORIES),
  texts: storedTexts('title', 'description'),
  fileName: z.string(),
  mediaType: z.string(),
  published: z.boolean(),
  version: z.number(),
  updatedAt: timestamp,
});
export type StaffDocument = z.input<typeof StaffDocument>;
export const StaffDocuments = z.object({ items: z.array(StaffDocument) });
export type StaffDocuments = z.input<typeof StaffDocuments>;

/** A single page for editing; texts and version are null while it has not been written. */
export const StaffPage = z.object({
  key: z.enum(PAGE_KEYS),
  texts: storedTexts('title', 'body').nullable(),
  version: z.number().nullable(),
  published: z.boolean().optional(),
  sitePublishedOn: z.string().nullish(),
  preparedOn: z.string().nullish(),
  compliance: z.enum(COMPLIANCE).nullish(),
  updatedOn: z.string().optional(),
});
export type StaffPage = z.input<typeof StaffPage>;
