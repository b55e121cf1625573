import type { Actor } from '../../http/context.ts';

/**
 * Row scope of the registry, applied inside every person query (never after the fetch).
 * Today every role with `registry.read` sees the whole registry of the centre; sealed
 * compartments (Niebieska Karta) add their condition here, so every path inherits it.
 */
export function personScope(_actor: Actor, _alias = 'p'): string {
  return 'TRUE';
}
