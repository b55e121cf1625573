import { ExceptionInput } from '@ostoja/domain/counselling/specialist';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import type { StaffBooking } from '../../api/counselling.ts';
import type { PublicOffice } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { RadioGroup } from '../../components/portal-fields.tsx';
import { orNull, validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { emptySession, SessionFields, sessionPayload } from './setup-duty-form.tsx';

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
  const { t, locale } = useI18n();
  const [kind, setKind] = useState('absence');
  const [specialistId, setSpecialistId] = useState('');
  const [date, setDate] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [session, setSession] = useState(emptySession);
  const [note, setNote] = useState('');
  const [affected, setAffected] = useState<StaffBooking[] | null>(null);
  const { state, run, invalid } = useSubmit();
  const prefix = 'exception';
  const summary = Object.fromEntries(Object.entries(state.errors).map(([p, m]) => [`${prefix}.${p}`, m]));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setAffected(null);
    const body =
      kind === 'absence'
        ? {
            kind,
            specialistId: orNull(specialistId),
            date,
            start: orNull(from),
            end: orNull(to),
            note: orNull(note),
          }
        : { kind, specialistId: orNull(specialistId), date, ...sessionPayload(session), note: orNull(note) };
    const v = validate(ExceptionInput, body, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      const saved = await api.post<{ affectedBookings: StaffBooking[] }>(
        '/api/v1/counselling/setup/exceptions',
        v.data,
      );
      setAffected(saved.affectedBookings);
      onSaved();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="card">
      <h3>{t('couns.setup.addException')}</h3>
      <ErrorSummary errors={summary} message={state.message} version={state.attempt} />
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
      <RadioGroup
        id={fieldId(`${prefix}.kind`)}
        legend={t('couns.setup.exceptionKind')}
        value={kind}
        onValue={setKind}
        options={[
          { value: 'absence', label: t('couns.setup.kind.absence') },
          { value: 'extra', label: t('couns.setup.kind.extra') },
        ]}
      />
      <div className="field-row">
        <SelectField
          id={fieldId(`${prefix}.specialistId`)}
          label={t('couns.specialist')}
          value={specialistId}
          onValue={setSpecialistId}
          options={[
            { value: '', label: kind === 'absence' ? t('couns.setup.wholeCentre') : t('form.choose') },
            ...specialists.map((s) => ({ value: s.id, label: s.publicName })),
          ]}
          error={state.errors.specialistId}
        />
        <TextField
          id={fieldId(`${prefix}.date`)}
          label={t('couns.setup.date')}
          type="date"
          value={date}
          onValue={setDate}
          error={state.errors.date}
          required
          className="w-short"
        />
      </div>
      {kind === 'absence' ? (
        <div className="field-row">
          <TextField
            id={fieldId(`${prefix}.start`)}
            label={t('couns.setup.from')}
            hint={t('couns.setup.wholeDayHint')}
            type="time"
            value={from}
            onValue={setFrom}
            error={state.errors.start}
            className="w-short"
          />
          <TextField
            id={fieldId(`${prefix}.end`)}
            label={t('couns.setup.to')}
            type="time"
            value={to}
            onValue={setTo}
            error={state.errors.end}
            className="w-short"
          />
        </div>
      ) : (
        <SessionFields
          prefix={prefix}
          values={session}
          onChange={setSession}
          errors={state.errors}
          offices={offices}
        />
      )}
      <TextField
        id={fieldId(`${prefix}.note`)}
        label={t('couns.setup.note')}
        value={note}
        onValue={setNote}
        error={state.errors.note}
      />
      <button type="submit" className="button primary" disabled={state.busy}>
        {t('couns.setup.addException')}
      </button>
    </form>
  );
}
