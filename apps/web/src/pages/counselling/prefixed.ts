import type { Errors } from '../../lib/forms.ts';

/**
 * Several forms on one page: their field ids carry the form's prefix ("sp-new.publicName"), so the
 * error summary's links must too. The errors keep their body paths everywhere else.
 */
export function prefixed<F extends { errors: Record<string, string | undefined> }>(
  prefix: string,
  form: F,
): Omit<F, 'errors'> & { errors: Errors } {
  const errors: Errors = {};
  for (const [path, message] of Object.entries(form.errors))
    if (message) errors[`${prefix}.${path}`] = message;
  return { ...form, errors };
}
