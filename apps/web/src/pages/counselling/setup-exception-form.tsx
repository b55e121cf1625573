import { EXCEPTION_KINDS, ExceptionInput } from '@ostoja/domain/counselling/specialist';
import { useState } from 'react';
import { type AddedException, counsellingApi } from '../../api/counselling.ts';
import type { PublicOffice } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { DateField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { RadioGroup } from '../../components/portal-fields.tsx';
import { orNull } from '../../lib/forms.ts';
import { prefixed } from './prefixed.ts';
import { emptySession, FromTo, SessionFields, sessionPayload } from './setup-duty-form.tsx';

/**
 * One day differs from the weekly hours: an absence (a specialist's or the whole centre's, whole
 * day or some hours) or an extra session. After an absence, the bookings it hits are listed so
 * that someone calls those residents.
 */
export function ExceptionForm({
  specialists,
  offices,
  onSaved,
}: {
  specialists: { id: string; publicName: string }[];
  offices: PublicOffice[];
  onSaved(): void;
}) {
  const { t } = useI18n();
  const prefix = 'exception';
  const [affected, setAffected] = useState<AddedException['affectedBookings'] | null>(null);
  const f = useEditForm({
    schema: ExceptionInput,
    defaultValues: {
      kind: 'absence' as (typeof EXCEPTION_KINDS)[number],
      specialistId: '',
      date: '',
      from: '',
      to: '',
      session: emptySession(),
      note: '',
    },
    toBody: (v) => {
      const common = {
        kind: v.kind,
        specialistId: orNull(v.specialistId),
        date: v.date,
        note: orNull(v.note),
      };
      return v.kind === 'absence'
        ? { ...common, start: orNull(v.from), end: orNull(v.to) }
        : { ...common, ...sessionPayload(v.session) };
    },
    save: (body) => {
      setAffected(null);
      return counsellingApi.addException(body);
    },
    onSaved: (saved) => {
      setAffected(saved.affectedBookings);
      onSaved();
    },
    idPrefix: `${prefix}.`,
  });
  const v = f.values;

  return (
    <div className="card">
      <h3>{t('couns.setup.addException')}</h3>
      {affected?.length ? (
        <Alert kind="warning" title={t('couns.setup.affected')} focus>
          <ul>
            {affected.map((b) => (
              <li key={b.id}>
                {b.start}–{b.end}: {b.name ?? '—'} {b.phone ?? ''} {b.email ?? ''}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {affected && affected.length === 0 ? <Alert kind="success">{t('couns.setup.saved')}</Alert> : null}
      <EditForm form={prefixed(prefix, f)} submitLabel={t('couns.setup.addException')} requiredNote={false}>
        <RadioGroup
          id={fieldId(`${prefix}.kind`)}
          legend={t('couns.setup.exceptionKind')}
          value={v.kind}
          onValue={(kind) => f.form.setValue('kind', kind as (typeof EXCEPTION_KINDS)[number])}
          options={EXCEPTION_KINDS.map((k) => ({ value: k, label: t(`couns.setup.kind.${k}`) }))}
        />
        <div className="field-row">
          <SelectField
            {...f.bind('specialistId')}
            label={t('couns.specialist')}
            options={[
              { value: '', label: v.kind === 'absence' ? t('couns.setup.wholeCentre') : t('form.choose') },
              ...specialists.map((s) => ({ value: s.id, label: s.publicName })),
            ]}
          />
          <DateField {...f.bind('date')} label={t('couns.setup.date')} />
        </div>
        {v.kind === 'absence' ? (
          <FromTo
            type="time"
            fields={[f.bind('from', 'start'), f.bind('to', 'end')]}
            hint={t('couns.setup.wholeDayHint')}
          />
        ) : (
          <SessionFields form={f} offices={offices} />
        )}
        <TextField {...f.bind('note')} label={t('couns.setup.note')} />
      </EditForm>
    </div>
  );
}
