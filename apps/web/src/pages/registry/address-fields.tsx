import { useQuery } from '@tanstack/react-query';
import { type ApiError, api, withQuery } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../components/fields.tsx';
import { bindPart } from '../../components/kit/bind-part.ts';
import type { PartProps } from '../../components/kit/part-props.ts';
import { useSettled } from '../../components/kit/use-settled.ts';

export interface AddressValues {
  street: string;
  building: string;
  apartment: string;
  postalCode: string;
  city: string;
}

export const emptyAddress = (): AddressValues => ({
  street: '',
  building: '',
  apartment: '',
  postalCode: '',
  city: '',
});

/** Which field team serves the address, asked as the street and number are typed. */
function FieldTeamHint({ street, building }: { street: string; building: string }) {
  const { t } = useI18n();
  const typed = `${street.trim()}\u0000${building.trim()}`;
  const settled = useSettled(typed);
  const [s = '', b = ''] = settled.split('\u0000');
  const lookup = useQuery<{ fieldTeam: { name: string } }, ApiError>({
    queryKey: ['address-lookup', s, b],
    queryFn: ({ signal }) => api.get(withQuery('/api/v1/address-lookup', { street: s, number: b }), signal),
    enabled: settled === typed && s !== '' && b !== '',
  });
  if (settled !== typed || !s || !b) return null;
  const team = lookup.data ? lookup.data.fieldTeam.name : lookup.error ? null : undefined;
  if (team === undefined) return null;
  return (
    <p className="hint" role="status">
      {team ? t('household.servedBy', { team }) : t('household.noFieldTeam')}
    </p>
  );
}

/** The household's address; `path` is its place in the body ("address."). */
export function AddressFields({ path, values, onChange, errors }: PartProps<AddressValues>) {
  const { t } = useI18n();
  const field = bindPart(path, values, onChange, errors);
  return (
    <>
      <div className="field-row">
        <TextField {...field('street')} label={t('address.street')} required autoComplete="off" />
        <TextField {...field('building')} label={t('address.building')} required className="w-short" />
        <TextField {...field('apartment')} label={t('address.apartment')} className="w-short" />
      </div>
      <div className="field-row">
        <TextField
          {...field('postalCode')}
          label={t('address.postalCode')}
          hint={t('address.postalCodeHint')}
          className="w-short"
        />
        <TextField {...field('city')} label={t('address.city')} required />
      </div>
      <FieldTeamHint street={values.street} building={values.building} />
    </>
  );
}
