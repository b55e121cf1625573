import type { Permission } from '@ostoja/domain';
import type { DecideFamilyBenefit } from '@ostoja/domain/family-benefits/application';
import type { CursorPage } from '@ostoja/domain/shared/response';
import { useQueryClient } from '@tanstack/react-query';
import type { BadgeTone } from '../../components/kit/status-badge.tsx';
import { useRead } from '../../components/kit/use-read.ts';

// A benefit claimed on one application for a benefit period, as its screens see it (family
// benefits, the alimony fund): its client, its cache keys and hooks, its path, permissions and strings.

export interface ClaimApi<App, Summary> {
  list(
    query: { after?: string | undefined; limit: number },
    signal?: AbortSignal,
  ): Promise<CursorPage<Summary>>;
  get(id: string, signal?: AbortSignal): Promise<App>;
  decide(id: string, body: DecideFamilyBenefit): Promise<App>;
}

export function claimModule<
  App extends { id: string; status: string },
  Summary extends { status: string },
>(m: {
  /** The cache's key and the permissions' prefix. */
  name: 'familyBenefits' | 'alimonyFund';
  /** The screens' path. */
  path: string;
  /** The prefix of the module's own strings (title, lead, new, none, period, status.*). */
  strings: 'fb' | 'af';
  api: ClaimApi<App, Summary>;
  tone(status: Summary['status']): BadgeTone;
}) {
  const keys = {
    all: [m.name] as const,
    list: [m.name, 'list'] as const,
    one: (id: string) => [m.name, id] as const,
  };
  return {
    ...m,
    keys,
    can: {
      write: `${m.name}.write` as Permission,
      decide: `${m.name}.decide` as Permission,
    },
    useApplication: (id: string) => useRead(keys.one(id), (s) => m.api.get(id, s)),
    /** After a save: the answer is the application as it is now; the list changes with it. */
    useSaved() {
      const client = useQueryClient();
      return (a: App) => {
        client.setQueryData(keys.one(a.id), a);
        client.invalidateQueries({ queryKey: keys.list });
      };
    },
  };
}

export type ClaimModule<
  App extends { id: string; status: string },
  Summary extends { status: string },
> = ReturnType<typeof claimModule<App, Summary>>;
