import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../app/i18n.tsx';

/**
 * A button for what cannot be undone (removing, erasing): the first press asks, the second acts.
 * The question takes the focus, so keyboard and screen-reader users meet it at once.
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  disabled,
}: {
  label: string;
  question: string;
  onConfirm(): void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) ref.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" className="button danger" onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </button>
    );
  return (
    <div className="alert alert-warning" role="alert">
      <p ref={ref} tabIndex={-1} className="alert-title">
        {question}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button danger"
          disabled={disabled}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {t('content.confirm.yes')}
        </button>
        <button type="button" className="button secondary" onClick={() => setAsking(false)}>
          {t('content.confirm.no')}
        </button>
      </div>
    </div>
  );
}
