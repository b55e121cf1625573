import { type ReactNode, useEffect, useRef } from 'react';
import { EditForm } from './edit-form.tsx';

/**
 * The frame of a small step form that opens on a record's page: its heading (focused when it opens,
 * so the reader hears where they are), then the kit's edit form (errors, fields, save) with a cancel
 * button. `className` adds the module's look to the card.
 */
export function StepFrame({
  title,
  submitLabel,
  form,
  onCancel,
  className = 'card',
  requiredNote = true,
  children,
}: {
  title: string;
  submitLabel: string;
  form: Parameters<typeof EditForm>[0]['form'];
  onCancel(): void;
  className?: string;
  requiredNote?: boolean;
  children: ReactNode;
}) {
  const headingId = `step-${title.replace(/\W+/g, '-')}`;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={className} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <EditForm form={form} submitLabel={submitLabel} requiredNote={requiredNote} onCancel={onCancel}>
        {children}
      </EditForm>
    </section>
  );
}
