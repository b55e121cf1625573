import { rolesHave } from '@ostoja/domain/identity/permissions';
import type { Actor } from '../../http/context.ts';
import { actorLiteral, sealedPersonScope } from '../registry/compartment.ts';

/**
 * A household exists for family support only if none of its current members is sealed in the
 * Niebieska Karta compartment for the actor: a family in a procedure looks missing to outsiders.
 */
export function householdScope(actor: Actor, householdId = 'fa.household_id'): string {
  return `NOT EXISTS (SELECT 1 FROM household_membership hm JOIN person sp ON sp.id = hm.person_id
     WHERE hm.household_id = ${householdId} AND hm.valid_to IS NULL AND NOT ${sealedPersonScope(actor, 'sp')})`;
}

/**
 * Row scope of the assistant's files: the director and the auditor see all; an assistant the
 * families assigned to them; a social worker those they referred and those of their field team.
 */
export function assistanceScope(actor: Actor, alias = 'fa'): string {
  const me = actorLiteral(actor);
  const rows = rolesHave(actor.roles, 'familySupport.readAll')
    ? 'true'
    : `(${alias}.assistant_id = ${me} OR ${alias}.referred_by = ${me}
        OR EXISTS (SELECT 1 FROM household h JOIN staff_user u ON u.id = ${me}
                    WHERE h.id = ${alias}.household_id AND h.field_team_id = u.org_unit_id))`;
  return `(${rows} AND ${householdScope(actor, `${alias}.household_id`)})`;
}
