import { HELP_REASONS } from '@ostoja/domain/applications/help-reasons';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, GroupError } from '../../components/fields.tsx';

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
