import type { Agreement } from '@ostoja/domain/volunteers/volunteer';
import { AgreementInput } from '@ostoja/domain/volunteers/volunteer';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, TextField } from '../../components/fields.tsx';
import { TextAreaField } from '../../components/portal-fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull, validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';

/** The terms of the volunteer agreement (art. 44: scope, manner, time; notice; costs). */
export function AgreementForm({
  volunteerId,
  onSaved,
}: {
  volunteerId: string;
  onSaved(a: Agreement): void;
}) {
  const { t, locale } = useI18n();
  const { me } = useAuth();
  const [v, setV] = useState({
    concludedOn: todayIso(),
    validFrom: todayIso(),
    validTo: '',
    scope: '',
    place: '',
    hours: '',
    address: '',
    travelCosts: false,
    noticeDays: '7',
    signedForCentre: me?.fullName ?? '',
    extraTerms: '',
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const { state, run, invalid } = useSubmit();
  const err = state.errors;
  const text = (
    name: 'concludedOn' | 'validFrom' | 'validTo' | 'place' | 'hours' | 'address' | 'signedForCentre',
    more = {},
  ) => ({
    id: fieldId(name),
    label: t(`vol.agreement.${name}`),
    value: v[name],
    onValue: (x: string) => set({ [name]: x }),
    error: err[name],
    ...more,
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      ...v,
      validTo: orNull(v.validTo),
      noticeDays: Number(v.noticeDays),
      extraTerms: orNull(v.extraTerms),
    };
    const r = validate(AgreementInput, body, locale);
    if (!r.ok) return invalid(r.errors);
    await run(async () => {
      onSaved(await api.post<Agreement>(`/api/v1/volunteers/${volunteerId}/agreements`, r.data));
    });
  }

  return (
    <form onSubmit={submit} noValidate className="card">
      <h3>{t('vol.agreement.new')}</h3>
      <ErrorSummary errors={err} message={state.message} version={state.attempt} />
      <div className="field-row">
        <TextField {...text('concludedOn', { type: 'date', required: true, className: 'w-short' })} />
        <TextField {...text('validFrom', { type: 'date', required: true, className: 'w-short' })} />
        <TextField
          {...text('validTo', { type: 'date', className: 'w-short', hint: t('vol.agreement.validToHint') })}
        />
      </div>
      <TextAreaField
        id={fieldId('scope')}
        label={t('vol.agreement.scope')}
        hint={t('vol.agreement.scopeHint')}
        value={v.scope}
        onValue={(scope) => set({ scope })}
        error={err.scope}
        required
        rows={3}
      />
      <div className="field-row">
        <TextField {...text('place', { required: true })} />
        <TextField {...text('hours', { required: true, hint: t('vol.agreement.hoursHint') })} />
      </div>
      <TextField {...text('address', { required: true, hint: t('vol.agreement.addressHint') })} />
      <div className="field-row">
        <TextField
          id={fieldId('noticeDays')}
          label={t('vol.agreement.noticeDays')}
          inputMode="numeric"
          value={v.noticeDays}
          onValue={(noticeDays) => set({ noticeDays })}
          error={err.noticeDays}
          className="w-short"
        />
        <TextField {...text('signedForCentre', { required: true })} />
      </div>
      <CheckboxField
        id={fieldId('travelCosts')}
        label={t('vol.agreement.travelCosts')}
        checked={v.travelCosts}
        onChecked={(travelCosts) => set({ travelCosts })}
      />
      <TextAreaField
        id={fieldId('extraTerms')}
        label={t('vol.agreement.extraTerms')}
        value={v.extraTerms}
        onValue={(extraTerms) => set({ extraTerms })}
        error={err.extraTerms}
        rows={3}
      />
      <button type="submit" className="button primary" disabled={state.busy}>
        {t('vol.agreement.submit')}
      </button>
    </form>
  );
}
