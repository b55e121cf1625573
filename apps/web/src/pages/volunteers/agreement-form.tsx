import { type Agreement, AgreementInput } from '@ostoja/domain/volunteers/volunteer';
import { volunteersApi } from '../../api/volunteers.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, TextField } from '../../components/fields.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { TextAreaField } from '../../components/portal-fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';

/** The terms of the volunteer agreement (art. 44: scope, manner, time; notice; costs). */
export function AgreementForm({
  volunteerId,
  onSaved,
}: {
  volunteerId: string;
  onSaved(a: Agreement): void;
}) {
  const { t } = useI18n();
  const { me } = useAuth();
  const f = useEditForm({
    schema: AgreementInput,
    defaultValues: {
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
    },
    toBody: (v) => ({
      ...v,
      validTo: orNull(v.validTo),
      noticeDays: Number(v.noticeDays),
      extraTerms: orNull(v.extraTerms),
    }),
    save: (body) => volunteersApi.conclude(volunteerId, body),
    onSaved,
  });
  type Key = Exclude<keyof typeof f.values, 'travelCosts'>;
  /** A text field bound to the value at `k`, labelled `vol.agreement.<k>`. */
  const text = (k: Key, more = {}) => ({
    id: fieldId(k),
    label: t(`vol.agreement.${k}`),
    value: f.values[k],
    onValue: (x: string) => f.form.setValue(k, x),
    error: f.errors[k],
    ...more,
  });
  return (
    <FormCard
      headingId="vol-agreement-h"
      title={t('vol.agreement.new')}
      level={3}
      form={f}
      submitLabel={t('vol.agreement.submit')}
      requiredNote={false}
    >
      <div className="field-row">
        <TextField {...text('concludedOn', { type: 'date', required: true, className: 'w-short' })} />
        <TextField {...text('validFrom', { type: 'date', required: true, className: 'w-short' })} />
        <TextField
          {...text('validTo', { type: 'date', className: 'w-short', hint: t('vol.agreement.validToHint') })}
        />
      </div>
      <TextAreaField {...text('scope', { hint: t('vol.agreement.scopeHint'), required: true, rows: 3 })} />
      <div className="field-row">
        <TextField {...text('place', { required: true })} />
        <TextField {...text('hours', { required: true, hint: t('vol.agreement.hoursHint') })} />
      </div>
      <TextField {...text('address', { required: true, hint: t('vol.agreement.addressHint') })} />
      <div className="field-row">
        <TextField {...text('noticeDays', { inputMode: 'numeric', className: 'w-short' })} />
        <TextField {...text('signedForCentre', { required: true })} />
      </div>
      <CheckboxField
        id={fieldId('travelCosts')}
        label={t('vol.agreement.travelCosts')}
        checked={f.values.travelCosts}
        onChecked={(x) => f.form.setValue('travelCosts', x)}
      />
      <TextAreaField {...text('extraTerms', { rows: 3 })} />
    </FormCard>
  );
}
