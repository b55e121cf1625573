import { CENTRE_SETTING_KEYS, type CentreSettings } from '@ostoja/domain/org/settings';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import * as repo from './repo.ts';

// The centre's settings, one row per key in centre_setting; a key without a row has its default.

export async function centreSettings(q: Queryable): Promise<CentreSettings> {
  const stored = new Map((await repo.centreSettingRows(q)).map((row) => [row.key, row.value]));
  return Object.fromEntries(
    Object.entries(CENTRE_SETTING_KEYS).map(([name, s]) => [name, stored.get(s.key) ?? s.default]),
  ) as CentreSettings;
}

/** Whether decisions need a second, authorised person to approve them. */
export const fourEyesDecisions = async (q: Queryable) => (await centreSettings(q)).fourEyesDecisions;

export async function updateCentreSettings(ctx: StaffContext, input: CentreSettings) {
  for (const [name, value] of Object.entries(input)) {
    const key = CENTRE_SETTING_KEYS[name as keyof CentreSettings].key;
    await repo.upsertCentreSetting(ctx.q, key, value, ctx.actor.id);
  }
  await ctx.audit({ action: 'update', entity: 'centreSettings', details: { ...input } });
  return centreSettings(ctx.q);
}
