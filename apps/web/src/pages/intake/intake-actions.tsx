import type { PersonSummary } from '@ostoja/domain/registry/person';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { Intake } from '../../api/intake.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { fieldId, SelectField } from '../../components/fields.tsx';
import { TextAreaField } from '../../components/portal-fields.tsx';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { PersonPicker } from '../registry/person-picker.tsx';

/**
 * What the field team does with an online application: take it, hand it to another team, accept
 * it (linked to the registry household and person it became) or decline it with a reason.
 * Every action carries the version the worker saw, so two workers never overwrite each other.
 */
export function IntakeActions({
  intake,
  onChange,
  onReload,
}: {
  intake: Intake;
  onChange(i: Intake): void;
  onReload(): void;
}) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { state, run, invalid, reset } = useSubmit();
  const [team, setTeam] = useState('');
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [reason, setReason] = useState('');
  const allowed = new Set(intake.allowedActions);
  const units = useApi<{ items: { id: string; kind: string; name: string }[] }>(
    allowed.has('setFieldTeam') ? '/api/v1/org-units' : null,
  );
  const post = (action: string, body: Record<string, unknown>) =>
    run(async () => {
      onChange(
        await api.post<Intake>(`/api/v1/intakes/${intake.id}/${action}`, {
          ...body,
          version: intake.version,
        }),
      );
    });

  function accept(e: FormEvent) {
    e.preventDefault();
    if (!person) return invalid({ personId: t('intakes.accept.pickPerson') });
    if (!person.householdId) return invalid({ personId: t('intakes.accept.noHousehold') });
    post('accept', { householdId: person.householdId, personId: person.id });
  }

  function decline(e: FormEvent) {
    e.preventDefault();
    if (reason.trim().length < 3) return invalid({ reason: t('intakes.decline.reasonNeeded') });
    post('decline', { reason: reason.trim() });
  }

  if (allowed.size === 0) return null;
  return (
    <section aria-labelledby="intake-actions" className="card">
      <h2 id="intake-actions">{t('intakes.actions')}</h2>
      {state.code === 'versionConflict' ? (
        <Alert kind="warning" title={t('form.conflictTitle')} focus>
          <p>{state.message}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              reset();
              onReload();
            }}
          >
            {t('action.reloadLatest')}
          </button>
        </Alert>
      ) : state.message && !Object.keys(state.errors).length ? (
        <Alert focus>
          <p>{state.message}</p>
        </Alert>
      ) : null}
      {allowed.has('take') ? (
        <p>
          <button
            type="button"
            className="button primary"
            onClick={() => post('take', {})}
            disabled={state.busy}
          >
            {t('intakes.take')}
          </button>
        </p>
      ) : null}
      {allowed.has('accept') && can('registry.read') ? (
        <form onSubmit={accept} noValidate className="inline-panel">
          <h3>{t('intakes.accept.title')}</h3>
          <p className="hint">{t('intakes.accept.hint')}</p>
          <PersonPicker
            id={fieldId('personId')}
            selected={person}
            onSelect={setPerson}
            error={state.errors.personId}
          />
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={state.busy}>
              {t('intakes.accept.submit')}
            </button>
            {can('registry.write') ? (
              <Link to="/households/new" className="button secondary">
                {t('intakes.accept.register')}
              </Link>
            ) : null}
          </div>
        </form>
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
              ...(units.data?.items ?? [])
                .filter((u) => u.kind === 'fieldTeam' && u.id !== intake.fieldTeamId)
                .map((u) => ({ value: u.id, label: u.name })),
            ]}
            error={state.errors.fieldTeamId}
          />
          <button
            type="button"
            className="button secondary"
            disabled={state.busy || !team}
            onClick={() => post('field-team', { fieldTeamId: team })}
          >
            {t('intakes.move')}
          </button>
        </div>
      ) : null}
      {allowed.has('decline') ? (
        <form onSubmit={decline} noValidate className="inline-panel">
          <TextAreaField
            id={fieldId('reason')}
            label={t('intakes.decline.reason')}
            hint={t('intakes.decline.hint')}
            value={reason}
            onValue={setReason}
            error={state.errors.reason}
            rows={3}
          />
          <button type="submit" className="button danger" disabled={state.busy}>
            {t('intakes.decline.submit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
