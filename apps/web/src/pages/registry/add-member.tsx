import { AddMember, type Household } from '@ostoja/domain/registry/household';
import { registryApi } from '../../api/registry.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { duplicateWarningOf } from './duplicates.tsx';
import { MemberEditor, type MemberValues, memberPayload, newMember } from './member-editor.tsx';

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
  const { t } = useI18n();
  const f = useEditForm({
    schema: AddMember,
    defaultValues: {
      member: newMember(household.members.some((m) => m.relation === 'applicant') ? 'child' : 'applicant'),
      since: '',
    },
    toBody: (v, confirmDuplicate) => ({
      member: memberPayload(v.member),
      since: v.since || undefined,
      confirmDuplicate,
    }),
    save: (body) => registryApi.addMember(household.id, body),
    onSaved: onDone,
  });

  return (
    <section aria-labelledby="add-member-h" className="card">
      <h3 id="add-member-h">{t('household.addMember')}</h3>
      <EditForm
        form={f}
        submitLabel={t('household.addMemberSubmit')}
        requiredNote={false}
        warning={duplicateWarningOf(f)}
        onCancel={onCancel}
      >
        <MemberEditor
          path="member."
          legend={t('member.new')}
          member={f.values.member}
          onChange={(m: MemberValues) => f.form.setValue('member', m)}
          errors={f.errors}
        />
        <DateField
          label={t('member.movedInOn')}
          hint={t('household.sinceHint')}
          {...f.bind('since')}
          required={false}
        />
      </EditForm>
    </section>
  );
}
