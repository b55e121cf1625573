import { DutyInput, MODES, type Mode } from '@ostoja/domain/counselling/specialist';
import type { ReactNode } from 'react';
import { counsellingApi } from '../../api/counselling.ts';
import type { PublicOffice } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxGroup,
  CountField,
  fieldId,
  SelectField,
  TextField,
  type TextFieldProps,
} from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
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

/** A text field bound to a form's path: its id, value, setter and error (the kit's `bind`). */
type Bound = Pick<TextFieldProps, 'id' | 'value' | 'onValue' | 'error'>;

/**
 * A range's two ends side by side, short fields: hours (from–to) or dates (valid from–to);
 * `children` follow in the same row.
 */
export function FromTo({
  type,
  fields,
  hint,
  children,
}: {
  type: 'time' | 'date';
  fields: [Bound, Bound];
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
          key={fields[i].id}
          {...fields[i]}
          label={t(labels[i])}
          hint={i === 0 ? hint : undefined}
          type={type}
          className="w-short"
        />
      ))}
      {children}
    </div>
  );
}

/**
 * Hours, slot length and where: in person (office, room) or by phone (the number residents call).
 * The form holds them under "session"; the body, and so the ids and errors, at its top level.
 */
export function SessionFields({
  form,
  offices,
}: {
  form: {
    values: { session: SessionValues };
    bind(k: `session.${keyof SessionValues}`, bodyPath: string): Bound;
  };
  offices: PublicOffice[];
}) {
  const { t } = useI18n();
  const bind = (k: keyof SessionValues) => form.bind(`session.${k}`, k);
  return (
    <>
      <FromTo type="time" fields={[bind('start'), bind('end')]}>
        <CountField {...bind('slotMinutes')} label={t('couns.setup.slotMinutes')} />
        <SelectField
          {...bind('mode')}
          label={t('couns.setup.mode')}
          options={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
        />
      </FromTo>
      {form.values.session.mode === 'inPerson' ? (
        <div className="field-row">
          <SelectField
            {...bind('officeId')}
            label={t('couns.setup.office')}
            options={[
              { value: '', label: t('form.choose') },
              ...offices.map((o) => ({ value: o.id, label: o.name })),
            ]}
            required
          />
          <TextField {...bind('room')} label={t('couns.setup.room')} className="w-short" />
        </div>
      ) : (
        <TextField {...bind('phone')} label={t('couns.setup.phoneLine')} type="tel" />
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
  const prefix = `duty-${specialistId}`;
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
    idPrefix: `${prefix}.`,
  });

  return (
    <div className="inline-panel">
      <p className="alert-title">{t('couns.setup.addDuty')}</p>
      <EditForm form={prefixed(prefix, f)} submitLabel={t('couns.setup.addDuty')} requiredNote={false}>
        <SelectField
          {...f.bind('weekday')}
          label={t('couns.setup.weekday')}
          options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: tk('day', d) }))}
          className="w-short"
        />
        <SessionFields form={f} offices={offices} />
        <FromTo type="date" fields={[f.bind('validFrom'), f.bind('validTo')]} />
        <CheckboxGroup
          id={fieldId(`${prefix}.months`)}
          legend={t('couns.setup.months')}
          hint={t('couns.setup.monthsHint')}
          value={f.values.months}
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
