import type { Errors } from '../../lib/forms.ts';

/**
 * The props of the fields of one part of a value a page holds itself (an address, a person), for
 * `bindPart`: the part's place in the request body (`path`, ending with a dot), its values, the
 * setter of the whole changed part, and the form's errors.
 */
export interface PartProps<V> {
  path: string;
  values: V;
  onChange(v: V): void;
  errors: Errors;
}
