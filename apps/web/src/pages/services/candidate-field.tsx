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
 * The choice of that application ("Surname First — number"); its errors are the request's
 * `applicationId` or `personId`, and `byKey` turns the choice back into both ids.
 */
export function CandidateField({
  candidates,
  choose,
  errors,
  ...props
}: Omit<SelectFieldProps, 'options' | 'id' | 'error'> & {
  candidates: readonly Candidate[] | undefined;
  choose: string;
  errors: Partial<Record<string, string>>;
}) {
  return (
    <SelectField
      id={fieldId('applicationId')}
      options={[
        { value: '', label: choose },
        ...(candidates ?? []).map((c) => ({
          value: c.applicationId,
          label: `${c.surname} ${c.firstName} — ${c.applicationNumber}`,
        })),
      ]}
      error={errors.applicationId ?? errors.personId}
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
