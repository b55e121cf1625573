import type { ReactNode } from 'react';
import { TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';

/** The frame every small step form shares: heading, the kit's edit form (errors, fields, save) and cancel. */
export function StepFrame({
  title,
  submitLabel,
  form,
  onCancel,
  children,
}: {
  title: string;
  submitLabel: string;
  form: Parameters<typeof EditForm>[0]['form'];
  onCancel(): void;
  children: ReactNode;
}) {
  const headingId = `step-${title.replace(/\W+/g, '-')}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <EditForm form={form} submitLabel={submitLabel} requiredNote={false} onCancel={onCancel}>
        {children}
      </EditForm>
    </section>
  );
}

/** A date bound to a form's field, required unless said otherwise. */
export function DateField(props: {
  id: string;
  label: string;
  value: string;
  onValue(v: string): void;
  error?: string | undefined;
  required?: boolean;
}) {
  return <TextField type="date" required className="w-short" {...props} />;
}
