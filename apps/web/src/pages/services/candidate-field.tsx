import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, type SelectFieldProps } from '../../components/fields.tsx';

/** An application with a home visit whose applicant a decision or a referral may be for. */
export interface Candidate {
  applicationId: string;
  personId: string;
  applicationNumber: string;
  firstName: string;
  surname: string;
}

/**
 * The choice of that application ("Surname First — number") in a form whose `candidate` value holds
 * it: labelled `${prefix}.application`, its first option `${prefix}.choose`; its errors are the
 * request's `applicationId` or `personId`, and `chosen` turns the choice back into both ids.
 */
export function CandidateField({
  prefix,
  candidates,
  form,
  ...props
}: Omit<SelectFieldProps, 'options' | 'id' | 'error' | 'label' | 'value' | 'onValue'> & {
  prefix: 'cs' | 'ml' | 'dps';
  candidates: { data?: { items: readonly Candidate[] } };
  form: {
    errors: Partial<Record<string, string>>;
    bind(path: 'candidate'): { value: string; onValue(value: string): void };
  };
}) {
  const { t } = useI18n();
  const { value, onValue } = form.bind('candidate');
  return (
    <SelectField
      id={fieldId('applicationId')}
      label={t(`${prefix}.application`)}
      options={[
        { value: '', label: t(`${prefix}.choose`) },
        ...(candidates.data?.items ?? []).map((c) => ({
          value: c.applicationId,
          label: `${c.surname} ${c.firstName} — ${c.applicationNumber}`,
        })),
      ]}
      value={value}
      onValue={onValue}
      error={form.errors.applicationId ?? form.errors.personId}
      required
      {...props}
    />
  );
}

/** The application and person ids of the chosen candidate (empty strings before a choice). */
export function chosen(candidates: readonly Candidate[] | undefined, applicationId: string) {
  const c = candidates?.find((x) => x.applicationId === applicationId);
  return { applicationId: c?.applicationId ?? '', personId: c?.personId ?? '' };
}
