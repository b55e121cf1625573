import { HELP_REASONS } from '@ostoja/domain/applications/help-reasons';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxField,
  CountField,
  fieldId,
  GroupError,
  MoneyField,
  type TextFieldProps,
} from '../../components/fields.tsx';
import type { Errors } from '../../lib/forms.ts';

/** The art. 7 reasons as checkboxes, the server's error on `reasons` above them. */
export function ReasonsField({
  value,
  onValue,
  error,
}: {
  value: string[];
  onValue(v: string[]): void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <fieldset aria-describedby={error ? fieldId('reasons') : undefined}>
      <legend>{t('prg.reasons')}</legend>
      <GroupError id={fieldId('reasons')} error={error} />
      {HELP_REASONS.map((r) => (
        <CheckboxField
          key={r}
          id={fieldId(`reasons-${r}`)}
          label={`${r}. ${t(`helpReason.${r}`)}`}
          checked={value.includes(r)}
          onChecked={(on) => onValue(on ? [...value, r] : value.filter((x) => x !== r))}
        />
      ))}
    </fieldset>
  );
}

/** What a form asking the criteria facts offers (the food-aid referral, a programme's participant). */
interface CriteriaForm {
  bind(k: 'income' | 'householdSize'): Omit<TextFieldProps, 'label'>;
  set(k: 'reasons'): (r: string[]) => void;
  values: { reasons: string[] };
  errors: Errors;
}

/**
 * The facts the criteria ask: the income per person (its error is the body's
 * "incomePerPersonGrosze") with the household's size, and the art. 7 reasons; each when asked.
 */
export function CriteriaFields({
  form: f,
  income = true,
  reasons = true,
}: {
  form: CriteriaForm;
  income?: boolean;
  reasons?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      {income ? (
        <div className="field-row">
          <MoneyField
            label={t('prg.income')}
            {...f.bind('income')}
            id={fieldId('incomePerPersonGrosze')}
            error={f.errors.incomePerPersonGrosze}
          />
          <CountField label={t('prg.householdSize')} {...f.bind('householdSize')} required />
        </div>
      ) : null}
      {reasons ? (
        <ReasonsField value={f.values.reasons} onValue={f.set('reasons')} error={f.errors.reasons} />
      ) : null}
    </>
  );
}
