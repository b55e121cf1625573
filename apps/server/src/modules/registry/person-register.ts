import { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import type { After } from '../../db/rows.ts';
import type { StaffContext } from '../../http/context.ts';
import { loggedPage, loggedRow } from '../../http/logged.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { personScope } from './access.ts';

const DateCursor = z.tuple([keyDate, keyId]);

/**
 * A register of a person's help listed newest first by a date (funerals, health-care decisions,
 * shelter referrals, crisis cases): a page and one record, both within the reader's row scope (a
 * sealed person's records are not listed, and one of them answers 404), each read logged.
 */
export function personRegister<
  Row extends { id: string; personId: string },
  Found extends { personId: string },
  F,
  Item extends object = Row,
>(
  entity: string,
  list: (q: Queryable, scope: string, filter: F, after: After, limit: number) => Promise<Row[]>,
  find: (q: Queryable, id: string, scope: string) => Promise<Found | null>,
  /** The date the list is sorted by, newest first. */
  date: (row: Row) => string,
  item?: (row: Row) => Item,
) {
  return {
    /** A page of the register (`filter` as the repository takes it), logged naming the person the query asks for. */
    async page(
      ctx: StaffContext,
      filter: F,
      query: { personId?: string | undefined; after?: string | undefined; limit: number },
    ) {
      const after = decodeCursor(DateCursor, query.after);
      const rows = await list(ctx.q, personScope(ctx.actor), filter, after, query.limit + 1);
      const page = toPage(rows, query.limit, (x) => [date(x), x.id], item);
      return loggedPage(ctx, entity, page, query.personId);
    },
    /** The record as stored, within the reader's scope, its read logged. */
    row: async (ctx: StaffContext, id: string) =>
      loggedRow(ctx, entity, id, await find(ctx.q, id, personScope(ctx.actor))),
  };
}

/**
 * A use case answering a page of a whole register of persons' help (care services, meals,
 * telecare), newest first by `date`, within the reader's row scope; the list is logged.
 */
export function registerPage<Row extends { id: string; personId: string }, Item extends object = Row>(
  entity: string,
  list: (q: Queryable, scope: string, after: After, limit: number) => Promise<Row[]>,
  date: (row: Row) => string,
  item?: (row: Row) => Item,
) {
  return async (ctx: StaffContext, after: string | undefined, limit: number) => {
    const rows = await list(ctx.q, personScope(ctx.actor), decodeCursor(DateCursor, after), limit + 1);
    return loggedPage(
      ctx,
      entity,
      toPage(rows, limit, (x) => [date(x), x.id], item),
      null,
    );
  };
}
