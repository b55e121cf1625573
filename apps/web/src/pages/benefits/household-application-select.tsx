import { benefitsApi } from '../../api/benefits.ts';
import { useI18n } from '../../app/i18n.tsx';
import { SelectField, type SelectFieldProps } from '../../components/fields.tsx';
import { useRead } from '../../components/kit/use-read.ts';

/**
 * One of the household's applications for help ("12/2026 — 3 marca 2026"), the one a decision or a
 * referral answers; `empty` names the choice of none. Nothing is asked until a household is known.
 */
export function HouseholdApplicationSelect({
  householdId,
  empty,
  ...field
}: Omit<SelectFieldProps, 'options'> & { householdId: string; empty: string }) {
  const { date } = useI18n();
  const applications = useRead(
    ['applications', 'household', householdId],
    (signal) => benefitsApi.applications({ householdId, limit: 50 }, signal),
    !!householdId,
  );
  const options = (applications.data?.items ?? []).map((a) => ({
    value: a.id,
    label: `${a.number} — ${date(a.submittedOn)}`,
  }));
  return <SelectField {...field} options={[{ value: '', label: empty }, ...options]} />;
}
