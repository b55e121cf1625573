import type { Locale } from '@ostoja/domain';
import type { CalculatorBenefit as SelfCheckKind } from '@ostoja/domain/benefits/self-check';
import type { ListPage } from '@ostoja/domain/shared/list';
import type { PublicOffice } from './hooks.ts';

// Shapes of the public portal API (apps/server/src/modules/portal/content-service.ts).

export interface NewsSummary {
  id: string;
  kind: 'news' | 'announcement';
  publishedAt: string;
  validUntil: string | null;
  pinned: boolean;
  lang: Locale;
  title: string;
  summary: string;
}
export type NewsList = ListPage<NewsSummary>;
export interface NewsItem extends NewsSummary {
  body: string;
}

export type { CalculatorBenefit as SelfCheckKind } from '@ostoja/domain/benefits/self-check';

export interface HelpFormSummary {
  slug: string;
  category: string;
  selfCheck: SelfCheckKind | null;
  lang: Locale;
  title: string;
  summary: string;
}
export interface HelpForm extends HelpFormSummary {
  description: string;
  eligibility: string;
  whatToBring: string;
  offices: PublicOffice[];
  updatedAt: string;
}

export interface PublicDocument {
  id: string;
  category: string;
  title: string;
  description: string;
  lang: Locale;
  fileName: string;
  mediaType: string;
  size: number;
  href: string;
}

export interface PublicPage {
  key: 'accessibility' | 'contact';
  title: string;
  body: string;
  lang: Locale;
  sitePublishedOn: string | null;
  preparedOn: string | null;
  compliance: 'full' | 'partial' | 'none' | null;
  updatedOn: string | null;
}
