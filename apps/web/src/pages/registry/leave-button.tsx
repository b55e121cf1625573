import type { Household, HouseholdMember } from '@ostoja/domain/registry/household';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { TextField } from '../../components/fields.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { useSubmit } from '../../lib/use-submit.ts';

/** "Moves out": asks for the date, then ends the membership (kept in the history). */
export function LeaveButton({
  household,
  member,
  onDone,
}: {
  household: Household;
  member: HouseholdMember;
  onDone(h: Household): void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [until, setUntil] = useState(todayIso);
  const { state, run } = useSubmit();
  const id = `leave-${member.id}`;
  useEffect(() => {
    if (open) document.getElementById(id)?.focus();
  }, [open, id]);
  if (!open)
    return (
      <button type="button" className="button secondary small" onClick={() => setOpen(true)}>
        {t('member.leave')}
        <span className="visually-hidden"> — {listName(member)}</span>
      </button>
    );
  return (
    <div className="leave-box">
      {state.message ? <Alert>{state.message}</Alert> : null}
      <TextField
        id={id}
        label={t('member.leaveOn', { name: listName(member) })}
        type="date"
        value={until}
        onValue={setUntil}
        error={state.errors.until}
      />
      <div className="form-actions">
        <button
          type="button"
          className="button danger small"
          disabled={state.busy}
          onClick={() =>
            run(async () => {
              const h = await api.post<Household>(
                `/api/v1/households/${household.id}/members/${member.id}/leave`,
                { until: until || undefined },
              );
              onDone(h);
            })
          }
        >
          {t('member.leaveConfirm')}
        </button>
        <button type="button" className="button secondary small" onClick={() => setOpen(false)}>
          {t('action.cancel')}
        </button>
      </div>
    </div>
  );
}
