import type { Errors } from '../../lib/forms.ts';
import { fieldId } from '../fields.tsx';

/**
 * The text fields of one part of a form's values held by hand (an address, a person): `field(name)`
 * spreads onto a field its id and error at `${path}${name}` (the request body's path), its value, and
 * a setter that hands the whole changed part to `onChange`.
 */
export function bindPart<V extends object>(
  path: string,
  values: V,
  onChange: (v: V) => void,
  errors: Errors,
) {
  return (name: keyof V & string) => ({
    id: fieldId(`${path}${name}`),
    value: values[name] as string,
    onValue: (x: string) => onChange({ ...values, [name]: x }),
    error: errors[`${path}${name}`],
  });
}
