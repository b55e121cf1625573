import { z } from 'zod';
import type { Queryable } from '../db/db.ts';
import type { After } from '../db/rows.ts';
import type { StaffContext } from '../http/context.ts';
import { fieldConflict } from '../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from './cursor.ts';

// The council's rate tables kept as data, each valid from a date (the services' fee tables, the
// funeral cost limits, the shelters' fee resolutions): listed newest first and added, never
// changed, so the decisions made under one keep theirs. The SQL stays in each module's repo.

const DateCursor = z.tuple([keyDate, keyId]);

export function localLaw<I, R extends { id: string; validFrom: string }>(m: {
  /** The audit entity of an added one. */
  entity: string;
  /** The 409 when one with the same key exists: its message and the field it names. */
  taken: { message: string; field: string };
  /** What the audit entry keeps of the input. */
  details: (input: I) => Record<string, unknown>;
  list: (q: Queryable, after: After, limit: number) => Promise<R[]>;
  find: (q: Queryable, id: string) => Promise<R | null>;
  exists: (q: Queryable, input: I) => Promise<boolean>;
  insert: (q: Queryable, input: I, by: string) => Promise<string>;
}) {
  return {
    async list(ctx: StaffContext, after: string | undefined, limit: number) {
      const rows = await m.list(ctx.q, decodeCursor(DateCursor, after), limit + 1);
      return toPage(rows, limit, (r) => [r.validFrom, r.id]);
    },
    async add(ctx: StaffContext, input: I): Promise<R> {
      if (await m.exists(ctx.q, input)) throw fieldConflict(m.taken.message, m.taken.field);
      const id = await m.insert(ctx.q, input, ctx.actor.id);
      await ctx.audit({ action: 'create', entity: m.entity, entityId: id, details: m.details(input) });
      return (await m.find(ctx.q, id))!;
    },
  };
}
