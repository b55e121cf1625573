import { CodeInput } from '@ostoja/domain/counselling/booking';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { LookedUp } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { SlotDetails } from './slot-text.tsx';

/** A booking found by its code: what it is, and cancelling it (asked twice, it cannot be undone). */
function Found({
  booking,
  code,
  onChange,
}: {
  booking: LookedUp;
  code: string;
  onChange(b: LookedUp): void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { state, run } = useSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus when a (new) status is shown
  useEffect(() => heading.current?.focus(), [booking.status]);

  async function cancel() {
    await run(async () => {
      onChange(await api.post<LookedUp>('/api/v1/counselling/bookings/cancel', { code }));
    });
    setConfirming(false);
  }

  const cancelled = booking.status === 'cancelled';
  return (
    <section aria-labelledby="found-h">
      <h2 id="found-h" ref={heading} tabIndex={-1}>
        {t('couns.my.status', { status: t(`bookingStatus.${booking.status}`) })}
      </h2>
      {cancelled ? (
        <Alert kind="success">
          <p>{t('couns.my.cancelled')}</p>
        </Alert>
      ) : null}
      <SlotDetails slot={booking} />
      {state.message ? <Alert focus>{state.message}</Alert> : null}
      {booking.canCancel && !confirming ? (
        <p>
          <button type="button" className="button danger" onClick={() => setConfirming(true)}>
            {t('couns.my.cancel')}
          </button>
        </p>
      ) : null}
      {booking.canCancel && confirming ? (
        <Alert kind="warning" title={t('couns.my.confirmTitle')} focus>
          <p>{t('couns.my.confirmText')}</p>
          <div className="form-actions">
            <button type="button" className="button danger" onClick={cancel} disabled={state.busy}>
              {t('couns.my.confirmYes')}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              {t('couns.my.confirmNo')}
            </button>
          </div>
        </Alert>
      ) : null}
      {!booking.canCancel && !cancelled ? <p>{t('couns.my.cannotCancel')}</p> : null}
      <p>
        <Link to={`/portal/counselling/book?specialist=${booking.specialistId}`}>
          {t('couns.my.bookAgain')}
        </Link>
      </p>
    </section>
  );
}

/** "Moja rezerwacja": type the code to see the booking and cancel it. */
export function MyBookingPage() {
  const { t, locale } = useI18n();
  const [code, setCode] = useState('');
  const [found, setFound] = useState<{ booking: LookedUp; code: string } | null>(null);
  const { state, run, invalid } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFound(null);
    const v = validate(CodeInput, { code }, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      const booking = await api.post<LookedUp>('/api/v1/counselling/bookings/lookup', v.data);
      setFound({ booking, code: v.data.code });
    });
  }

  return (
    <Page title={t('couns.my.title')} lead={t('couns.my.lead')}>
      <ErrorSummary
        errors={state.errors}
        message={state.code === 'notFound' ? t('couns.my.notFound') : state.message}
        version={state.attempt}
      />
      <form onSubmit={submit} noValidate className="card inline-form">
        <TextField
          id={fieldId('code')}
          label={t('couns.my.code')}
          hint={t('couns.my.codeHint')}
          value={code}
          onValue={setCode}
          error={state.errors.code}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <button type="submit" className="button primary" disabled={state.busy}>
          {t('couns.my.find')}
        </button>
      </form>
      {found ? (
        <Found
          booking={found.booking}
          code={found.code}
          onChange={(booking) => setFound({ booking, code: found.code })}
        />
      ) : null}
    </Page>
  );
}
