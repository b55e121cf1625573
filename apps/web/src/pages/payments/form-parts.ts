import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import type { EditForm } from '../../components/kit/use-edit-form.ts';
import type { Errors } from '../../lib/forms.ts';

/**
 * A request schema whose amount fields are typed in złoty: a text that is not an amount arrives
 * as NaN (see parseZloty) and is refused beside its field as "enter an amount in złoty", not as
 * the schema's generic "invalid value"; everything else is the schema's own check.
 */
export function withZloty<S extends z.ZodType>(schema: S, amounts: readonly string[]): S {
  return z.unknown().superRefine((body, ctx) => {
    const record = (body ?? {}) as Record<string, unknown>;
    const bad = amounts.filter((k) => Number.isNaN(record[k]));
    for (const k of bad) ctx.addIssue({ code: 'custom', path: [k], message: 'pay.amountFormat' });
    const r = schema.safeParse(body);
    if (r.success) return;
    for (const issue of r.error.issues)
      if (!bad.includes(String(issue.path[0])))
        ctx.addIssue({ code: 'custom', path: issue.path as PropertyKey[], message: issue.message });
  }) as unknown as S;
}

/**
 * Several forms share a page, so their field ids carry a prefix ("suspend-fromMonth"); the
 * error summary links each error to its field by that id.
 */
export function prefixed<F extends Pick<EditForm, 'errors'>>(prefix: string, form: F): F {
  const errors: Errors = {};
  for (const [k, v] of Object.entries(form.errors)) errors[`${prefix}${k}`] = v;
  return { ...form, errors };
}

/** `onValue` of a controlled field bound to one value of the form. */
export const setter =
  <V extends FieldValues>(form: UseFormReturn<V>) =>
  <K extends Path<V>>(name: K) =>
  (value: PathValue<V, K>) =>
    form.setValue(name, value);
