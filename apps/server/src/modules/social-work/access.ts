import type { Actor } from '../../http/context.ts';
import { actorLiteral, sealedPersonScope } from '../registry/compartment.ts';

/** Roles that read every case file of the centre (no field team of their own to scope by). */
const CENTRE_WIDE = ['director', 'auditor'] as const;

/**
 * Row scope of a case file `c`, spliced into every query of the module (never a filter after the
 * fetch): the household must not hold a member sealed in the Niebieska Karta compartment for this
 * actor (so it looks missing), and the actor is its lead or co-worker, a member of the household's
 * field team (the team leader included), or reads centre-wide (director, auditor).
 */
export function caseFileScope(actor: Actor, alias = 'c'): string {
  const me = actorLiteral(actor);
  const team = actor.orgUnitId ? actorLiteral({ id: actor.orgUnitId }) : 'NULL';
  const centreWide = actor.roles.some((r) => (CENTRE_WIDE as readonly string[]).includes(r));
  const sealed = householdUnsealed(actor, `${alias}.household_id`);
  const mine = centreWide
    ? 'TRUE'
    : `(${alias}.lead_worker_id = ${me}
      OR EXISTS (SELECT 1 FROM case_file_worker cw WHERE cw.case_file_id = ${alias}.id AND cw.worker_id = ${me})
      OR EXISTS (SELECT 1 FROM household sh WHERE sh.id = ${alias}.household_id AND sh.field_team_id = ${team}))`;
  return `(${sealed} AND ${mine})`;
}

/** The household (by an id expression) holds no current member sealed from this actor. */
export function householdUnsealed(actor: Pick<Actor, 'id'>, householdId: string): string {
  return `NOT EXISTS (SELECT 1 FROM household_membership sm JOIN person sp ON sp.id = sm.person_id
      WHERE sm.household_id = ${householdId} AND sm.valid_to IS NULL AND NOT ${sealedPersonScope(actor, 'sp')})`;
}
