import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useEditForm } from '../../components/kit/use-edit-form.ts';

/**
 * The form that adds a row to a case file (a plan item, a task, a note, a contract): its values are
 * the request body, and it starts again from `empty()` after each save.
 */
export function useAddToCase<S extends z.ZodType, V extends FieldValues & z.input<S>, R>(
  schema: S,
  empty: () => V,
  save: (body: z.input<S>) => Promise<R>,
  onSaved: (result: R) => unknown,
) {
  return useEditForm({ schema, defaultValues: empty(), toBody: (v: V) => v, save, reset: empty, onSaved });
}
