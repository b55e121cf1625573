import {
  CONSULTATION_KINDS,
  ConsultationInput,
  KIND_OF_SPECIALIST,
  REFERRALS,
} from '@ostoja/domain/counselling/booking';
import { MODES } from '@ostoja/domain/counselling/specialist';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import type { ScheduleOf, StaffBooking } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { orNull, validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';

const minutes = (from: string, to: string) =>
  Number(to.slice(0, 2)) * 60 + Number(to.slice(3)) - Number(from.slice(0, 2)) * 60 - Number(from.slice(3));

/**
 * The record of a consultation held: booked (the booking becomes "attended") or a walk-in. What
 * the yearly counts need, nothing of what was said.
 */
export function ConsultationForm({
  specialist,
  date,
  booking,
  prefix,
  onSaved,
  onCancel,
}: {
  specialist: ScheduleOf;
  date: string;
  booking: StaffBooking | null;
  /** Distinguishes the ids of several forms on one page. */
  prefix: string;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<string>(KIND_OF_SPECIALIST[specialist.kind]);
  const [mode, setMode] = useState<string>(booking?.mode ?? 'inPerson');
  const [duration, setDuration] = useState(String(booking ? minutes(booking.start, booking.end) : 50));
  const [clientName, setClientName] = useState('');
  const [firstInYear, setFirstInYear] = useState(true);
  const [referral, setReferral] = useState('none');
  const [referralNote, setReferralNote] = useState('');
  const { state, run, invalid } = useSubmit();
  // The ids carry the prefix as a path, so the error summary's links find these very fields.
  const id = (path: string) => fieldId(`${prefix}.${path}`);
  const summary = Object.fromEntries(Object.entries(state.errors).map(([p, m]) => [`${prefix}.${p}`, m]));
  const err = (path: string) => state.errors[path];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      specialistId: specialist.id,
      bookingId: booking?.id ?? null,
      heldOn: date,
      mode,
      kind,
      durationMinutes: Number(duration),
      clientName: orNull(clientName),
      firstInYear,
      referral,
      referralNote: orNull(referralNote),
    };
    const v = validate(ConsultationInput, body, locale);
    if (!v.ok) return invalid(v.errors);
    if (await run(() => api.post('/api/v1/counselling/consultations', v.data))) onSaved();
  }

  return (
    <form onSubmit={submit} noValidate className="inline-panel">
      <p className="alert-title">
        {booking
          ? t('couns.record.forBooking', {
              time: `${booking.start}–${booking.end}`,
              name: booking.name ?? '—',
            })
          : t('couns.record.walkIn')}
      </p>
      <ErrorSummary errors={summary} message={state.message} version={state.attempt} />
      <div className="field-row">
        <SelectField
          id={id('kind')}
          label={t('couns.record.kind')}
          value={kind}
          onValue={setKind}
          options={CONSULTATION_KINDS.map((k) => ({ value: k, label: t(`consultationKind.${k}`) }))}
          error={err('kind')}
        />
        <SelectField
          id={id('mode')}
          label={t('couns.record.mode')}
          value={mode}
          onValue={setMode}
          options={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
          error={err('mode')}
        />
        <TextField
          id={id('durationMinutes')}
          label={t('couns.record.duration')}
          value={duration}
          onValue={setDuration}
          inputMode="numeric"
          error={err('durationMinutes')}
          className="w-short"
        />
      </div>
      <TextField
        id={id('clientName')}
        label={t('couns.record.client')}
        hint={t('couns.record.clientHint')}
        value={clientName}
        onValue={setClientName}
        error={err('clientName')}
        required={!booking}
      />
      <CheckboxField
        id={id('firstInYear')}
        label={t('couns.record.firstInYear')}
        checked={firstInYear}
        onChecked={setFirstInYear}
        error={err('firstInYear')}
      />
      <div className="field-row">
        <SelectField
          id={id('referral')}
          label={t('couns.record.referral')}
          value={referral}
          onValue={setReferral}
          options={REFERRALS.map((r) => ({ value: r, label: t(`referral.${r}`) }))}
          error={err('referral')}
        />
        <TextField
          id={id('referralNote')}
          label={t('couns.record.referralNote')}
          value={referralNote}
          onValue={setReferralNote}
          error={err('referralNote')}
          required={referral === 'other'}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={state.busy}>
          {t('couns.record.save')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
