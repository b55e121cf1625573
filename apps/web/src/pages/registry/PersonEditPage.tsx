import type { PersonWithHistory } from '@ostoja/domain/registry/household';
import { UpdatePerson } from '@ostoja/domain/registry/person';
import { useNavigate } from 'react-router-dom';
import { registryApi } from '../../api/registry.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { useResetOnVersion } from '../../components/kit/use-reset-on-version.ts';
import { Page } from '../../components/page.tsx';
import { fullName } from '../../lib/format.ts';
import { duplicateWarningOf } from './duplicates.tsx';
import { PersonFields, type PersonValues, personPayload, personValues } from './person-fields.tsx';
import { usePerson, useRegistrySaved } from './queries.ts';

export function PersonEditPage() {
  const loaded = usePerson(useRouteId());
  if (loaded.error) return <LoadError error={loaded.error} onRetry={() => loaded.refetch()} />;
  if (!loaded.data) return <Loading />;
  return <PersonEditForm p={loaded.data} reload={() => loaded.refetch()} />;
}

function PersonEditForm({ p, reload }: { p: PersonWithHistory; reload(): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const saved = useRegistrySaved();
  const f = useEditForm({
    schema: UpdatePerson,
    defaultValues: { person: personValues(p) },
    toBody: (v, confirmDuplicate) => ({
      person: personPayload(v.person, true),
      version: p.version,
      confirmDuplicate,
    }),
    save: (body) => registryApi.updatePerson(p.id, body),
    onSaved: (next) => {
      saved.person(next);
      navigate(`/persons/${p.id}`, { state: { saved: true } });
    },
  });
  useResetOnVersion(f, p.version, () => ({ person: personValues(p) }));

  return (
    <Page title={t('person.edit.title', { name: fullName(p) })}>
      <EditForm
        form={f}
        submitLabel={t('action.save')}
        onReload={reload}
        warning={duplicateWarningOf(f)}
        actions={<ActionLink to={`/persons/${p.id}`}>{t('action.cancel')}</ActionLink>}
      >
        <PersonFields
          path="person."
          values={f.values.person}
          onChange={(v: PersonValues) => f.form.setValue('person', v)}
          errors={f.errors}
          withAddress
        />
      </EditForm>
    </Page>
  );
}
