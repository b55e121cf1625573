import { type ReactNode, useEffect, useRef } from 'react';
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import type { Errors } from '../lib/forms.ts';
import { fieldId } from './fields.tsx';
import { NoAccess, NotFound } from './status-pages.tsx';

export function Alert({
  kind = 'error',
  title,
  children,
  focus = false,
}: {
  kind?: 'error' | 'warning' | 'success' | 'info';
  title?: string;
  children?: ReactNode;
  /** Moves the keyboard focus to the message (after a failed submit). */
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div
      ref={ref}
      className={`alert alert-${kind}`}
      role={kind === 'error' || kind === 'warning' ? 'alert' : 'status'}
      tabIndex={-1}
    >
      {title ? <p className="alert-title">{title}</p> : null}
      {children}
    </div>
  );
}

/**
 * What a field is called, read from the form itself: "Osoba 2 — Imię". The fields were rendered
 * before the submit that produced the errors, so they are in the document when the summary renders.
 */
function fieldName(path: string): string {
  const el = document.getElementById(fieldId(path));
  if (!el) return '';
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s*\*\s*$/, '').trim();
  const label =
    el instanceof HTMLInputElement || el instanceof HTMLSelectElement
      ? clean(el.labels?.[0]?.textContent)
      : clean(el.querySelector('legend')?.textContent);
  const group = clean(el.closest('fieldset.member')?.querySelector('legend')?.textContent);
  return [group, label].filter(Boolean).join(' — ');
}

/**
 * The errors of a form above it, each a link to its field (the pattern of GOV.UK's error summary).
 * It takes the focus when it appears, so a screen reader hears what went wrong.
 */
export function ErrorSummary({
  errors,
  message,
  version,
}: {
  errors: Errors;
  message?: string;
  version: number;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each submit (version) focuses again
  useEffect(() => {
    if (entries.length || message) ref.current?.focus();
  }, [version]);
  if (!entries.length && !message) return null;
  return (
    <div ref={ref} className="alert alert-error error-summary" role="alert" tabIndex={-1}>
      <p className="alert-title">{message || t('form.fixErrors')}</p>
      {entries.length ? (
        <ul>
          {entries.map(([path, text]) => {
            const name = fieldName(path);
            return (
              <li key={path}>
                <a
                  href={`#${fieldId(path)}`}
                  onClick={(e) => {
                    const el = document.getElementById(fieldId(path));
                    if (!el) return;
                    e.preventDefault();
                    el.focus();
                    el.scrollIntoView({ block: 'center' });
                  }}
                >
                  {name ? `${name}: ${text}` : text}
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** What to show when loading a page's data failed. */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  if (error.status === 403) return <NoAccess />;
  if (error.status === 404) return <NotFound />;
  return <LoadFailed reason={error.message} onRetry={onRetry} />;
}

/** Loading failed: the reason, and a retry where the screen can ask again (staff pages and the portal). */
export function LoadFailed({ reason, onRetry }: { reason: string; onRetry?: (() => void) | undefined }) {
  const { t } = useI18n();
  return (
    <Alert title={t('error.loadFailed')}>
      {reason ? <p>{reason}</p> : null}
      {onRetry ? (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('action.retry')}
        </button>
      ) : null}
    </Alert>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
