import type { PageKey } from '@ostoja/domain/portal/content';
import { type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { contentApi, type PublicOffice, portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { useRead } from '../../components/kit/use-read.ts';

// The portal's reads, cached by TanStack Query. Public content is served in the language of the
// request, so the UI language is the last part of its keys: a switch fetches the page again and
// a page never mixes two languages. Kept free of the form kit: the portal's first page imports it.
export const portalKeys = {
  all: ['portal'] as const,
  centre: ['portal', 'centre'] as const,
  offices: ['portal', 'offices'] as const,
  helpForms: ['portal', 'helpForms'] as const,
  helpForm: (slug: string) => ['portal', 'helpForms', 'one', slug] as const,
  news: (limit: number) => ['portal', 'news', limit] as const,
  newsItem: (id: string) => ['portal', 'news', 'one', id] as const,
  documents: ['portal', 'documents'] as const,
  page: (key: PageKey) => ['portal', 'pages', key] as const,
};

export const contentKeys = {
  all: ['portalContent'] as const,
  helpForms: ['portalContent', 'helpForms'] as const,
  helpForm: (id: string) => ['portalContent', 'helpForms', id] as const,
  news: ['portalContent', 'news'] as const,
  newsItem: (id: string) => ['portalContent', 'newsItem', id] as const,
  documents: ['portalContent', 'documents'] as const,
  page: (key: PageKey) => ['portalContent', 'pages', key] as const,
};

/** A public read in the UI language (the key ends with it). */
export function useLocalizedQuery<T>(
  key: QueryKey,
  fetch: (signal: AbortSignal) => Promise<T>,
  enabled = true,
) {
  const { locale } = useI18n();
  return useRead([...key, locale], fetch, enabled);
}

export const useOffices = () => useLocalizedQuery(portalKeys.offices, portalApi.offices);
export const useHelpForms = () => useLocalizedQuery(portalKeys.helpForms, portalApi.helpForms);
/** A form of help by its slug; none asked for while the slug is unknown. */
export const useHelpForm = (slug: string | undefined) =>
  useLocalizedQuery(portalKeys.helpForm(slug ?? ''), (s) => portalApi.helpForm(slug ?? '', s), !!slug);
/** The first `limit` news items, pinned first (the front page). */
export const useLatestNews = (limit: number) =>
  useLocalizedQuery(portalKeys.news(limit), (s) => portalApi.news({ limit }, s));
export const useNewsItem = (id: string) =>
  useLocalizedQuery(portalKeys.newsItem(id), (s) => portalApi.newsItem(id, s));
export const useDocuments = () => useLocalizedQuery(portalKeys.documents, portalApi.documents);
export const usePublicPage = (key: PageKey) =>
  useLocalizedQuery(portalKeys.page(key), (s) => portalApi.page(key, s));

/**
 * The centre (name, address, phone) for the portal's header and footer; null until known, or when
 * it did not load (the header then shows the portal's name). It changes rarely: one request a visit.
 */
export function useCentre(): PublicOffice | null {
  const q = useQuery<PublicOffice | null, ApiError>({
    queryKey: portalKeys.centre,
    queryFn: ({ signal }) => portalApi.offices(signal).then((a) => a.centre),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return q.data ?? null;
}

// --- staff: the content as edited, every language --------------------------------------------

export const useStaffHelpForms = () => useRead(contentKeys.helpForms, contentApi.helpForms);
export const useStaffHelpForm = (id: string, enabled: boolean) =>
  useRead(contentKeys.helpForm(id), (s) => contentApi.helpForm(id, s), enabled);
export const useStaffNewsItem = (id: string, enabled: boolean) =>
  useRead(contentKeys.newsItem(id), (s) => contentApi.newsItem(id, s), enabled);
export const useStaffDocuments = () => useRead(contentKeys.documents, contentApi.documents);
export const useStaffPage = (key: PageKey, enabled: boolean) =>
  useRead(contentKeys.page(key), (s) => contentApi.page(key, s), enabled);

/** After a change of content: the staff's lists and every public read of the portal load again. */
export function useContentChanged() {
  const client = useQueryClient();
  return () => {
    client.invalidateQueries({ queryKey: contentKeys.all });
    client.invalidateQueries({ queryKey: portalKeys.all });
  };
}
