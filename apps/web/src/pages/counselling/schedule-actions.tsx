import { StaffCancellation } from '@ostoja/domain/counselling/booking';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { counsellingApi, type StaffBooking } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { ownMessage } from '../../components/kit/own-message.ts';
import { RowButton } from '../../components/kit/row-button.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { prefixed } from './prefixed.ts';

/** Cancelling on the resident's behalf: the reason, then the booking is freed. */
function CancelForm({ booking, onChanged }: { booking: StaffBooking; onChanged(): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: StaffCancellation,
    defaultValues: { reason: '' },
    toBody: (v) => ({ reason: v.reason, version: booking.version }),
    save: (body) => counsellingApi.cancelForResident(booking.id, body),
    onSaved: onChanged,
  });
  const prefix = `cancel.${booking.id}`;
  const reason = ownMessage(f, 'reason', t('couns.schedule.reasonNeeded'));
  return (
    <EditForm
      form={prefixed(prefix, { ...f, errors: { ...f.errors, reason } })}
      submitLabel={t('couns.schedule.cancelConfirm')}
      requiredNote={false}
    >
      <TextField
        id={fieldId(`${prefix}.reason`)}
        label={t('couns.schedule.reason')}
        value={f.values.reason}
        onValue={(reason) => f.form.setValue('reason', reason)}
        error={reason}
        required
      />
    </EditForm>
  );
}

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
  const { t, msg } = useI18n();
  const [cancelling, setCancelling] = useState(false);
  const noShow = useMutation<unknown, ApiError>({
    mutationFn: () => counsellingApi.noShow(booking.id, booking.version),
    onSuccess: onChanged,
  });
  const who = `${booking.start} ${booking.name ?? ''}`.trim();

  if (booking.status !== 'booked') return null;
  return (
    <div>
      <div className="inline-actions">
        <RowButton tone="primary" label={t('couns.schedule.record')} what={who} onClick={onRecord} />
        <RowButton
          label={t('couns.schedule.noShow')}
          what={who}
          onClick={() => noShow.mutate()}
          disabled={noShow.isPending}
        />
        <RowButton
          label={t('couns.schedule.cancel')}
          what={who}
          aria-expanded={cancelling}
          onClick={() => setCancelling((c) => !c)}
        />
      </div>
      {noShow.error ? (
        <Alert focus>
          <p>{noShow.error.status === 0 ? t('error.network') : msg(noShow.error.message)}</p>
        </Alert>
      ) : null}
      {cancelling ? <CancelForm booking={booking} onChanged={onChanged} /> : null}
    </div>
  );
}
