import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { fieldId } from '../../components/fields.tsx';
import { useBrokenContracts } from './queries.ts';

/**
 * Art. 11 ust. 2 ups on a decision form (refusal, revocation, suspension): when the person's
 * household broke a social contract the clerk sees it and may choose it as the ground; choosing it
 * puts the justification drafted from the case file into an empty reason. Nothing shows otherwise.
 */
export function Art11Ground({
  personId,
  value,
  onContract,
  reason,
  onReason,
  error,
  idPrefix = '',
}: {
  personId: string;
  value: string | null;
  onContract(contractId: string | null): void;
  /** The form's justification, filled with the drafted one while still empty. */
  reason: string;
  onReason(text: string): void;
  error?: string | undefined;
  idPrefix?: string;
}) {
  const { t, date } = useI18n();
  const broken = useBrokenContracts(personId).data?.items ?? [];
  if (broken.length === 0) return null;
  const name = `${idPrefix}art11ContractId`;
  return (
    <>
      <Alert kind="warning" title={t('art11.brokenTitle')}>
        <ul>
          {broken.map((k) => (
            <li key={k.contractId}>
              {t('art11.broken', { number: k.number, person: k.personName, date: date(k.brokenOn) })}
            </li>
          ))}
        </ul>
      </Alert>
      <fieldset
        className="radio-group"
        id={fieldId(name)}
        tabIndex={-1}
        aria-describedby={error ? `${fieldId(name)}-error` : undefined}
      >
        <legend>{t('art11.ground')}</legend>
        <label>
          <input type="radio" name={name} checked={value === null} onChange={() => onContract(null)} />
          {t('art11.otherGround')}
        </label>
        {broken.map((k) => (
          <label key={k.contractId}>
            <input
              type="radio"
              name={name}
              checked={value === k.contractId}
              onChange={() => {
                onContract(k.contractId);
                if (!reason.trim()) onReason(k.justification);
              }}
            />
            {t('art11.onContract', { number: k.number })}
          </label>
        ))}
        {error ? (
          <p className="field-error" id={`${fieldId(name)}-error`}>
            {error}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
