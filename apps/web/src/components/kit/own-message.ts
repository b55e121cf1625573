import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { Errors } from '../../lib/forms.ts';

/**
 * A screen's own words for a mistake its schema finds before sending ("Podaj powód odwołania."
 * rather than "To pole jest wymagane."); what the server answered for the field is shown as sent.
 */
export function ownMessage(
  f: { form: Pick<UseFormReturn<FieldValues>, 'formState'>; errors: Errors },
  path: string,
  text: string,
): string | undefined {
  const found = f.errors[path];
  return found && f.form.formState.errors[path]?.type !== 'server' ? text : found;
}
