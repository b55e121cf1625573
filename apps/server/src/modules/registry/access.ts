import type { Queryable } from '../../db/db.ts';
import type { Actor } from '../../http/context.ts';
import { sealedPersonScope } from './compartment.ts';
import * as repo from './repo.ts';

/**
 * Row scope of the registry, applied inside every person query (never after the fetch).
 * Every role with `registry.read` sees the whole registry of the centre, except persons first
 * registered through a Niebieska Karta: those only for whoever sees one of their procedures.
 */
export function personScope(actor: Actor, alias = 'p', actorParam?: string): string {
  return sealedPersonScope(actor, alias, actorParam);
}

/**
 * Whether a person id given by a client names a person the actor may see. Every module that takes
 * a person id asks this (not a bare lookup of the person table): a sealed person must answer as a missing one.
 */
export async function personVisible(q: Queryable, actor: Actor, personId: string): Promise<boolean> {
  return repo.personInScope(q, personId, personScope(actor));
}
