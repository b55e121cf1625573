import { decodePesel } from '@ostoja/domain';
import { DOCUMENT_TYPES, type Person, type PersonInput, SEXES } from '@ostoja/domain/registry/person';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, SelectField, TextField } from '../../components/fields.tsx';
import { bindPart } from '../../components/kit/bind-part.ts';
import type { PartProps } from '../../components/kit/part-props.ts';
import { PeselField } from '../../components/kit/pesel-field.tsx';

/** The fields of an address, in the order a form asks them. */
export const ADDRESS_KEYS = ['street', 'building', 'apartment', 'postalCode', 'city'] as const;

const PERSON_KEYS = [
  'pesel',
  'firstName',
  'secondName',
  'surname',
  'birthDate',
  'sex',
  'citizenship',
  'documentType',
  'documentNumber',
  'phone',
  'email',
  ...ADDRESS_KEYS,
] as const;
export type PersonValues = Record<(typeof PERSON_KEYS)[number], string>;
type Key = keyof PersonValues;

export function emptyPerson(): PersonValues {
  const v = Object.fromEntries(PERSON_KEYS.map((k) => [k, ''])) as PersonValues;
  v.citizenship = 'PL';
  return v;
}

export function personValues(p: Person): PersonValues {
  const v = emptyPerson();
  for (const k of PERSON_KEYS) v[k] = (p[k] as string | null) ?? '';
  return v;
}

/** The body's `person`: empty optional fields left to the schema, the address only when asked. */
export function personPayload(v: PersonValues, withAddress: boolean): PersonInput {
  const out: Record<string, string | undefined> = {};
  for (const k of PERSON_KEYS) {
    if (!withAddress && (ADDRESS_KEYS as readonly Key[]).includes(k)) continue;
    out[k] = k === 'citizenship' && v[k].trim() === '' ? undefined : v[k];
  }
  return out as PersonInput;
}

/**
 * The fields of one person. `path` is the person's place in the request body ("members.0.person."),
 * so the server's error paths land on these very fields. A valid PESEL fills birth date and sex.
 */
export function PersonFields({
  path,
  values,
  onChange,
  errors,
  withAddress = false,
}: PartProps<PersonValues> & { withAddress?: boolean }) {
  const { t } = useI18n();
  // A typed PESEL fills in the birth date and sex it encodes.
  const set = (next: PersonValues) => {
    const info = next.pesel !== values.pesel ? decodePesel(next.pesel.trim()) : null;
    onChange(info ? { ...next, birthDate: info.birthDate, sex: info.sex } : next);
  };
  const field = bindPart(path, values, set, errors);
  const choose = { value: '', label: t('form.choose') };
  return (
    <>
      <div className="field-row">
        <PeselField
          {...field('pesel')}
          label={t('person.pesel')}
          hint={t('person.peselHint')}
          autoComplete="off"
          maxLength={11}
        />
        <DateField {...field('birthDate')} label={t('person.birthDate')} required={false} />
        <SelectField
          {...field('sex')}
          label={t('person.sex')}
          options={[choose, ...SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))]}
        />
      </div>
      <div className="field-row">
        <TextField {...field('firstName')} label={t('person.firstName')} required autoComplete="off" />
        <TextField {...field('secondName')} label={t('person.secondName')} autoComplete="off" />
        <TextField {...field('surname')} label={t('person.surname')} required autoComplete="off" />
      </div>
      <fieldset className="subgroup">
        <legend>{t('person.identityWithoutPesel')}</legend>
        <div className="field-row">
          <TextField
            {...field('citizenship')}
            label={t('person.citizenship')}
            hint={t('person.citizenshipHint')}
            maxLength={2}
            className="w-short"
          />
          <SelectField
            {...field('documentType')}
            label={t('person.documentType')}
            options={[choose, ...DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`documentType.${d}`) }))]}
          />
          <TextField {...field('documentNumber')} label={t('person.documentNumber')} autoComplete="off" />
        </div>
      </fieldset>
      <div className="field-row">
        <TextField {...field('phone')} label={t('person.phone')} type="tel" autoComplete="off" />
        <TextField {...field('email')} label={t('person.email')} type="email" autoComplete="off" />
      </div>
      {withAddress ? (
        <fieldset className="subgroup">
          <legend>{t('person.ownAddress')}</legend>
          <p className="hint">{t('person.ownAddressHint')}</p>
          <div className="field-row">
            <TextField {...field('street')} label={t('address.street')} />
            <TextField {...field('building')} label={t('address.building')} className="w-short" />
            <TextField {...field('apartment')} label={t('address.apartment')} className="w-short" />
          </div>
          <div className="field-row">
            <TextField {...field('postalCode')} label={t('address.postalCode')} className="w-short" />
            <TextField {...field('city')} label={t('address.city')} />
          </div>
        </fieldset>
      ) : null}
    </>
  );
}
