import { DutyInput, MODES } from '@ostoja/domain/counselling/specialist';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import type { PublicOffice } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { CheckboxGroup } from '../../components/portal-fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { type Errors, orNull, validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';

export interface SessionValues {
  start: string;
  end: string;
  slotMinutes: string;
  mode: string;
  officeId: string;
  room: string;
  phone: string;
}
export const emptySession = (): SessionValues => ({
  start: '09:00',
  end: '13:00',
  slotMinutes: '60',
  mode: 'inPerson',
  officeId: '',
  room: '',
  phone: '',
});
export const sessionPayload = (s: SessionValues) => ({
  start: s.start,
  end: s.end,
  slotMinutes: Number(s.slotMinutes),
  mode: s.mode,
  officeId: s.mode === 'inPerson' ? orNull(s.officeId) : null,
  room: s.mode === 'inPerson' ? orNull(s.room) : null,
  phone: s.mode === 'phone' ? orNull(s.phone) : null,
});

/** Hours, slot length and where: in person (office, room) or by phone (the number residents call). */
export function SessionFields({
  prefix,
  values,
  onChange,
  errors,
  offices,
}: {
  prefix: string;
  values: SessionValues;
  onChange(v: SessionValues): void;
  errors: Errors;
  offices: PublicOffice[];
}) {
  const { t } = useI18n();
  const set = (patch: Partial<SessionValues>) => onChange({ ...values, ...patch });
  const id = (p: string) => fieldId(`${prefix}.${p}`);
  return (
    <>
      <div className="field-row">
        <TextField
          id={id('start')}
          label={t('couns.setup.from')}
          type="time"
          value={values.start}
          onValue={(start) => set({ start })}
          error={errors.start}
          className="w-short"
        />
        <TextField
          id={id('end')}
          label={t('couns.setup.to')}
          type="time"
          value={values.end}
          onValue={(end) => set({ end })}
          error={errors.end}
          className="w-short"
        />
        <TextField
          id={id('slotMinutes')}
          label={t('couns.setup.slotMinutes')}
          inputMode="numeric"
          value={values.slotMinutes}
          onValue={(slotMinutes) => set({ slotMinutes })}
          error={errors.slotMinutes}
          className="w-short"
        />
        <SelectField
          id={id('mode')}
          label={t('couns.setup.mode')}
          value={values.mode}
          onValue={(mode) => set({ mode })}
          options={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
          error={errors.mode}
        />
      </div>
      {values.mode === 'inPerson' ? (
        <div className="field-row">
          <SelectField
            id={id('officeId')}
            label={t('couns.setup.office')}
            value={values.officeId}
            onValue={(officeId) => set({ officeId })}
            options={[
              { value: '', label: t('form.choose') },
              ...offices.map((o) => ({ value: o.id, label: o.name })),
            ]}
            error={errors.officeId}
            required
          />
          <TextField
            id={id('room')}
            label={t('couns.setup.room')}
            value={values.room}
            onValue={(room) => set({ room })}
            error={errors.room}
            className="w-short"
          />
        </div>
      ) : (
        <TextField
          id={id('phone')}
          label={t('couns.setup.phoneLine')}
          type="tel"
          value={values.phone}
          onValue={(phone) => set({ phone })}
          error={errors.phone}
        />
      )}
    </>
  );
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Adds weekly duty hours to a specialist. */
export function DutyForm({
  specialistId,
  offices,
  onSaved,
}: {
  specialistId: string;
  offices: PublicOffice[];
  onSaved(): void;
}) {
  const { t, locale } = useI18n();
  const [weekday, setWeekday] = useState('1');
  const [session, setSession] = useState(emptySession);
  const [validFrom, setValidFrom] = useState(todayIso());
  const [validTo, setValidTo] = useState('');
  const [months, setMonths] = useState<string[]>([]);
  const { state, run, invalid } = useSubmit();
  const prefix = `duty-${specialistId}`;
  const summary = Object.fromEntries(Object.entries(state.errors).map(([p, m]) => [`${prefix}.${p}`, m]));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      weekday: Number(weekday),
      ...sessionPayload(session),
      validFrom,
      validTo: orNull(validTo),
      ...(months.length ? { months: months.map(Number) } : {}),
    };
    const v = validate(DutyInput, body, locale);
    if (!v.ok) return invalid(v.errors);
    if (await run(() => api.post(`/api/v1/counselling/setup/specialists/${specialistId}/duties`, v.data)))
      onSaved();
  }

  return (
    <form onSubmit={submit} noValidate className="inline-panel">
      <p className="alert-title">{t('couns.setup.addDuty')}</p>
      <ErrorSummary errors={summary} message={state.message} version={state.attempt} />
      <SelectField
        id={fieldId(`${prefix}.weekday`)}
        label={t('couns.setup.weekday')}
        value={weekday}
        onValue={setWeekday}
        options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`day.${d}`) }))}
        error={state.errors.weekday}
        className="w-short"
      />
      <SessionFields
        prefix={prefix}
        values={session}
        onChange={setSession}
        errors={state.errors}
        offices={offices}
      />
      <div className="field-row">
        <TextField
          id={fieldId(`${prefix}.validFrom`)}
          label={t('couns.setup.validFrom')}
          type="date"
          value={validFrom}
          onValue={setValidFrom}
          error={state.errors.validFrom}
          className="w-short"
        />
        <TextField
          id={fieldId(`${prefix}.validTo`)}
          label={t('couns.setup.validTo')}
          type="date"
          value={validTo}
          onValue={setValidTo}
          error={state.errors.validTo}
          className="w-short"
        />
      </div>
      <CheckboxGroup
        id={fieldId(`${prefix}.months`)}
        legend={t('couns.setup.months')}
        hint={t('couns.setup.monthsHint')}
        values={months}
        onValues={setMonths}
        options={MONTHS.map((m) => ({
          value: String(m),
          label: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
            new Date(Date.UTC(2026, m - 1, 15)),
          ),
        }))}
        error={state.errors.months}
      />
      <button type="submit" className="button primary" disabled={state.busy}>
        {t('couns.setup.addDuty')}
      </button>
    </form>
  );
}
