import { SHELTER_KINDS } from '@ostoja/domain/shelters/shelter';
import { useI18n } from '../../app/i18n.tsx';
import { SelectField } from '../../components/fields.tsx';

/** The kind of place (a shelter, a night shelter, a heated room), bound to a form's field by `f.bind`. */
export function ShelterKindField(bound: {
  id: string;
  value: string;
  onValue(v: string): void;
  error?: string;
}) {
  const { t } = useI18n();
  const options = SHELTER_KINDS.map((k) => ({ value: k, label: t(`sh.kind.${k}`) }));
  return <SelectField {...bound} label={t('sh.kind')} options={options} required />;
}
