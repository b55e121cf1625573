import type { OrgUnit } from '@ostoja/domain/org/address';
import { CreateHousehold, type Household } from '@ostoja/domain/registry/household';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, GroupError, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { orNull, validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { AddressFields, type AddressValues, emptyAddress } from './address-fields.tsx';
import { DuplicateWarning } from './duplicates.tsx';
import { MemberEditor, type MemberValues, memberPayload, newMember } from './member-editor.tsx';

export function HouseholdCreatePage() {
  const { t, tp, locale } = useI18n();
  const navigate = useNavigate();
  const units = useApi<{ items: OrgUnit[] }>('/api/v1/org-units');
  const [address, setAddress] = useState<AddressValues>(emptyAddress);
  const [fieldTeamId, setFieldTeamId] = useState('');
  const [since, setSince] = useState('');
  const [members, setMembers] = useState<MemberValues[]>(() => [newMember('applicant')]);
  const { state, run, invalid } = useSubmit();
  const teams = (units.data?.items ?? []).filter((u) => u.kind === 'fieldTeam');

  function body(confirmDuplicate: boolean) {
    return {
      address,
      fieldTeamId: orNull(fieldTeamId),
      since: since || undefined,
      members: members.map(memberPayload),
      confirmDuplicate,
    };
  }

  async function save(confirmDuplicate: boolean) {
    const b = body(confirmDuplicate);
    const v = validate(CreateHousehold, b, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      const h = await api.post<Household>('/api/v1/households', b);
      navigate(`/households/${h.id}`, { state: { created: true } });
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    save(false);
  }

  const setMember = (i: number) => (m: MemberValues) =>
    setMembers(members.map((old, j) => (j === i ? m : old)));

  return (
    <Page title={t('household.new.title')} lead={t('household.new.lead')}>
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
        <p className="hint">{t('form.requiredNote')}</p>
        <fieldset className="group">
          <legend>{t('household.address')}</legend>
          <AddressFields path="address." values={address} onChange={setAddress} errors={state.errors} />
          <div className="field-row">
            <SelectField
              id={fieldId('fieldTeamId')}
              label={t('household.fieldTeam')}
              value={fieldTeamId}
              onValue={setFieldTeamId}
              error={state.errors.fieldTeamId}
              options={[
                { value: '', label: t('household.fieldTeamAuto') },
                ...teams.map((u) => ({ value: u.id, label: u.name })),
              ]}
            />
            <TextField
              id={fieldId('since')}
              label={t('household.since')}
              hint={t('household.sinceHint')}
              type="date"
              value={since}
              onValue={setSince}
              error={state.errors.since}
            />
          </div>
        </fieldset>
        <fieldset className="group" aria-describedby={state.errors.members ? fieldId('members') : undefined}>
          <legend>
            {t('household.members')} ({tp('count.persons', members.length)})
          </legend>
          <GroupError id={fieldId('members')} error={state.errors.members} />
          {members.map((m, i) => (
            <MemberEditor
              key={m.key}
              path={`members.${i}.`}
              legend={t('member.legend', { n: i + 1 })}
              member={m}
              onChange={setMember(i)}
              errors={state.errors}
              onRemove={members.length > 1 ? () => setMembers(members.filter((_, j) => j !== i)) : undefined}
            />
          ))}
          <button
            type="button"
            className="button secondary"
            onClick={() => setMembers([...members, newMember(members.length ? 'child' : 'applicant')])}
          >
            {t('household.addMember')}
          </button>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('household.create')}
          </button>
        </div>
      </form>
    </Page>
  );
}
