import type { DataCategory } from '@ostoja/domain/audit/data-category';
import type { Queryable } from '../../db/db.ts';
import { rowsOf } from '../../db/rows.ts';

export interface AuditFilter {
  actorLogin?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  personId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  limit: number;
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: string | null;
  actorLogin: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  requestId: string | null;
  ip: string | null;
  details: unknown;
  persons: string[];
  purpose: string | null;
  category: DataCategory | null;
  screen: string | null;
}

// A person sealed in a compartment (Niebieska Karta, the alcohol commission) stays unnamed to
// whoever does not see them.
const shown = (person: string, viewer: string) =>
  `((NOT EXISTS (SELECT 1 FROM blue_card_person s WHERE s.person_id = ${person} AND s.sealed)
      OR blue_card_person_visible(${person}, ${viewer}))
    AND alcohol_commission_audit_visible('person', ${person}::text, ${viewer})
    AND ${sealedPast(`${person}::text`, viewer)})`;

/**
 * Decision 0015: what was logged about a person while sealed stays with the compartment after the
 * person became known to the centre (before the release), or after a sealed duplicate was merged
 * (its old id). `person` is a text expression; `at` the entry's time.
 */
const sealedPast = (person: string, viewer: string, at = 'at') =>
  `(NOT EXISTS (SELECT 1 FROM person_release r WHERE r.person_id::text = ${person} AND ${at} < r.released_at
                 AND NOT blue_card_person_visible(r.person_id, ${viewer}))
    AND NOT EXISTS (SELECT 1 FROM person_merge m WHERE m.merged_id::text = ${person} AND m.was_sealed
                 AND NOT blue_card_person_visible(m.into_id, ${viewer})))`;

/**
 * Newest first, keyset on id. `from` and `to` are whole days in Poland (a change at 00:30 in Warsaw
 * belongs to that day, whatever the server's time zone); logins match in any letter case (as at login).
 */
export async function listAudit(q: Queryable, f: AuditFilter, viewerId: string) {
  return rowsOf<AuditRow>(
    q,
    `SELECT id, at, actor_id AS "actorId", actor_login AS "actorLogin", action, entity, entity_id AS "entityId",
            request_id AS "requestId", ip, details,
            ARRAY(SELECT x FROM unnest(persons) x WHERE ${shown('x', '$9::uuid')}) AS persons, purpose, category, screen
       FROM audit_log
      WHERE ($1::text IS NULL OR lower(actor_login) = lower($1))
        AND ($2::text IS NULL OR action = $2)
        AND ($3::text IS NULL OR entity = $3)
        AND ($4::text IS NULL OR entity_id = $4)
        AND ($5::date IS NULL OR at >= $5::date::timestamp AT TIME ZONE 'Europe/Warsaw')
        AND ($6::date IS NULL OR at < ($6::date + 1)::timestamp AT TIME ZONE 'Europe/Warsaw')
        AND ($7::bigint IS NULL OR id < $7)
        -- The Niebieska Karta compartment (its entries, any entry about a sealed person): only for
        -- those who see it (migration 0066).
        AND blue_card_audit_visible(entity, entity_id, actor_id, $9::uuid)
        AND (entity_id IS NULL OR ${sealedPast('entity_id', '$9::uuid')})
        AND ($10::uuid IS NULL OR ((persons @> ARRAY[$10::uuid] OR (entity = 'person' AND entity_id = $10::text))
                                   AND ${shown('$10::uuid', '$9::uuid')}))
        -- The alcohol commission's compartment: only for the commission (migration 0200).
        AND alcohol_commission_audit_visible(entity, entity_id, $9::uuid)
      ORDER BY id DESC LIMIT $8`,
    [
      f.actorLogin ?? null,
      f.action ?? null,
      f.entity ?? null,
      f.entityId ?? null,
      f.from ?? null,
      f.to ?? null,
      f.before ?? null,
      f.limit + 1,
      viewerId,
      f.personId ?? null,
    ],
  );
}
