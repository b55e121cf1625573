import { personsOf, type RequestContext } from './context.ts';
import { notFound } from './errors.ts';

// The two reads every register of a person's help repeats: a page of records and one record, each
// logged under the persons it shows (issue 21 item 5), a record out of the reader's scope a 404.

/** A page of records read for `personId` (or the whole register), logged naming each person shown. */
export async function loggedPage<P extends { items: readonly object[] }>(
  ctx: RequestContext,
  entity: string,
  page: P,
  personId: string | null | undefined,
): Promise<P> {
  await ctx.audit({
    action: 'list',
    entity,
    details: { results: page.items.length, personId: personId ?? null },
    persons: personsOf(page.items),
  });
  return page;
}

/** One record found within the reader's scope (a sealed person's answers as missing), its read logged. */
export async function loggedRow<T extends { personId: string }>(
  ctx: RequestContext,
  entity: string,
  id: string,
  row: T | null | undefined,
): Promise<T> {
  if (!row) throw notFound();
  await ctx.audit({ action: 'read', entity, entityId: id, persons: [row.personId] });
  return row;
}
