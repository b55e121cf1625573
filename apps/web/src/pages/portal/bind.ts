import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { fieldId } from '../../components/fields.tsx';
import type { Errors } from '../../lib/forms.ts';

/** The props of a text field at `k` of a useEditForm form: its id, value, setter and error. */
export const textBinder =
  <V extends FieldValues>(f: { values: V; errors: Errors; form: UseFormReturn<V> }) =>
  <K extends Path<V>>(k: K) => ({
    id: fieldId(k),
    value: f.values[k] as string,
    onValue: (x: string) => f.form.setValue(k, x as PathValue<V, K>),
    error: f.errors[k],
  });
