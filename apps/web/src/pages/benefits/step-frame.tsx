import type { FormEvent, ReactNode } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import type { ApplicationDetail } from './types.ts';
import type { useStep } from './use-step.ts';

export interface StepFormProps {
  app: ApplicationDetail;
  onDone(app: ApplicationDetail): void;
  onCancel(): void;
}

/** The frame every small step form shares: heading, error summary, fields, save and cancel. */
export function StepFrame({
  title,
  submitLabel,
  step,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  submitLabel: string;
  step: ReturnType<typeof useStep>;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const headingId = `step-${title.replace(/\W+/g, '-')}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ErrorSummary errors={step.state.errors} message={step.state.message} version={step.state.attempt} />
      <form
        noValidate
        className="form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={step.state.busy}>
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

export function DateField({
  path,
  label,
  value,
  onValue,
  errors,
}: {
  path: string;
  label: string;
  value: string;
  onValue(v: string): void;
  errors: Record<string, string>;
}) {
  return (
    <TextField
      id={fieldId(path)}
      label={label}
      type="date"
      required
      className="w-short"
      value={value}
      onValue={onValue}
      error={errors[path]}
    />
  );
}
