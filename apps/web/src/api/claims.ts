import { api, byId, pageOf, postTo } from './client.ts';

/**
 * The typed client of a benefit claimed on one application for a benefit period (family benefits,
 * the alimony fund): the same four calls under each module's base path.
 */
export function claimApi<App, Page, Create, Decide>(base: string) {
  return {
    list: pageOf<Page>(base),
    get: byId<App>(base),
    create: postTo<App, Create>(base),
    decide: (id: string, body: Decide) => api.post<App>(`${base}/${id}/decision`, body),
  };
}
