import { api, type Query, withQuery } from './client.ts';

/**
 * The typed client of a benefit claimed on one application for a benefit period (family benefits,
 * the alimony fund): the same four calls under each module's base path.
 */
export function claimApi<App, Page, Create, Decide>(base: string) {
  return {
    list: (query: { after?: string | undefined; limit: number }, signal?: AbortSignal) =>
      api.get<Page>(withQuery(base, query as Query), signal),
    get: (id: string, signal?: AbortSignal) => api.get<App>(`${base}/${id}`, signal),
    create: (body: Create) => api.post<App>(base, body),
    decide: (id: string, body: Decide) => api.post<App>(`${base}/${id}/decision`, body),
  };
}
