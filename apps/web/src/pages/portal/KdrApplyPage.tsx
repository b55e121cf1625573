import {
  type FiledKdrApplication,
  KDR_ATTACHMENTS,
  OnlineKdrApplication,
} from '@ostoja/domain/family-benefits/large-family-card-online';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxField,
  CheckboxGroup,
  CountField,
  SelectField,
  TextField,
} from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { orNull } from '../../lib/forms.ts';
import {
  AddressFields,
  ContactFields,
  Declaration,
  emptyPerson,
  PersonFields,
} from '../intake/apply-sections.tsx';

interface Member {
  key: number;
  firstName: string;
  surname: string;
  pesel: string;
  birthDate: string;
  role: 'parent' | 'child';
  childrenEver: string;
  schoolUntil: string;
  disability: boolean;
  disabilityUntil: string;
  electronic: boolean;
}
let nextKey = 1;
const member = (role: Member['role']): Member => ({
  ...emptyPerson(),
  key: nextKey++,
  role,
  childrenEver: '',
  schoolUntil: '',
  disability: false,
  disabilityUntil: '',
  electronic: false,
});

/** The Karta Dużej Rodziny applied for online: the family, the address and contact, the attachments. */
export function KdrApplyPage() {
  const { t, tk } = useI18n();
  const [filed, setFiled] = useState<FiledKdrApplication | null>(null);
  const f = useEditForm({
    schema: OnlineKdrApplication,
    defaultValues: {
      address: { street: '', building: '', apartment: '', postalCode: '', city: '' },
      phone: '',
      email: '',
      preferredContact: 'phone',
      members: [member('parent'), member('child'), member('child'), member('child')],
      attachments: [] as string[],
      declaration: false,
    },
    toBody: (v) => ({
      address: { ...v.address, apartment: orNull(v.address.apartment) },
      phone: orNull(v.phone),
      email: orNull(v.email),
      preferredContact: v.preferredContact as never,
      members: v.members.map((m) => ({
        firstName: m.firstName,
        surname: m.surname,
        pesel: orNull(m.pesel),
        birthDate: m.birthDate,
        role: m.role,
        childrenEver: m.childrenEver.trim() ? Number(m.childrenEver) : null,
        schoolUntil: m.role === 'child' ? orNull(m.schoolUntil) : null,
        disability: m.role === 'child' && m.disability,
        disabilityUntil: m.role === 'child' && m.disability ? orNull(m.disabilityUntil) : null,
        electronic: m.electronic,
      })),
      attachments: v.attachments as never,
      declaration: v.declaration as true,
    }),
    save: portalApi.kdrApply,
    onSaved: setFiled,
  });

  if (filed)
    return (
      <Page title={t('kdrApply.filed.title')}>
        <div className="answer yes" role="status">
          <p className="answer-title">{t('kdrApply.filed.reference', { reference: filed.reference })}</p>
          <p>{t('kdrApply.filed.next')}</p>
        </div>
        {filed.attachmentsMissing.length ? (
          <>
            <p>{t('kdrApply.filed.bring')}</p>
            <ul>
              {filed.attachmentsMissing.map((k) => (
                <li key={k}>{t(`largeFamilyCard.attachment.${k}`)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('kdrApply.filed.nothing')}</p>
        )}
        <p>
          <Link to="/portal/which-office">{t('portal.nav.whichOffice')}</Link>
        </p>
      </Page>
    );

  const v = f.values;
  const err = f.errors;
  const setMember = (i: number, patch: Partial<Member>) =>
    f.form.setValue(
      'members',
      v.members.map((m, j) => (j === i ? { ...m, ...patch } : m)),
    );
  return (
    <Page title={t('kdrApply.title')} lead={t('kdrApply.lead')}>
      <EditForm form={f} submitLabel={t('kdrApply.submit')}>
        <fieldset className="group">
          <legend>{t('kdrApply.section.family')}</legend>
          <p className="hint">{t('kdrApply.familyHint')}</p>
          {v.members.map((m, i) => {
            const path = `members.${i}.`;
            const label = t('kdrApply.person', { n: i + 1 });
            return (
              <fieldset key={m.key} className="group member">
                <legend>{label}</legend>
                <SelectField
                  {...f.bind(`members.${i}.role`)}
                  label={t('kdrApply.role')}
                  options={(['parent', 'child'] as const).map((r) => ({
                    value: r,
                    label: tk('kdrApply.role', r),
                  }))}
                />
                <PersonFields path={path} values={m} onChange={(x) => setMember(i, x)} errors={err} />
                {m.role === 'parent' ? (
                  <CountField {...f.bind(`members.${i}.childrenEver`)} label={t('kdrApply.childrenEver')} />
                ) : (
                  <>
                    <TextField
                      {...f.bind(`members.${i}.schoolUntil`)}
                      label={t('kdrApply.schoolUntil')}
                      type="date"
                      className="w-short"
                    />
                    <CheckboxField {...f.tick(`members.${i}.disability`)} label={t('kdrApply.disability')} />
                    {m.disability ? (
                      <TextField
                        {...f.bind(`members.${i}.disabilityUntil`)}
                        label={t('kdrApply.disabilityUntil')}
                        type="date"
                        className="w-short"
                      />
                    ) : null}
                  </>
                )}
                <CheckboxField {...f.tick(`members.${i}.electronic`)} label={t('kdrApply.electronic')} />
                {v.members.length > 1 ? (
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() =>
                      f.form.setValue(
                        'members',
                        v.members.filter((x) => x.key !== m.key),
                      )
                    }
                  >
                    {t('kdrApply.remove', { n: i + 1 })}
                  </button>
                ) : null}
              </fieldset>
            );
          })}
          {v.members.length < 20 ? (
            <button
              type="button"
              className="button secondary"
              onClick={() => f.form.setValue('members', [...v.members, member('child')])}
            >
              {t('kdrApply.add')}
            </button>
          ) : null}
        </fieldset>
        <fieldset className="group">
          <legend>{t('apply.section.address')}</legend>
          <AddressFields values={v.address} onChange={f.set('address')} errors={err} />
        </fieldset>
        <ContactFields values={v} onValue={(name, x) => f.form.setValue(name, x)} errors={err} />
        <fieldset className="group">
          <legend>{t('kdrApply.section.attachments')}</legend>
          <CheckboxGroup
            {...f.bind('attachments')}
            legend={t('kdrApply.attachments')}
            grid
            options={KDR_ATTACHMENTS.map((k) => ({ value: k, label: t(`largeFamilyCard.attachment.${k}`) }))}
          />
        </fieldset>
        <Declaration {...f.tick('declaration')} />
      </EditForm>
    </Page>
  );
}
