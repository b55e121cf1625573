import { BookingInput } from '@ostoja/domain/counselling/booking';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { type Booked, counsellingApi, type PublicSlot } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { CodeBox } from '../../components/kit/code-box.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { PortalPending } from '../../components/kit/portal-pending.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { TextAreaField } from '../../components/portal-fields.tsx';
import { orNull } from '../../lib/forms.ts';
import { useCounsellingChanged, useSpecialists } from './queries.ts';
import { SlotPicker } from './slot-picker.tsx';
import { SlotDetails } from './slot-text.tsx';

/** The booking made: the code (shown only now), when and where, and how to cancel. */
function Confirmation({ booked }: { booked: Booked }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section aria-labelledby="booked-h">
      <h2 id="booked-h" ref={ref} tabIndex={-1}>
        {t('couns.booked.title')}
      </h2>
      <CodeBox
        codes={[[t('couns.booked.codeLabel'), booked.code, 'booking-code']]}
        hint={t('couns.booked.codeHint')}
      />
      <SlotDetails slot={booked} />
      <p>{booked.mode === 'phone' ? t('couns.booked.phoneHint') : t('couns.booked.inPersonHint')}</p>
      <p>
        <Link to="/portal/counselling/booking">{t('couns.booked.cancelLink')}</Link>
      </p>
    </section>
  );
}

/** Book a free slot without an account: choose the specialist and a slot, leave a name and a contact. */
export function BookPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const list = useSpecialists();
  const changed = useCounsellingChanged();
  const specialists = list.data?.items ?? [];
  const specialistId = params.get('specialist') ?? specialists[0]?.id ?? '';
  const [slot, setSlot] = useState<PublicSlot | null>(null);
  const [booked, setBooked] = useState<Booked | null>(null);
  const select = useCallback((s: PublicSlot | null) => setSlot(s), []);
  const f = useEditForm({
    schema: BookingInput,
    defaultValues: { name: '', phone: '', email: '', note: '' },
    toBody: (v) => ({
      specialistId,
      date: slot?.date ?? '',
      start: slot?.start ?? '',
      name: v.name,
      phone: orNull(v.phone),
      email: orNull(v.email),
      note: orNull(v.note),
    }),
    // Whatever happened (someone else was faster, most likely), the slots are shown as they are now.
    save: (body) =>
      counsellingApi.book(body).finally(() => {
        changed.slots(specialistId);
      }),
    onSaved: setBooked,
  });

  if (list.error || !list.data) return <PortalPending query={list} />;

  // "No slot chosen" is one mistake, shown at the list of slots.
  const { date: noDate, start: noStart, ...rest } = f.errors;
  const errors = noDate || noStart ? { start: t('couns.slots.choose'), ...rest } : rest;
  const v = f.values;
  const bind = (name: keyof typeof v) => ({
    id: fieldId(name),
    value: v[name],
    onValue: (value: string) => f.form.setValue(name, value),
    error: errors[name],
  });
  const chosen = specialists.find((s) => s.id === specialistId);
  return (
    <Page title={t('couns.bookTitle')} lead={t('couns.bookLead')}>
      {booked ? (
        <Confirmation booked={booked} />
      ) : (
        <EditForm form={{ ...f, errors }} submitLabel={t('couns.submit')} requiredNote={false}>
          <fieldset className="group">
            <legend>{t('couns.step.slot')}</legend>
            <SelectField
              id={fieldId('specialistId')}
              label={t('couns.specialist')}
              value={specialistId}
              onValue={(id) => {
                setSlot(null);
                setParams({ specialist: id }, { replace: true });
              }}
              options={specialists.map((s) => ({
                value: s.id,
                label: `${s.publicName} (${t(`specialistKind.${s.kind}`)})`,
              }))}
              error={errors.specialistId}
            />
            {chosen?.description ? (
              <p className="hint" lang={chosen.lang}>
                {chosen.description}
              </p>
            ) : null}
            {specialistId ? (
              <SlotPicker
                id={fieldId('start')}
                specialistId={specialistId}
                selected={slot}
                onSelect={select}
                error={errors.start}
              />
            ) : null}
          </fieldset>
          <fieldset className="group">
            <legend>{t('couns.step.contact')}</legend>
            {slot ? <SlotDetails slot={slot} /> : null}
            <p className="hint">{t('couns.contactHint')}</p>
            <TextField
              {...bind('name')}
              label={t('couns.name')}
              hint={t('couns.nameHint')}
              autoComplete="name"
              required
            />
            <div className="field-row">
              <TextField {...bind('phone')} label={t('couns.phone')} type="tel" autoComplete="tel" />
              <TextField {...bind('email')} label={t('couns.email')} type="email" autoComplete="email" />
            </div>
            <TextAreaField {...bind('note')} label={t('couns.note')} hint={t('couns.noteHint')} rows={3} />
          </fieldset>
        </EditForm>
      )}
    </Page>
  );
}
