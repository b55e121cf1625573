import { rolesHave } from '@ostoja/domain/identity/permissions';
import type { Role } from '@ostoja/domain/identity/roles';
import type { Actor } from '../../http/context.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The actor's id as an SQL literal. Scope conditions are plain SQL strings that other modules
 * splice into their queries (personScope has no parameters of its own), so the id is checked to
 * be a UUID — it comes from the session row, but a scope must be safe whatever calls it.
 */
export function actorLiteral(actor: Pick<Actor, 'id'>): string {
  if (!UUID.test(actor.id)) throw new Error('actor id is not a UUID');
  return `'${actor.id}'::uuid`;
}

/** The compartment's row scope on a procedure id expression: see blue_card_visible() in 0030. */
export function procedureScope(actor: Pick<Actor, 'id'>, procedureId = 'b.id'): string {
  return `blue_card_visible(${procedureId}, ${actorLiteral(actor)})`;
}

/**
 * Registry row scope: a person first registered through a Niebieska Karta (sealed) exists for
 * the registry only for those who see one of their procedures. Persons known to the centre
 * anyway are untouched: their search results and pages never say anything of the procedure.
 */
export function sealedPersonScope(
  actor: Pick<Actor, 'id'> & { roles?: readonly Role[] },
  alias = 'p',
  /** The reader's id as a parameter (`$2`) of the caller's statement, so the statement can be prepared; a literal by default. */
  actorParam?: string,
): string {
  if (actorParam !== undefined && !/^\$\d+$/.test(actorParam))
    throw new Error(`Not a parameter: ${actorParam}`);
  const reader = actorParam ? `${actorParam}::uuid` : actorLiteral(actor);
  // The second half is a function so that it runs per person, only for the sealed (migration 0032).
  const blueCard = `(NOT EXISTS (SELECT 1 FROM blue_card_person s WHERE s.person_id = ${alias}.id AND s.sealed)
    OR blue_card_person_visible(${alias}.id, ${reader}))`;
  // The alcohol commission's compartment (migration 0200): the persons it registered itself
  // exist only for the commission. An actor whose roles are unknown here is outside it.
  if (actor.roles && rolesHave(actor.roles, 'alcoholCommission.work')) return blueCard;
  return `(${blueCard} AND NOT EXISTS (SELECT 1 FROM alcohol_proceeding ap WHERE ap.person_id = ${alias}.id AND ap.sealed))`;
}
