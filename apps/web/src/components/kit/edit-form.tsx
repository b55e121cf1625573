import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary } from '../feedback.tsx';
import type { EditForm as Form } from './use-edit-form.ts';

/**
 * The frame of an edit form: the error summary (or, on a version conflict, the offer to load the
 * newer record), a warning the screen adds (e.g. possible duplicates), the fields, and the actions.
 */
export function EditForm({
  form,
  submitLabel,
  actions,
  onCancel,
  warning,
  onReload,
  requiredNote = true,
  children,
}: {
  form: Pick<Form, 'errors' | 'message' | 'code' | 'attempt' | 'busy' | 'submit'>;
  submitLabel: string;
  /** Further actions beside the submit button (cancel…). */
  actions?: ReactNode;
  /** A cancel button after the submit button. */
  onCancel?: () => void;
  /** Shown instead of the error summary (it says what went wrong itself). */
  warning?: ReactNode;
  /** Offered when someone saved a newer version meanwhile. */
  onReload?: () => void;
  requiredNote?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      {form.code === 'versionConflict' && onReload ? (
        <Alert kind="warning" title={t('form.conflictTitle')} focus>
          <p>{form.message}</p>
          <button type="button" className="button secondary" onClick={onReload}>
            {t('action.reloadLatest')}
          </button>
        </Alert>
      ) : (
        <ErrorSummary
          errors={warning ? {} : form.errors}
          message={warning ? '' : form.message}
          version={form.attempt}
        />
      )}
      {warning}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          form.submit(false);
        }}
        noValidate
        className="form"
      >
        {requiredNote ? <p className="hint">{t('form.requiredNote')}</p> : null}
        {children}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={form.busy}>
            {submitLabel}
          </button>
          {onCancel ? (
            <button type="button" className="button secondary" onClick={onCancel}>
              {t('action.cancel')}
            </button>
          ) : null}
          {actions}
        </div>
      </form>
    </>
  );
}
