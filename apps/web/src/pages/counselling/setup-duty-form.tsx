import { DutyInput, MODES, type Mode } from '@ostoja/domain/counselling/specialist';
import type { ReactNode } from 'react';
import { counsellingApi } from '../../api/counselling.ts';
import type { PublicOffice } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxGroup, CountField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';
import { type Errors, orNull } from '../../lib/forms.ts';
import { prefixed } from './prefixed.ts';

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
  mode: s.mode as Mode,
  officeId: s.mode === 'inPerson' ? orNull(s.officeId) : null,
  room: s.mode === 'inPerson' ? orNull(s.room) : null,
  phone: s.mode === 'phone' ? orNull(s.phone) : null,
});

/**
 * A range's two ends side by side, short fields: hours (from–to) or dates (valid from–to);
 * `children` follow in the same row.
 */
export function FromTo({
  type,
  ids,
  values,
  onValues,
  errors,
  hint,
  children,
}: {
  type: 'time' | 'date';
  ids: [string, string];
  values: [string, string];
  onValues: [(v: string) => void, (v: string) => void];
  errors: [string | undefined, string | undefined];
  hint?: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const labels: readonly [UiKey, UiKey] =
    type === 'time'
      ? ['couns.setup.from', 'couns.setup.to']
      : ['couns.setup.validFrom', 'couns.setup.validTo'];
  return (
    <div className="field-row">
      {([0, 1] as const).map((i) => (
        <TextField
          key={ids[i]}
          id={ids[i]}
          label={t(labels[i])}
          hint={i === 0 ? hint : undefined}
          type={type}
          value={values[i]}
          onValue={onValues[i]}
          error={errors[i]}
          className="w-short"
        />
      ))}
      {children}
    </div>
  );
}

/** Hours, slot length and where: in person (office, room) or by phone (the number residents call). */
export function SessionFields({
  prefix,
  form,
  offices,
}: {
  prefix: string;
  /** The form holding the session under "session" (its errors by the body's paths). */
  form: { values: { session: SessionValues }; set(k: 'session'): (v: SessionValues) => void; errors: Errors };
  offices: PublicOffice[];
}) {
  const { t } = useI18n();
  const values = form.values.session;
  const errors = form.errors;
  const set = (patch: Partial<SessionValues>) => form.set('session')({ ...values, ...patch });
  const id = (p: string) => fieldId(`${prefix}.${p}`);
  return (
    <>
      <FromTo
        type="time"
        ids={[id('start'), id('end')]}
        values={[values.start, values.end]}
        onValues={[(start) => set({ start }), (end) => set({ end })]}
        errors={[errors.start, errors.end]}
      >
        <CountField
          id={id('slotMinutes')}
          label={t('couns.setup.slotMinutes')}
          value={values.slotMinutes}
          onValue={(slotMinutes) => set({ slotMinutes })}
          error={errors.slotMinutes}
        />
        <SelectField
          id={id('mode')}
          label={t('couns.setup.mode')}
          value={values.mode}
          onValue={(mode) => set({ mode })}
          options={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
          error={errors.mode}
        />
      </FromTo>
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
  const { locale, t, tk } = useI18n();
  const f = useEditForm({
    schema: DutyInput,
    defaultValues: {
      weekday: '1',
      session: emptySession(),
      validFrom: todayIso(),
      validTo: '',
      months: [] as string[],
    },
    toBody: (v) => ({
      weekday: Number(v.weekday),
      ...sessionPayload(v.session),
      validFrom: v.validFrom,
      validTo: orNull(v.validTo),
      ...(v.months.length ? { months: v.months.map(Number) } : {}),
    }),
    save: (body) => counsellingApi.addDuty(specialistId, body),
    onSaved,
  });
  const v = f.values;
  const prefix = `duty-${specialistId}`;
  const set = (name: 'weekday' | 'validFrom' | 'validTo') => (value: string) => f.form.setValue(name, value);

  return (
    <div className="inline-panel">
      <p className="alert-title">{t('couns.setup.addDuty')}</p>
      <EditForm form={prefixed(prefix, f)} submitLabel={t('couns.setup.addDuty')} requiredNote={false}>
        <SelectField
          id={fieldId(`${prefix}.weekday`)}
          label={t('couns.setup.weekday')}
          value={v.weekday}
          onValue={set('weekday')}
          options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: tk('day', d) }))}
          error={f.errors.weekday}
          className="w-short"
        />
        <SessionFields prefix={prefix} form={f} offices={offices} />
        <FromTo
          type="date"
          ids={[fieldId(`${prefix}.validFrom`), fieldId(`${prefix}.validTo`)]}
          values={[v.validFrom, v.validTo]}
          onValues={[set('validFrom'), set('validTo')]}
          errors={[f.errors.validFrom, f.errors.validTo]}
        />
        <CheckboxGroup
          id={fieldId(`${prefix}.months`)}
          legend={t('couns.setup.months')}
          hint={t('couns.setup.monthsHint')}
          value={v.months}
          onValue={(months) => f.form.setValue('months', months)}
          grid
          options={MONTHS.map((m) => ({
            value: String(m),
            label: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
              new Date(Date.UTC(2026, m - 1, 15)),
            ),
          }))}
          error={f.errors.months}
        />
      </EditForm>
    </div>
  );
}
