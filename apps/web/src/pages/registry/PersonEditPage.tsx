import { UpdatePerson } from '@ostoja/domain/registry/person';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { fullName } from '../../lib/format.ts';
import { validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { DuplicateWarning } from './duplicates.tsx';
import { PersonFields, type PersonValues, personPayload, personValues } from './person-fields.tsx';
import type { PersonWithHistory } from './types.ts';

export function PersonEditPage() {
  const { id } = useParams();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const loaded = useApi<PersonWithHistory>(`/api/v1/persons/${id}`);
  const [values, setValues] = useState<PersonValues | null>(null);
  const { state, run, invalid, reset } = useSubmit();
  const p = loaded.data;

  useEffect(() => {
    if (p) setValues(personValues(p));
  }, [p]);

  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!p || !values) return <Loading />;

  async function save(confirmDuplicate: boolean) {
    if (!p || !values) return;
    const body = { person: personPayload(values, true), version: p.version, confirmDuplicate };
    const v = validate(UpdatePerson, body, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      await api.put(`/api/v1/persons/${p.id}`, body);
      navigate(`/persons/${p.id}`, { state: { saved: true } });
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    save(false);
  }

  const conflict = state.code === 'versionConflict';
  return (
    <Page title={t('person.edit.title', { name: fullName(p) })}>
      {conflict ? (
        <Alert kind="warning" title={t('form.conflictTitle')} focus>
          <p>{state.message}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              reset();
              loaded.reload();
            }}
          >
            {t('action.reloadLatest')}
          </button>
        </Alert>
      ) : (
        <ErrorSummary
          errors={state.duplicates ? {} : state.errors}
          message={state.duplicates ? '' : state.message}
          version={state.attempt}
        />
      )}
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
        <PersonFields path="person." values={values} onChange={setValues} errors={state.errors} withAddress />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('action.save')}
          </button>
          <Link to={`/persons/${p.id}`} className="button secondary">
            {t('action.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}
