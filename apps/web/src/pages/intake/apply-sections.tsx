import { CONTACT_CHANNELS } from '@ostoja/domain/portal/intake';
import { RELATIONS } from '@ostoja/domain/registry/household';
import type { ComponentProps } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, DateField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { bindPart } from '../../components/kit/bind-part.ts';
import type { PartProps } from '../../components/kit/part-props.ts';
import { PeselField } from '../../components/kit/pesel-field.tsx';
import { RowButton } from '../../components/kit/row-button.tsx';
import { RadioGroup } from '../../components/portal-fields.tsx';
import type { Errors } from '../../lib/forms.ts';
import type { AddressValues } from '../registry/address-fields.tsx';

// Parts of the online application (PS-1-like): the applicant and each household member, the
// address, how to reach the applicant. Field ids follow the API's error paths.

export interface PersonValues {
  firstName: string;
  surname: string;
  pesel: string;
  birthDate: string;
}
export interface MemberValues extends PersonValues {
  key: number;
  relation: string;
}

export const emptyPerson = (): PersonValues => ({ firstName: '', surname: '', pesel: '', birthDate: '' });
let nextKey = 1;
export const newMember = (): MemberValues => ({ ...emptyPerson(), key: nextKey++, relation: '' });

export function PersonFields({ path, values, onChange, errors }: PartProps<PersonValues>) {
  const { t } = useI18n();
  const f = bindPart(path, values, onChange, errors);
  return (
    <>
      <div className="field-row">
        <TextField
          {...f('firstName')}
          label={t('apply.firstName')}
          required
          autoComplete={path === 'applicant.' ? 'given-name' : 'off'}
        />
        <TextField
          {...f('surname')}
          label={t('apply.surname')}
          required
          autoComplete={path === 'applicant.' ? 'family-name' : 'off'}
        />
      </div>
      <div className="field-row">
        <PeselField {...f('pesel')} label={t('apply.pesel')} hint={t('apply.peselHint')} />
        <DateField
          {...f('birthDate')}
          label={t('apply.birthDate')}
          autoComplete={path === 'applicant.' ? 'bday' : 'off'}
          required={false}
        />
      </div>
    </>
  );
}

export function AddressFields({ values, onChange, errors }: Omit<PartProps<AddressValues>, 'path'>) {
  const { t } = useI18n();
  const f = bindPart('address.', values, onChange, errors);
  return (
    <>
      <div className="field-row">
        <TextField
          {...f('street')}
          label={t('apply.street')}
          hint={t('apply.streetHint')}
          required
          className="wide"
        />
        <TextField {...f('building')} label={t('apply.building')} required className="w-short" />
        <TextField {...f('apartment')} label={t('apply.apartment')} className="w-short" />
      </div>
      <div className="field-row">
        <TextField
          {...f('postalCode')}
          label={t('apply.postalCode')}
          required
          autoComplete="postal-code"
          className="w-short"
        />
        <TextField {...f('city')} label={t('apply.city')} required autoComplete="address-level2" />
      </div>
    </>
  );
}

/** Everyone else in the household: one group per person, added and removed as needed. */
export function HouseholdEditor({
  members,
  onChange,
  errors,
}: {
  members: MemberValues[];
  onChange(m: MemberValues[]): void;
  errors: Errors;
}) {
  const { t } = useI18n();
  return (
    <>
      {members.length === 0 ? <p className="hint">{t('apply.household.none')}</p> : null}
      {members.map((m, i) => {
        const path = `household.${i}.`;
        const set = (v: Partial<MemberValues>) =>
          onChange(members.map((x, j) => (j === i ? { ...x, ...v } : x)));
        return (
          <fieldset key={m.key} className="group member">
            <legend>{t('apply.household.person', { n: i + 2 })}</legend>
            <SelectField
              id={fieldId(`${path}relation`)}
              label={t('apply.household.relation')}
              value={m.relation}
              onValue={(relation) => set({ relation })}
              options={[
                { value: '', label: t('form.choose') },
                ...RELATIONS.filter((r) => r !== 'applicant').map((r) => ({
                  value: r,
                  label: t(`relation.${r}`),
                })),
              ]}
              error={errors[`${path}relation`]}
              required
            />
            <PersonFields path={path} values={m} onChange={(v) => set(v)} errors={errors} />
            <RowButton
              label={t('action.remove')}
              what={t('apply.household.person', { n: i + 2 })}
              onClick={() => onChange(members.filter((x) => x.key !== m.key))}
            />
          </fieldset>
        );
      })}
      {members.length < 15 ? (
        <button
          type="button"
          className="button secondary"
          onClick={() => onChange([...members, newMember()])}
        >
          {t('apply.household.add')}
        </button>
      ) : null}
    </>
  );
}

export interface ContactValues {
  phone: string;
  email: string;
  preferredContact: string;
}

/** How to reach the resident: phone, e-mail and the channel preferred (every online form asks it). */
export function ContactFields({
  values,
  onValue,
  errors,
}: {
  values: ContactValues;
  onValue(name: keyof ContactValues, value: string): void;
  errors: Errors;
}) {
  const { t } = useI18n();
  const f = (name: keyof ContactValues) => ({
    id: fieldId(name),
    value: values[name],
    onValue: (x: string) => onValue(name, x),
    error: errors[name],
  });
  return (
    <fieldset className="group">
      <legend>{t('apply.section.contact')}</legend>
      <p className="hint">{t('apply.contactHint')}</p>
      <div className="field-row">
        <TextField {...f('phone')} label={t('apply.phone')} type="tel" autoComplete="tel" />
        <TextField {...f('email')} label={t('apply.email')} type="email" autoComplete="email" />
      </div>
      <RadioGroup
        {...f('preferredContact')}
        legend={t('apply.preferred')}
        options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`contactChannel.${c}`) }))}
      />
    </fieldset>
  );
}

/** The declaration every online application asks to tick, and the note on what is done with the data. */
export function Declaration(p: Omit<ComponentProps<typeof CheckboxField>, 'label'>) {
  const { t } = useI18n();
  return (
    <>
      <CheckboxField label={t('apply.declaration')} {...p} />
      <p className="hint">{t('apply.privacy')}</p>
    </>
  );
}
