import type { PersonSummary } from '@ostoja/domain/registry/person';

/**
 * A form's values as its request body where the person is chosen with a picker (`f.pick('person')`):
 * the person becomes `personId` (empty while none is chosen, so the schema refuses it), the other
 * values stay as they are (put after it, in their order).
 */
export function personBody<V extends { person: PersonSummary | null }>({ person, ...rest }: V) {
  return { personId: person?.id ?? '', ...rest };
}
