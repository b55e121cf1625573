import type { Household, HouseholdMember } from '@ostoja/domain/registry/household';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { registryApi } from '../../api/registry.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField } from '../../components/fields.tsx';
import { fieldError, MutationDialog } from '../../components/kit/confirm-dialog.tsx';
import { RowButton } from '../../components/kit/row-button.tsx';
import { listName, todayIso } from '../../lib/format.ts';

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
  const leave = useMutation<Household, ApiError>({
    mutationFn: () => registryApi.leave(household.id, member.id, { until: until || undefined }),
    onSuccess: (h) => {
      setOpen(false);
      onDone(h);
    },
  });
  return (
    <>
      <RowButton label={t('member.leave')} what={listName(member)} onClick={() => setOpen(true)} />
      <MutationDialog
        open={open}
        title={`${t('member.leave')} — ${listName(member)}`}
        confirmLabel={t('member.leaveConfirm')}
        danger
        run={leave}
        onClose={() => setOpen(false)}
      >
        <DateField
          id={`leave-${member.id}`}
          label={t('member.leaveOn', { name: listName(member) })}
          value={until}
          onValue={setUntil}
          error={fieldError(leave.error, 'until')}
          required={false}
        />
      </MutationDialog>
    </>
  );
}
