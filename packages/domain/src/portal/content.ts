import { z } from 'zod';
import { CALCULATOR_BENEFITS } from '../benefits/self-check.ts';
import type { Locale } from '../i18n/types.ts';
import { isoDate, text, trimmed, version } from '../shared/validation.ts';
import { INTAKE_HELP_KINDS } from './intake.ts';

// Public content edited by staff in three languages. Polish is required; Ukrainian and English
// are optional and, when missing, readers get the Polish text with lang "pl" (so the page can
// mark the language of that part, WCAG 3.1.2). Text is plain: a blank line separates
// paragraphs, lines starting with "- " are list items; no HTML and no links to other sites,
// because public pages must make no third-party requests and must not send residents' browsers
// elsewhere without their knowing.

/** A scheme URL ("https://…", "javascript:…") in public text. Plain domains ("gov.pl") are fine. */
const SCHEME_URL = /\b[a-z][a-z0-9+.-]*:\/\/|\b(?:javascript|data|vbscript):/i;
export const publicText = (max: number) =>
  text(max).refine((s) => !SCHEME_URL.test(s), 'validation.content.noLinks');
export const publicTitle = (max: number) =>
  trimmed(max).refine((s) => !SCHEME_URL.test(s), 'validation.content.noLinks');

type Shape = Record<string, z.ZodType>;

/**
 * `{pl: {...}, uk?: {...}, en?: {...}}`. A translation that is given must fill every field the
 * Polish text fills, so a reader never gets half a page in one language and half in another.
 */
export function translations<S extends Shape>(shape: S) {
  const one = z.strictObject(shape);
  return z.strictObject({ pl: one, uk: one.optional(), en: one.optional() }).superRefine((t, ctx) => {
    for (const locale of ['uk', 'en'] as const) {
      const tr = t[locale] as Record<string, unknown> | undefined;
      if (!tr) continue;
      for (const [field, value] of Object.entries(t.pl as Record<string, unknown>))
        if (value && !tr[field])
          ctx.addIssue({ code: 'custom', path: [locale, field], message: 'validation.content.translation' });
    }
  });
}

export type Translations<T> = { pl: T; uk?: T | undefined; en?: T | undefined };

/** The text in the requested language, or the Polish one; `lang` says which was served. */
export function pickTranslation<T>(texts: Translations<T>, locale: Locale): T & { lang: Locale } {
  const chosen = texts[locale];
  return chosen ? { ...chosen, lang: locale } : { ...texts.pl, lang: 'pl' };
}

export const HELP_CATEGORIES = [
  'cash',
  'inKind',
  'care',
  'counselling',
  'family',
  'crisis',
  'seniors',
] as const;
/**
 * The public "could I get it?" checks a form of help may point to: the social assistance
 * calculator's benefits by their own names, the family benefits calculator (which also answers
 * the Karta Dużej Rodziny), the portal's self-checks of meals, food aid, the alimony fund and
 * the housing allowance, and its estimate of the care-services fee.
 */
export const SELF_CHECKS = [
  ...CALCULATOR_BENEFITS,
  'familyBenefits',
  'meals',
  'foodAid',
  'alimonyFund',
  'housingAllowance',
  'careFee',
] as const;
export type SelfCheck = (typeof SELF_CHECKS)[number];
/**
 * The online form a resident applies with, where the centre accepts one: the application for
 * help (with this kind of help asked) or the Karta Dużej Rodziny's own. None: in person or by post.
 */
export const ONLINE_FORMS = [...INTAKE_HELP_KINDS, 'largeFamilyCard'] as const;
export type OnlineForm = (typeof ONLINE_FORMS)[number];
export const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'validation.content.slug')
  .max(80);

/** A form of help in the catalogue: what it is, who can get it, what to bring, where. */
export const HelpFormInput = z.strictObject({
  slug,
  category: z.enum(HELP_CATEGORIES),
  texts: translations({
    title: publicTitle(150),
    summary: publicText(500),
    description: publicText(8000),
    eligibility: publicText(4000),
    whatToBring: publicText(4000),
    /** Where and when to apply when there is no online form, or what happens after it. */
    howToApply: publicText(4000).optional(),
  }),
  /** Offices where it is arranged (org units of kind "office"). */
  officeIds: z.array(z.uuid()).max(20).default([]),
  /** The public "could I get it?" calculator that applies, if any. */
  selfCheck: z.enum(SELF_CHECKS).nullish(),
  /** The online form that takes the application, if the centre accepts one. */
  onlineForm: z.enum(ONLINE_FORMS).nullish(),
  sortOrder: z.number().int().min(0).max(10_000).default(100),
  published: z.boolean().default(false),
});
export const UpdateHelpForm = HelpFormInput.extend({ version });

export const NEWS_KINDS = ['news', 'announcement'] as const;
const NewsFields = z.strictObject({
  kind: z.enum(NEWS_KINDS),
  texts: translations({ title: publicTitle(200), summary: publicText(600), body: publicText(20_000) }),
  /** Null: a draft. A future moment: published then. */
  publishedAt: z.iso.datetime({ offset: true }).nullish(),
  /** An announcement ("closed on 2 May") disappears from the public list after this day. */
  validUntil: isoDate.nullish(),
  pinned: z.boolean().default(false),
});
const validityAfterPublication = (n: z.output<typeof NewsFields>, ctx: z.RefinementCtx) => {
  if (n.validUntil && n.publishedAt && n.validUntil < n.publishedAt.slice(0, 10))
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'validation.dateRange.order' });
};
export const NewsInput = NewsFields.superRefine(validityAfterPublication);
export const UpdateNews = NewsFields.extend({ version }).superRefine(validityAfterPublication);

export const DOCUMENT_CATEGORIES = ['form', 'regulation', 'report', 'other'] as const;
export const DocumentMeta = z.strictObject({
  category: z.enum(DOCUMENT_CATEGORIES),
  texts: translations({ title: publicTitle(200), description: publicText(1000) }),
  published: z.boolean().default(false),
});
export const UpdateDocumentMeta = DocumentMeta.extend({ version });

export const PAGE_KEYS = ['accessibility', 'contact'] as const;
export type PageKey = (typeof PAGE_KEYS)[number];
/** Stan zgodności of the accessibility statement (ustawa z 4.04.2019 o dostępności cyfrowej, art. 10 [M]). */
export const COMPLIANCE = ['full', 'partial', 'none'] as const;

export const PageInput = z.strictObject({
  texts: translations({ title: publicTitle(200), body: publicText(30_000) }),
  published: z.boolean().default(true),
  /** Accessibility statement: when the site was published and when the statement was prepared. */
  sitePublishedOn: isoDate.nullish(),
  preparedOn: isoDate.nullish(),
  compliance: z.enum(COMPLIANCE).nullish(),
  version: version.nullish(),
});

/** The accessibility statement must carry its dates and compliance status. */
export function pageProblems(
  key: PageKey,
  p: z.output<typeof PageInput>,
): { path: string; message: string }[] {
  if (key !== 'accessibility') return [];
  return (['sitePublishedOn', 'preparedOn', 'compliance'] as const)
    .filter((f) => !p[f])
    .map((f) => ({ path: f, message: 'validation.required' }));
}
