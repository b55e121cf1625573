import type { ReactNode } from 'react';
import { EditForm } from './edit-form.tsx';

/**
 * A form folded under a summary line the reader opens (adding a row to a record's list): the kit's
 * edit form inside; its button says the summary unless `submitLabel` says otherwise.
 */
export function DetailsForm({
  summary,
  form,
  submitLabel = summary,
  children,
}: {
  summary: string;
  form: Parameters<typeof EditForm>[0]['form'];
  submitLabel?: string;
  children: ReactNode;
}) {
  return (
    <details>
      <summary>{summary}</summary>
      <EditForm form={form} submitLabel={submitLabel}>
        {children}
      </EditForm>
    </details>
  );
}
