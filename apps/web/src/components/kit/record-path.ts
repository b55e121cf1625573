/**
 * The path of one record's page under its list's path, for a link column:
 * `recordPath('/admin/users')(user)` is `/admin/users/<the user's id>`.
 */
export const recordPath =
  (base: string) =>
  (row: { id: string }): string =>
    `${base}/${row.id}`;
