import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type FieldErrors, type FieldValues, type Path, type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { Errors } from '../../lib/forms.ts';
import { withBindings } from './bindings.ts';

/** RHF's nested errors as the flat "members.0.person.pesel" → message map the fields and summary show. */
export function flatErrors(
  errors: FieldErrors,
  msg: (m: string) => string,
  prefix = '',
  out: Errors = {},
): Errors {
  for (const [k, v] of Object.entries(errors)) {
    if (!v || typeof v !== 'object' || k === 'ref') continue;
    const path = k === 'root' ? prefix.slice(0, -1) : `${prefix}${k}`;
    const message = (v as { message?: unknown }).message;
    if (typeof message === 'string' && message) out[path] ??= msg(message);
    flatErrors(v as FieldErrors, msg, `${path}.`, out);
  }
  return out;
}

/**
 * How the request body comes from the form's values (`confirm` is set after the user confirmed a
 * warning). It may be left out where the values already are the body.
 */
export type ToBody<V, B> =
  | { toBody(values: V, confirm: boolean): B }
  | ([V] extends [B] ? { toBody?: undefined } : never);

/** The request body from the form's values, by the form's own `toBody` or as they are. */
export const bodyOf = <V, B>(o: ToBody<V, B>, values: V, confirm = false): B =>
  o.toBody ? o.toBody(values, confirm) : (values as unknown as B);

/**
 * An edit form: react-hook-form holds the values; the domain's zod schema checks the request body
 * built from them before anything is sent; the server's 400 field errors land on the same fields
 * (their paths are the body's paths). Other failures (a version conflict, possible duplicates) are
 * kept as `code`, `message` and `extra` for the screen to show.
 */
export function useEditForm<V extends FieldValues, S extends z.ZodType, R>(
  o: {
    schema: S;
    defaultValues: V;
    save(body: z.input<S>): Promise<R>;
    onSaved?(result: R): void;
    /**
     * After a save the form starts again: from its default values (`true`) or from fresh ones (a
     * function, e.g. to take today's date anew), before `onSaved` hears of the result.
     */
    reset?: true | (() => V);
    /** Keeps the field ids of several forms on one page apart (see bindings.ts). */
    idPrefix?: string;
  } & ToBody<V, z.input<S>>,
) {
  const { schema, defaultValues, save, onSaved, reset, idPrefix } = o;
  const { msg, t, locale } = useI18n();
  const toBody = (values: V, confirm: boolean) => bodyOf(o, values, confirm);
  const check = zodResolver(schema as never);
  const resolver: Resolver<V> = async (values, ctx, opts) => {
    const r = await check(toBody(values, false) as never, ctx, opts as never);
    return Object.keys(r.errors).length
      ? { values: {}, errors: r.errors as FieldErrors<V> }
      : { values, errors: {} };
  };
  const form = useForm<V>({ defaultValues: defaultValues as never, resolver });
  const [failure, setFailure] = useState<{ code: string; message: string; extra: Record<string, unknown> }>();
  // Bumped whenever errors are known, so the error summary takes the focus again.
  const [attempt, setAttempt] = useState(0);
  const mutation = useMutation<R, ApiError, z.input<S>>({ mutationFn: save });

  // Messages came in the language of the moment; after a switch they go (the next submit brings
  // them back in the new one) rather than leaving a page in two languages.
  const shownLocale = useRef(locale);
  useEffect(() => {
    if (shownLocale.current === locale) return;
    shownLocale.current = locale;
    form.clearErrors();
    setFailure(undefined);
  }, [locale, form]);

  const submit = (confirm = false) =>
    form.handleSubmit(
      async (values) => {
        setFailure(undefined);
        try {
          const result = await mutation.mutateAsync(toBody(values, confirm));
          if (reset) form.reset(reset === true ? undefined : (reset() as never));
          onSaved?.(result);
        } catch (e) {
          const err = e instanceof ApiError ? e : new ApiError(0, 'network', '');
          for (const f of err.fields)
            form.setError(f.path as Path<V>, { type: 'server', message: f.message });
          setFailure({
            code: err.code,
            message: err.status === 0 ? t('error.network') : msg(err.message),
            extra: err.extra,
          });
          setAttempt((n) => n + 1);
        }
      },
      () => {
        setFailure(undefined);
        setAttempt((n) => n + 1);
      },
    )();

  // With `bind(path)` and friends, so a field is one line (see bindings.ts).
  return withBindings(
    {
      form,
      /** The current values (the fields are controlled components fed from here). */
      values: form.watch(),
      errors: flatErrors(form.formState.errors, msg),
      busy: mutation.isPending,
      code: failure?.code ?? '',
      message: failure?.message ?? '',
      extra: failure?.extra ?? {},
      attempt,
      submit,
      /** Forgets the last failure (after reloading the record, for example). */
      reset(values?: V) {
        form.reset(values as never);
        setFailure(undefined);
      },
    },
    idPrefix,
  );
}
export type EditForm = ReturnType<typeof useEditForm>;
