import { BookingInput } from '@ostoja/domain/counselling/booking';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { Booked, PublicSlot, PublicSpecialist } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { PortalLoadError } from '../../components/portal-feedback.tsx';
import { TextAreaField } from '../../components/portal-fields.tsx';
import { orNull, validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { useLocalizedApi } from '../portal/hooks.ts';
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
      <div className="code-box">
        <p>{t('couns.booked.codeLabel')}</p>
        <strong className="code" data-testid="booking-code">
          {booked.code}
        </strong>
        <p>{t('couns.booked.codeHint')}</p>
      </div>
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
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const list = useLocalizedApi<{ items: PublicSpecialist[] }>('/api/v1/counselling/specialists');
  const specialists = list.data?.items ?? [];
  const specialistId = params.get('specialist') ?? specialists[0]?.id ?? '';
  const [slot, setSlot] = useState<PublicSlot | null>(null);
  const [version, setVersion] = useState(0);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [note, setNote] = useState('');
  const [booked, setBooked] = useState<Booked | null>(null);
  const { state, run, invalid } = useSubmit();
  const select = useCallback((s: PublicSlot | null) => setSlot(s), []);

  if (list.error) return <PortalLoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      specialistId,
      date: slot?.date ?? '',
      start: slot?.start ?? '',
      name,
      phone: orNull(phone),
      email: orNull(email),
      note: orNull(note),
    };
    const v = validate(BookingInput, body, locale);
    if (!v.ok) {
      // "No slot chosen" is one mistake, shown at the list of slots.
      const { date, start, ...rest } = v.errors;
      return invalid(date || start ? { start: t('couns.slots.choose'), ...rest } : rest);
    }
    const ok = await run(async () => {
      setBooked(await api.post<Booked>('/api/v1/counselling/bookings', v.data));
    });
    // Someone else was faster: show the slots as they are now.
    if (!ok) setVersion((n) => n + 1);
  }

  const chosen = specialists.find((s) => s.id === specialistId);
  return (
    <Page title={t('couns.bookTitle')} lead={t('couns.bookLead')}>
      {booked ? (
        <Confirmation booked={booked} />
      ) : (
        <>
          <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
          <form onSubmit={submit} noValidate className="form">
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
                error={state.errors.specialistId}
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
                  error={state.errors.start}
                  version={version}
                />
              ) : null}
            </fieldset>
            <fieldset className="group">
              <legend>{t('couns.step.contact')}</legend>
              {slot ? <SlotDetails slot={slot} /> : null}
              <p className="hint">{t('couns.contactHint')}</p>
              <TextField
                id={fieldId('name')}
                label={t('couns.name')}
                hint={t('couns.nameHint')}
                value={name}
                onValue={setName}
                error={state.errors.name}
                autoComplete="name"
                required
              />
              <div className="field-row">
                <TextField
                  id={fieldId('phone')}
                  label={t('couns.phone')}
                  value={phone}
                  onValue={setPhone}
                  error={state.errors.phone}
                  type="tel"
                  autoComplete="tel"
                />
                <TextField
                  id={fieldId('email')}
                  label={t('couns.email')}
                  value={email}
                  onValue={setEmail}
                  error={state.errors.email}
                  type="email"
                  autoComplete="email"
                />
              </div>
              <TextAreaField
                id={fieldId('note')}
                label={t('couns.note')}
                hint={t('couns.noteHint')}
                value={note}
                onValue={setNote}
                error={state.errors.note}
                rows={3}
              />
            </fieldset>
            <button type="submit" className="button primary" disabled={state.busy}>
              {t('couns.submit')}
            </button>
          </form>
        </>
      )}
    </Page>
  );
}
