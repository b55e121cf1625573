import type { Queryable } from '../db/db.ts';

// Places with a number of beds and stays over periods (shelter referrals, crisis point hostel
// stays): how many stays share the fullest day of a period. The caller locks the place's row first,
// so two stays cannot both take its last place.

/** The stays' table and its columns: names from the caller's code, never from a request. */
export interface StayTable {
  table: 'shelter_referral' | 'crisis_stay';
  place: string;
  from: string;
  to: string;
}

/** The most stays at the place on any one day of from–to: the places they take at the fullest. */
export async function peakOccupancy(q: Queryable, t: StayTable, placeId: string, from: string, to: string) {
  const r = await q.query<{ peak: number }>(
    `SELECT coalesce(max(n), 0)::int AS peak FROM (
       SELECT (SELECT count(*) FROM ${t.table} s
                WHERE s.${t.place} = $1 AND d::date BETWEEN s.${t.from} AND s.${t.to}) AS n
         FROM generate_series(
                greatest($2::date, (SELECT min(${t.from}) FROM ${t.table} WHERE ${t.place} = $1)),
                least($3::date, (SELECT max(${t.to}) FROM ${t.table} WHERE ${t.place} = $1)),
                interval '1 day') d) days`,
    [placeId, from, to],
  );
  return r.rows[0]!.peak;
}
