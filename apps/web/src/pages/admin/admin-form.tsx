import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import type { EditForm as Form } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';

/** A record's page in the administration: the edit form, "Cancel" back to the list it came from. */
export function AdminFormPage({
  title,
  form,
  submitLabel,
  back,
  onReload,
  children,
}: {
  title: string;
  form: Pick<Form, 'errors' | 'message' | 'code' | 'attempt' | 'busy' | 'submit'>;
  submitLabel: string;
  back: string;
  onReload(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Page title={title}>
      <EditForm
        form={form}
        submitLabel={submitLabel}
        onReload={onReload}
        actions={<ActionLink to={back}>{t('action.cancel')}</ActionLink>}
      >
        {children}
      </EditForm>
    </Page>
  );
}

/**
 * A list of the administration's records: "New …" on top, then what the record's page just saved
 * (its name, handed over in the navigation's state), then the list.
 */
export function AdminListPage({
  title,
  newTo,
  newLabel,
  savedText,
  children,
}: {
  title: string;
  newTo: string;
  newLabel: string;
  savedText(name: string): string;
  children: ReactNode;
}) {
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return (
    <Page
      title={title}
      actions={
        <Link to={newTo} className="button primary">
          {newLabel}
        </Link>
      }
    >
      {saved ? <Alert kind="success">{savedText(saved)}</Alert> : null}
      {children}
    </Page>
  );
}
