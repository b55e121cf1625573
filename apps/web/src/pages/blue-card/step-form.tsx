import type { Participant, Procedure } from '@ostoja/domain/blue-card/responses';
import { type ReactNode, useEffect, useRef } from 'react';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { validate } from '../../lib/forms.ts';
import { type SubmitState, useSubmit } from '../../lib/use-submit.ts';

/** What every step form gets from the procedure page. */
export interface StepProps {
  procedure: Procedure;
  /** The procedure as the step's answer returned it. */
  onDone(p: Procedure): void;
  onCancel(): void;
}

/**
 * Sends one step of the procedure: checked first with the domain's schema (the same the server
 * applies), then POSTed; the server's field errors land beside the fields by their paths.
 */
export function useStep(schema: z.ZodType, url: string, onDone: (p: Procedure) => void) {
  const { locale } = useI18n();
  const { state, run, invalid } = useSubmit();
  async function send(body: unknown) {
    const v = validate(schema, body, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => onDone(await api.post<Procedure>(url, body)));
  }
  return { state, send };
}

/** The frame of a step: its heading (focused when it opens), the error summary, the buttons. */
export function StepForm({
  title,
  submitLabel,
  state,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  submitLabel: string;
  state: SubmitState;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card bc-step" aria-labelledby="bc-step-h">
      <h3 id="bc-step-h" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form
        noValidate
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <p className="hint">{t('form.requiredNote')}</p>
        {children}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {submitLabel}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Options of a person select: the persons of the procedure holding a role. */
export function personOptions(people: Participant[], t: (k: string) => string) {
  return [
    { value: '', label: t('form.choose') },
    ...people.map((p) => ({ value: p.personId, label: `${p.firstName} ${p.surname}` })),
  ];
}
