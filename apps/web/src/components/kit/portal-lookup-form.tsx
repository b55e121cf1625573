import type { ComponentProps, ReactNode } from 'react';
import { EditForm } from './edit-form.tsx';

/**
 * A portal page's look-up by a code (a booking, an application) in a card: a record not found is
 * said in `notFound`, and a new search first hides what was found before (`onSearch`).
 */
export function PortalLookupForm({
  form,
  notFound,
  onSearch,
  submitLabel,
  children,
}: {
  form: ComponentProps<typeof EditForm>['form'];
  notFound: string;
  onSearch(): void;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <div className="card">
      <EditForm
        form={{
          ...form,
          message: form.code === 'notFound' ? notFound : form.message,
          submit: (confirm) => {
            onSearch();
            return form.submit(confirm);
          },
        }}
        submitLabel={submitLabel}
        requiredNote={false}
      >
        {children}
      </EditForm>
    </div>
  );
}
