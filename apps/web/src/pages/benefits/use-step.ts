import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type Errors, validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import type { ApplicationDetail } from './types.ts';

/**
 * One step of the application (POST /applications/:id/<step>): checked with the domain schema
 * first, then sent; the server answers with the whole application, which replaces the page's.
 */
export function useStep(appId: string, onDone: (app: ApplicationDetail) => void) {
  const { locale } = useI18n();
  const submit = useSubmit();
  async function send<S extends z.ZodType>(
    step: string,
    schema: S | null,
    body: unknown,
    extra: Errors = {},
  ) {
    let payload = body;
    if (schema) {
      const v = validate(schema, body, locale);
      if (!v.ok || Object.keys(extra).length) return submit.invalid({ ...extra, ...(v.ok ? {} : v.errors) });
      payload = v.data;
    } else if (Object.keys(extra).length) return submit.invalid(extra);
    await submit.run(async () => {
      onDone(await api.post<ApplicationDetail>(`/api/v1/applications/${appId}/${step}`, payload));
    });
  }
  return { ...submit, send };
}
