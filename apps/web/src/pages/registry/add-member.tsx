import { AddMember, type Household } from '@ostoja/domain/registry/household';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { DuplicateWarning } from './duplicates.tsx';
import { MemberEditor, memberPayload, newMember } from './member-editor.tsx';

/** Adds a member to a household: a new person, or a registered one who moves in. */
export function AddMemberForm({
  household,
  onDone,
  onCancel,
}: {
  household: Household;
  onDone(h: Household): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const [member, setMember] = useState(() =>
    newMember(household.members.some((m) => m.relation === 'applicant') ? 'child' : 'applicant'),
  );
  const [since, setSince] = useState('');
  const { state, run, invalid } = useSubmit();

  async function save(confirmDuplicate: boolean) {
    const body = { member: memberPayload(member), since: since || undefined, confirmDuplicate };
    const v = validate(AddMember, body, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      onDone(await api.post<Household>(`/api/v1/households/${household.id}/members`, body));
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    save(false);
  }

  return (
    <section aria-labelledby="add-member-h" className="card">
      <h3 id="add-member-h">{t('household.addMember')}</h3>
      <ErrorSummary
        errors={state.duplicates ? {} : state.errors}
        message={state.duplicates ? '' : state.message}
        version={state.attempt}
      />
      {state.duplicates ? (
        <DuplicateWarning
          message={state.message}
          candidates={state.duplicates}
          busy={state.busy}
          onConfirm={() => save(true)}
        />
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        <MemberEditor
          path="member."
          legend={t('member.new')}
          member={member}
          onChange={setMember}
          errors={state.errors}
        />
        <TextField
          id={fieldId('since')}
          label={t('member.movedInOn')}
          hint={t('household.sinceHint')}
          type="date"
          value={since}
          onValue={setSince}
          error={state.errors.since}
        />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('household.addMemberSubmit')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
