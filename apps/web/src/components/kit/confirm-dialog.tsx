import { type ReactNode, useEffect, useId, useRef } from 'react';
import type { ApiError } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../feedback.tsx';

/**
 * Asks before an action that changes a record: a modal <dialog> (the browser keeps the focus in it,
 * Escape cancels), with what to confirm, optional fields, and the two answers.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy = false,
  danger = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {open ? (
        <>
          <p id={titleId} className="alert-title">
            {title}
          </p>
          {children}
          <div className="form-actions">
            <button
              type="button"
              className={`button ${danger ? 'danger' : 'primary'} small`}
              disabled={busy}
              onClick={onConfirm}
            >
              {confirmLabel}
            </button>
            <button type="button" className="button secondary small" onClick={onCancel}>
              {t('action.cancel')}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}

/**
 * The dialog of an action that sends one request: busy while it runs, the server's answer (or the
 * network's failure) above the fields, and "Cancel" forgets it. `fieldError` finds a field's message.
 */
export function MutationDialog({
  run,
  onClose,
  children,
  ...dialog
}: Omit<Parameters<typeof ConfirmDialog>[0], 'busy' | 'onConfirm' | 'onCancel'> & {
  run: { isPending: boolean; error: ApiError | null; mutate(): void; reset(): void };
  onClose(): void;
}) {
  const { t, msg } = useI18n();
  const error = run.error;
  return (
    <ConfirmDialog
      {...dialog}
      busy={run.isPending}
      onConfirm={() => run.mutate()}
      onCancel={() => {
        run.reset();
        onClose();
      }}
    >
      {error ? <Alert>{error.status === 0 ? t('error.network') : msg(error.message)}</Alert> : null}
      {children}
    </ConfirmDialog>
  );
}

/** The server's message for one field of a failed request ("on", "reason"…). */
export const fieldError = (error: ApiError | null, path: string) =>
  error?.fields.find((f) => f.path === path)?.message;
