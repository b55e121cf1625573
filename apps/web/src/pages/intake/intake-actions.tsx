import { AcceptIntake, DeclineIntake } from '@ostoja/domain/portal/intake';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client.ts';
import { type Intake, intakeApi } from '../../api/intake.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { fieldId, SelectField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { ownMessage } from '../../components/kit/own-message.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { TextAreaField } from '../../components/portal-fields.tsx';
import { PersonPicker } from '../registry/person-picker.tsx';
import { useFieldTeams } from './queries.ts';

interface ActionProps {
  intake: Intake;
  onChange(i: Intake): void;
  onReload(): void;
}

/** Accept: the registry person (and so the household) the application became. */
function AcceptForm({ intake, onChange, onReload }: ActionProps) {
  const { t } = useI18n();
  const { can } = useAuth();
  const f = useEditForm({
    schema: AcceptIntake,
    defaultValues: { person: null as PersonSummary | null },
    toBody: (v) => ({
      householdId: v.person?.householdId ?? '',
      personId: v.person?.id ?? '',
      version: intake.version,
    }),
    save: (body) => intakeApi.accept(intake.id, body),
    onSaved: onChange,
  });
  const person = f.values.person;
  // No person, or one in no household: one mistake, said at the picker.
  const personError =
    ownMessage(f, 'personId', t('intakes.accept.pickPerson')) ??
    ownMessage(f, 'householdId', t('intakes.accept.noHousehold'));
  const { householdId: _, ...rest } = f.errors;
  return (
    <div className="inline-panel">
      <h3>{t('intakes.accept.title')}</h3>
      <p className="hint">{t('intakes.accept.hint')}</p>
      <EditForm
        form={{ ...f, errors: personError ? { ...rest, personId: personError } : rest }}
        submitLabel={t('intakes.accept.submit')}
        requiredNote={false}
        onReload={() => {
          f.reset();
          onReload();
        }}
        actions={
          can('registry.write') ? (
            <Link to="/households/new" className="button secondary">
              {t('intakes.accept.register')}
            </Link>
          ) : null
        }
      >
        <PersonPicker
          id={fieldId('personId')}
          selected={person}
          onSelect={(p) => f.form.setValue('person', p)}
          error={personError}
        />
      </EditForm>
    </div>
  );
}

/** Decline, with the reason the applicant is told. */
function DeclineForm({ intake, onChange, onReload }: ActionProps) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: DeclineIntake,
    defaultValues: { reason: '' },
    toBody: (v) => ({ reason: v.reason, version: intake.version }),
    save: (body) => intakeApi.decline(intake.id, body),
    onSaved: onChange,
  });
  const reason = ownMessage(f, 'reason', t('intakes.decline.reasonNeeded'));
  return (
    <div className="inline-panel">
      <EditForm
        form={{ ...f, errors: reason ? { ...f.errors, reason } : f.errors }}
        submitLabel={t('intakes.decline.submit')}
        requiredNote={false}
        onReload={() => {
          f.reset();
          onReload();
        }}
      >
        <TextAreaField
          id={fieldId('reason')}
          label={t('intakes.decline.reason')}
          hint={t('intakes.decline.hint')}
          value={f.values.reason}
          onValue={(x) => f.form.setValue('reason', x)}
          error={reason}
          rows={3}
        />
      </EditForm>
    </div>
  );
}

/**
 * What the field team does with an online application: take it, hand it to another team, accept
 * it (linked to the registry household and person it became) or decline it with a reason.
 * Every action carries the version the worker saw, so two workers never overwrite each other.
 */
export function IntakeActions({ intake, onChange, onReload }: ActionProps) {
  const { t, msg } = useI18n();
  const { can } = useAuth();
  const [team, setTeam] = useState('');
  const allowed = new Set(intake.allowedActions);
  const teams = useFieldTeams(allowed.has('setFieldTeam'));
  const act = useMutation<Intake, ApiError, 'take' | 'move'>({
    mutationFn: (action) =>
      action === 'take'
        ? intakeApi.take(intake.id, intake.version)
        : intakeApi.setFieldTeam(intake.id, { fieldTeamId: team, version: intake.version }),
    onSuccess: onChange,
  });
  const problem = act.error;

  if (allowed.size === 0) return null;
  return (
    <section aria-labelledby="intake-actions" className="card">
      <h2 id="intake-actions">{t('intakes.actions')}</h2>
      {problem?.code === 'versionConflict' ? (
        <Alert kind="warning" title={t('form.conflictTitle')} focus>
          <p>{msg(problem.message)}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              act.reset();
              onReload();
            }}
          >
            {t('action.reloadLatest')}
          </button>
        </Alert>
      ) : problem && !problem.fields.length ? (
        <Alert focus>
          <p>{problem.status === 0 ? t('error.network') : msg(problem.message)}</p>
        </Alert>
      ) : null}
      {allowed.has('take') ? (
        <p>
          <button
            type="button"
            className="button primary"
            onClick={() => act.mutate('take')}
            disabled={act.isPending}
          >
            {t('intakes.take')}
          </button>
        </p>
      ) : null}
      {allowed.has('accept') && can('registry.read') ? (
        <AcceptForm intake={intake} onChange={onChange} onReload={onReload} />
      ) : null}
      {allowed.has('setFieldTeam') ? (
        <div className="inline-panel inline-form">
          <SelectField
            id={fieldId('fieldTeamId')}
            label={t('intakes.moveTo')}
            value={team}
            onValue={setTeam}
            options={[
              { value: '', label: t('form.choose') },
              ...teams
                .filter((u) => u.id !== intake.fieldTeamId)
                .map((u) => ({ value: u.id, label: u.name })),
            ]}
            error={problem?.fields.find((x) => x.path === 'fieldTeamId')?.message}
          />
          <button
            type="button"
            className="button secondary"
            disabled={act.isPending || !team}
            onClick={() => act.mutate('move')}
          >
            {t('intakes.move')}
          </button>
        </div>
      ) : null}
      {allowed.has('decline') ? (
        <DeclineForm intake={intake} onChange={onChange} onReload={onReload} />
      ) : null}
    </section>
  );
}
