import { CreateHousehold } from '@ostoja/domain/registry/household';
import { useNavigate } from 'react-router-dom';
import { registryApi } from '../../api/registry.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, fieldId, GroupError, SelectField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { orNull } from '../../lib/forms.ts';
import { useOrgUnits } from '../admin/queries.ts';
import { AddressFields, emptyAddress } from './address-fields.tsx';
import { duplicateWarningOf } from './duplicates.tsx';
import { MemberEditor, type MemberValues, memberPayload, newMember } from './member-editor.tsx';
import { useRegistrySaved } from './queries.ts';

export function HouseholdCreatePage() {
  const { t, tp } = useI18n();
  const navigate = useNavigate();
  const saved = useRegistrySaved();
  const units = useOrgUnits();
  const teams = (units.data?.items ?? []).filter((u) => u.kind === 'fieldTeam');
  const f = useEditForm({
    schema: CreateHousehold,
    defaultValues: {
      address: emptyAddress(),
      fieldTeamId: '',
      since: '',
      members: [newMember('applicant')] as MemberValues[],
    },
    toBody: (v, confirmDuplicate) => ({
      address: v.address,
      fieldTeamId: orNull(v.fieldTeamId),
      since: v.since || undefined,
      members: v.members.map(memberPayload),
      confirmDuplicate,
    }),
    save: registryApi.createHousehold,
    onSaved: (h) => {
      saved.household(h);
      navigate(`/households/${h.id}`, { state: { created: true } });
    },
  });
  const { values, errors } = f;
  const setMembers = (members: MemberValues[]) => f.form.setValue('members', members);

  return (
    <Page title={t('household.new.title')} lead={t('household.new.lead')}>
      <EditForm form={f} submitLabel={t('household.create')} warning={duplicateWarningOf(f)}>
        <fieldset className="group">
          <legend>{t('household.address')}</legend>
          <AddressFields
            path="address."
            values={values.address}
            onChange={(a) => f.form.setValue('address', a)}
            errors={errors}
          />
          <div className="field-row">
            <SelectField
              id={fieldId('fieldTeamId')}
              label={t('household.fieldTeam')}
              value={values.fieldTeamId}
              onValue={(v) => f.form.setValue('fieldTeamId', v)}
              error={errors.fieldTeamId}
              options={[
                { value: '', label: t('household.fieldTeamAuto') },
                ...teams.map((u) => ({ value: u.id, label: u.name })),
              ]}
            />
            <DateField
              id={fieldId('since')}
              label={t('household.since')}
              hint={t('household.sinceHint')}
              value={values.since}
              onValue={(v) => f.form.setValue('since', v)}
              error={errors.since}
              required={false}
            />
          </div>
        </fieldset>
        <fieldset className="group" aria-describedby={errors.members ? fieldId('members') : undefined}>
          <legend>
            {t('household.members')} ({tp('count.persons', values.members.length)})
          </legend>
          <GroupError id={fieldId('members')} error={errors.members} />
          {values.members.map((m, i) => (
            <MemberEditor
              key={m.key}
              path={`members.${i}.`}
              legend={t('member.legend', { n: i + 1 })}
              member={m}
              onChange={(next) => setMembers(values.members.map((old, j) => (j === i ? next : old)))}
              errors={errors}
              onRemove={
                values.members.length > 1
                  ? () => setMembers(values.members.filter((_, j) => j !== i))
                  : undefined
              }
            />
          ))}
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              setMembers([...values.members, newMember(values.members.length ? 'child' : 'applicant')])
            }
          >
            {t('household.addMember')}
          </button>
        </fieldset>
      </EditForm>
    </Page>
  );
}
