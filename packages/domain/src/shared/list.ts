import { z } from 'zod';

/**
 * One page of any list of the API: its items, and the cursor of the next page (pass it back as
 * `?after=`), null on the last page. The cursor is opaque: clients never build or read one.
 */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** The schema of a page of `item`s (for clients that validate what they receive). */
export const listPage = <S extends z.ZodType>(item: S) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** The query of a paged list: the cursor of the page to start after, and the page size. */
export const pageQuery = (maxLimit: number, defaultLimit: number) =>
  z.object({
    after: z.string().max(2000).optional(),
    limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
  });
