import {
  CRISIS_KINDS,
  CRISIS_SOURCES,
  type CrisisCase,
  type CrisisCaseSummary,
  OpenCrisisCase,
} from '@ostoja/domain/crisis-intervention/crisis-case';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { crisisApi } from '../../api/crisis-intervention.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, DateField, SelectField, TextAreaField } from '../../components/fields.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { computedColumn } from '../../components/kit/computed-column.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { useOpenSaved } from '../../components/kit/open-saved.ts';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { recordPath } from '../../components/kit/record-path.ts';
import { StateFilter } from '../../components/kit/state-filter.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { usePerson } from '../registry/queries.ts';
import { crisisKeys, useCrisisLeads, useCrisisSaved } from './queries.ts';

function useColumns(): Column<CrisisCaseSummary>[] {
  const { t, date } = useI18n();
  return [
    linkColumn<CrisisCaseSummary>('name', t('ci.person'), listName, recordPath('/crisis-cases')),
    dateColumn('openedOn', t('ci.openedOn'), date),
    computedColumn('kind', t('ci.kind'), (c) => t(`ci.kind.${c.kind}`)),
    { key: 'source', header: t('ci.source'), cell: (c) => t(`ci.source.${c.source}`) },
    computedColumn('lead', t('ci.lead.name'), (c) => c.lead.fullName),
    { key: 'contacts', header: t('ci.contactCount'), cell: (c) => c.contactCount, alignEnd: true },
    {
      key: 'state',
      header: t('ci.state'),
      cell: (c) =>
        c.closedOn ? (
          <StatusBadge>{t('ci.state.closed')}</StatusBadge>
        ) : (
          <StatusBadge tone="ok">{t('ci.state.open')}</StatusBadge>
        ),
    },
  ];
}

/** Picks the person the page was opened for (from their page), once it has loaded. */
function Preselect({ id, onPerson }: { id: string; onPerson(p: PersonSummary): void }) {
  const person = usePerson(id);
  useEffect(() => {
    if (person.data) onPerson(person.data);
  }, [person.data, onPerson]);
  return null;
}

const empty = (leadId = '') => ({
  person: null as PersonSummary | null,
  wholeHousehold: false,
  openedOn: todayIso(),
  source: '',
  kind: '',
  summary: '',
  leadId,
});

/** The codes the open form asks for, each chosen from its list. */
const CODES = { source: CRISIS_SOURCES, kind: CRISIS_KINDS };

function OpenForm({
  me,
  personId,
  onSaved,
}: {
  me: string;
  personId: string | null;
  onSaved(c: CrisisCase): void;
}) {
  const { t, tk } = useI18n();
  const leads = useCrisisLeads();
  const f = useEditForm({
    schema: OpenCrisisCase,
    defaultValues: empty(me),
    toBody: (v) => ({
      personId: v.person?.id ?? '',
      wholeHousehold: v.wholeHousehold,
      openedOn: v.openedOn,
      source: v.source as (typeof CRISIS_SOURCES)[number],
      kind: v.kind as (typeof CRISIS_KINDS)[number],
      summary: v.summary,
      leadId: v.leadId,
    }),
    save: (body) => crisisApi.open(body),
    reset: () => empty(me),
    onSaved: (r) => onSaved(r),
  });
  const [preselected, setPreselected] = useState(false);
  const choose = (label: string) => [{ value: '', label }];
  return (
    <section className="card" aria-labelledby="ci-open-h">
      <h2 id="ci-open-h">{t('ci.open')}</h2>
      {personId && !preselected ? (
        <Preselect
          id={personId}
          onPerson={(p) => {
            setPreselected(true);
            f.form.setValue('person', p);
          }}
        />
      ) : null}
      <EditForm form={f} submitLabel={t('ci.openSubmit')}>
        <PersonPicker {...f.pick('person')} />
        <CheckboxField label={t('ci.wholeHousehold')} {...f.tick('wholeHousehold')} />
        <div className="field-row">
          <DateField label={t('ci.openedOn')} {...f.bind('openedOn')} />
          {(['source', 'kind'] as const).map((k) => (
            <SelectField
              key={k}
              label={t(`ci.${k}`)}
              options={[
                ...choose(t('ci.choose')),
                ...CODES[k].map((c) => ({ value: c, label: tk(`ci.${k}`, c) })),
              ]}
              {...f.bind(k)}
              required
            />
          ))}
        </div>
        <TextAreaField label={t('ci.summary')} {...f.bind('summary')} required />
        <SelectField
          label={t('ci.leadId')}
          options={[
            ...choose(t('ci.choose')),
            ...(leads.data?.items ?? []).map((l) => ({ value: l.id, label: l.fullName })),
          ]}
          {...f.bind('leadId')}
          required
        />
      </EditForm>
    </section>
  );
}

/** The crisis intervention cases, newest first, and a new one for those who lead them. */
export function CrisisCasesPage() {
  const { t } = useI18n();
  const { can, me } = useAuth();
  const [params] = useSearchParams();
  const opened = useOpenSaved('/crisis-cases', useCrisisSaved());
  const [state, setState] = useState<'open' | 'closed' | 'all'>('open');
  const list = useCursorQuery(crisisKeys.list(state), (after, signal) =>
    crisisApi.list({ after, limit: 50, state: state === 'all' ? undefined : state }, signal),
  );
  const columns = useColumns();
  return (
    <Page title={t('ci.title')} lead={t('ci.lead')}>
      <StateFilter id="ci-filter" prefix="ci.filter" all="all" value={state} onValue={setState} />
      <ListTable empty={t('ci.none')} caption={t('ci.list')} columns={columns} list={list} />
      {can('crisisIntervention.manage') ? (
        <OpenForm me={me?.id ?? ''} personId={params.get('personId')} onSaved={opened} />
      ) : null}
    </Page>
  );
}
