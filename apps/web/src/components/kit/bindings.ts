import type { PersonSummary } from '@ostoja/domain/registry/person';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import type { Errors } from '../../lib/forms.ts';
import { fieldId } from '../fields.tsx';

/**
 * An edit form with `set(path)` (a setter), `bind(path)` (id, value, setter and error of a text or
 * select field), `tick(path)` (the same for a checkbox) and `pick(path)` (the same for a person
 * picker: the chosen person at `path`, the id and error of the body's "personId"), so a field is one
 * line. Where several forms share a page, `idPrefix` keeps their field ids apart ("repay-amount"). A field whose value
 * becomes another path in the request body ("cost" → "costGrosze") names that path second, so its id
 * and error are the body's (the server's 400 and the error summary speak of the body).
 */
export function withBindings<V extends FieldValues, F extends { errors: Errors }>(
  f: F & { values: V; form: UseFormReturn<V> },
  idPrefix = '',
) {
  const set =
    <K extends Path<V>>(k: K) =>
    (x: PathValue<V, K>) =>
      f.form.setValue(k, x);
  const bind = <K extends Path<V>>(k: K, bodyPath: string = k) => ({
    id: fieldId(idPrefix + bodyPath),
    value: f.form.getValues(k),
    onValue: set(k),
    error: f.errors[bodyPath],
  });
  const tick = <K extends Path<V>>(k: K) => ({
    id: fieldId(idPrefix + k),
    checked: f.form.getValues(k) as boolean,
    onChecked: set(k) as (x: boolean) => void,
    error: f.errors[k],
  });
  const pick = <K extends Path<V>>(k: K, bodyPath = 'personId') => ({
    id: fieldId(idPrefix + bodyPath),
    selected: f.form.getValues(k) as PersonSummary | null,
    onSelect: set(k) as (p: PersonSummary | null) => void,
    error: f.errors[bodyPath],
  });
  return { ...f, set, bind, tick, pick };
}
