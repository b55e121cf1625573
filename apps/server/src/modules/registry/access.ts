import type { Actor } from '../../http/context.ts';
import { sealedPersonScope } from './compartment.ts';

/**
 * Row scope of the registry, applied inside every person query (never after the fetch).
 * Every role with `registry.read` sees the whole registry of the centre, except persons first
 * registered through a Niebieska Karta: those only for whoever sees one of their procedures.
 */
export function personScope(actor: Actor, alias = 'p'): string {
  return sealedPersonScope(actor, alias);
}
