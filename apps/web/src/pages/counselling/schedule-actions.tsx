import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import type { StaffBooking } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { useSubmit } from '../../lib/use-submit.ts';

/**
 * What a specialist does with a booked slot: record the consultation (the form opens below the
 * table), mark that the resident did not come, or cancel on their behalf with a reason.
 */
export function BookingActions({
  booking,
  onRecord,
  onChanged,
}: {
  booking: StaffBooking;
  onRecord(): void;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const { state, run, invalid } = useSubmit();
  const who = `${booking.start} ${booking.name ?? ''}`.trim();

  async function noShow() {
    if (
      await run(() =>
        api.post(`/api/v1/counselling/bookings/${booking.id}/no-show`, { version: booking.version }),
      )
    )
      onChanged();
  }

  async function cancel(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return invalid({ reason: t('couns.schedule.reasonNeeded') });
    const ok = await run(() =>
      api.post(`/api/v1/counselling/bookings/${booking.id}/cancellation`, {
        reason: reason.trim(),
        version: booking.version,
      }),
    );
    if (ok) onChanged();
  }

  if (booking.status !== 'booked') return null;
  return (
    <div>
      <div className="inline-actions">
        <button type="button" className="button primary small" onClick={onRecord}>
          {t('couns.schedule.record')}
          <span className="visually-hidden"> — {who}</span>
        </button>
        <button type="button" className="button secondary small" onClick={noShow} disabled={state.busy}>
          {t('couns.schedule.noShow')}
          <span className="visually-hidden"> — {who}</span>
        </button>
        <button
          type="button"
          className="button secondary small"
          aria-expanded={cancelling}
          onClick={() => setCancelling((c) => !c)}
        >
          {t('couns.schedule.cancel')}
          <span className="visually-hidden"> — {who}</span>
        </button>
      </div>
      {state.message ? (
        <Alert focus>
          <p>{state.message}</p>
        </Alert>
      ) : null}
      {cancelling ? (
        <form onSubmit={cancel} noValidate className="inline-form">
          <TextField
            id={fieldId(`cancel.${booking.id}.reason`)}
            label={t('couns.schedule.reason')}
            value={reason}
            onValue={setReason}
            error={state.errors.reason}
            required
          />
          <button type="submit" className="button danger small" disabled={state.busy}>
            {t('couns.schedule.cancelConfirm')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
