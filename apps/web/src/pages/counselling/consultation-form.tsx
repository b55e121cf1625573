import {
  CONSULTATION_KINDS,
  ConsultationInput,
  type ConsultationKind,
  KIND_OF_SPECIALIST,
  REFERRALS,
} from '@ostoja/domain/counselling/booking';
import { MODES, type Mode } from '@ostoja/domain/counselling/specialist';
import { counsellingApi, type ScheduleOf, type StaffBooking } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, CountField, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { orNull } from '../../lib/forms.ts';
import { prefixed } from './prefixed.ts';

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
  const { t } = useI18n();
  const f = useEditForm({
    schema: ConsultationInput,
    defaultValues: {
      kind: KIND_OF_SPECIALIST[specialist.kind] as ConsultationKind,
      mode: (booking?.mode ?? 'inPerson') as Mode,
      duration: String(booking ? minutes(booking.start, booking.end) : 50),
      clientName: '',
      anonymous: false,
      firstInYear: true,
      referral: 'none' as (typeof REFERRALS)[number],
      referralNote: '',
    },
    toBody: (v) => ({
      specialistId: specialist.id,
      bookingId: booking?.id ?? null,
      heldOn: date,
      mode: v.mode,
      kind: v.kind,
      durationMinutes: Number(v.duration),
      clientName: v.anonymous ? null : orNull(v.clientName),
      anonymous: v.anonymous,
      firstInYear: v.firstInYear,
      referral: v.referral,
      referralNote: orNull(v.referralNote),
    }),
    save: (body) => counsellingApi.recordConsultation(body),
    onSaved,
    // The ids carry the prefix as a path, so the error summary's links find these very fields.
    idPrefix: `${prefix}.`,
  });
  const v = f.values;
  /** A choice of the record: its label is couns.record.<name>, its options say `text` of each value. */
  const choice = <K extends string>(
    name: 'kind' | 'mode' | 'referral',
    values: readonly K[],
    text: (k: K) => string,
  ) => (
    <SelectField
      {...f.bind(name)}
      label={t(`couns.record.${name}`)}
      options={values.map((value) => ({ value, label: text(value) }))}
    />
  );

  const title = booking
    ? t('couns.record.forBooking', { time: `${booking.start}–${booking.end}`, name: booking.name ?? '—' })
    : t('couns.record.walkIn');
  // A region named by its title: a day with bookings has a "record" button on each row besides this form's.
  return (
    <section className="inline-panel" aria-label={title}>
      <p className="alert-title">{title}</p>
      <EditForm
        form={prefixed(prefix, f)}
        submitLabel={t('couns.record.save')}
        requiredNote={false}
        onCancel={onCancel}
      >
        <div className="field-row">
          {choice('kind', CONSULTATION_KINDS, (k) => t(`consultationKind.${k}`))}
          {choice('mode', MODES, (m) => t(`mode.${m}`))}
          <CountField {...f.bind('duration', 'durationMinutes')} label={t('couns.record.duration')} />
        </div>
        <TextField
          {...f.bind('clientName')}
          label={t('couns.record.client')}
          hint={t('couns.record.clientHint')}
          required={!booking && !v.anonymous}
          disabled={v.anonymous}
        />
        {booking ? null : <CheckboxField {...f.tick('anonymous')} label={t('couns.record.anonymous')} />}
        <CheckboxField {...f.tick('firstInYear')} label={t('couns.record.firstInYear')} />
        <div className="field-row">
          {choice('referral', REFERRALS, (r) => t(`referral.${r}`))}
          <TextField
            {...f.bind('referralNote')}
            label={t('couns.record.referralNote')}
            required={v.referral === 'other'}
          />
        </div>
      </EditForm>
    </section>
  );
}
