import { CONSENT_BY, EnrolInput, type Facility, REFERRERS } from '@ostoja/domain/centres/facility';
import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useNavigate } from 'react-router-dom';
import { centresApi } from '../../api/centres.ts';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { useCentresSaved } from './queries.ts';

/** Enrolment: who, who referred, who signs the consent; at a charged place the income for the fee. */
export function EnrolForm({ facility }: { facility: Facility }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const saved = useCentresSaved();
  const f = useEditForm({
    schema: EnrolInput,
    defaultValues: {
      person: null as PersonSummary | null,
      requestedOn: todayIso(),
      referredBy: 'socialWorker',
      referrerName: '',
      consentBy: facility.kind === 'dayRoom' || facility.kind === 'childrenClub' ? 'parent' : 'person',
      guardianName: '',
      income: '',
      householdSize: '1',
    },
    toBody: (v) => ({
      personId: v.person?.id ?? '',
      requestedOn: v.requestedOn,
      referredBy: v.referredBy as (typeof REFERRERS)[number],
      referrerName: orNull(v.referrerName),
      consentBy: v.consentBy as (typeof CONSENT_BY)[number],
      guardianName: v.consentBy === 'parent' ? orNull(v.guardianName) : null,
      fee: facility.charged
        ? { incomeGrosze: parseZloty(v.income) ?? Number.NaN, householdSize: Number(v.householdSize) }
        : null,
    }),
    save: (body) => centresApi.enrol(facility.id, body),
    onSaved: (e) => {
      saved.enrolment(e);
      navigate(`/enrolments/${e.id}`);
    },
  });
  const v = f.values;
  /** Who referred, who signs the consent: a required choice labelled by the field's name. */
  const choice = (k: 'referredBy' | 'consentBy', options: { value: string; label: string }[]) => (
    <SelectField {...f.bind(k)} label={t(`ctr.${k}`)} options={options} required />
  );
  const text = (
    k: 'requestedOn' | 'referrerName' | 'guardianName' | 'income' | 'householdSize',
    more = {},
  ) => (
    <TextField
      id={fieldId(k === 'income' ? 'fee.incomeGrosze' : k === 'householdSize' ? 'fee.householdSize' : k)}
      label={t(`ctr.enrol.${k}`)}
      value={v[k]}
      onValue={(x) => f.form.setValue(k, x)}
      error={
        f.errors[k === 'income' ? 'fee.incomeGrosze' : k === 'householdSize' ? 'fee.householdSize' : k] ??
        (k === 'income' ? f.errors.fee : undefined)
      }
      {...more}
    />
  );
  return (
    <Section card id="ctr-enrol" title={t('ctr.enrol')}>
      <p>{t('ctr.enrol.lead')}</p>
      <EditForm form={f} submitLabel={t('ctr.enrol.submit')}>
        <PersonPicker {...f.pick('person')} />
        {text('requestedOn', { type: 'date', required: true, className: 'w-short' })}
        <div className="field-row">
          {choice(
            'referredBy',
            REFERRERS.map((r) => ({ value: r, label: t(`ctr.referrer.${r}`) })),
          )}
          {text('referrerName')}
        </div>
        <div className="field-row">
          {choice(
            'consentBy',
            CONSENT_BY.map((c) => ({ value: c, label: t(`ctr.consentBy.${c}`) })),
          )}
          {v.consentBy === 'parent' ? text('guardianName', { required: true }) : null}
        </div>
        {facility.charged ? (
          <div className="field-row">
            {text('income', { inputMode: 'decimal', required: true, hint: t('ctr.enrol.incomeHint') })}
            {text('householdSize', { inputMode: 'numeric', required: true, className: 'w-short' })}
          </div>
        ) : null}
      </EditForm>
    </Section>
  );
}
