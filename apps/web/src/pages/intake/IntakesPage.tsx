import { INTAKE_STATUSES } from '@ostoja/domain/portal/intake';
import { Link, useSearchParams } from 'react-router-dom';
import { type IntakeListQuery, type IntakeSummary, intakeApi } from '../../api/intake.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField } from '../../components/fields.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { formatAddress } from '../../lib/format.ts';
import { intakeKeys, useFieldTeams } from './queries.ts';

function useColumns(): Column<IntakeSummary>[] {
  const { t, tp, dateTime } = useI18n();
  return [
    {
      key: 'reference',
      header: t('intakes.reference'),
      cell: (i) => <Link to={`/intakes/${i.id}`}>{i.reference}</Link>,
      sortValue: (i) => i.reference,
      className: 'nowrap',
    },
    {
      key: 'submitted',
      header: t('intakes.submitted'),
      cell: (i) => dateTime(i.submittedAt),
      sortValue: (i) => i.submittedAt,
      className: 'nowrap',
    },
    {
      key: 'applicant',
      header: t('intakes.applicant'),
      cell: (i) => (
        <>
          {i.applicantName}
          <div className="hint">{formatAddress(i.address)}</div>
        </>
      ),
      sortValue: (i) => i.applicantName,
    },
    {
      key: 'help',
      header: t('intakes.help'),
      cell: (i) => (
        <>
          {i.help.map((h) => t(`intakeHelp.${h}`)).join(', ')}
          {i.attachmentCount ? <div className="hint">{tp('intakes.files', i.attachmentCount)}</div> : null}
        </>
      ),
    },
    {
      key: 'status',
      header: t('intakes.status'),
      cell: (i) => (
        <>
          {t(`intakeStatus.${i.status}`)}
          {i.assignedWorkerName ? <div className="hint">{i.assignedWorkerName}</div> : null}
        </>
      ),
      sortValue: (i) => t(`intakeStatus.${i.status}`),
    },
    {
      key: 'team',
      header: t('intakes.team'),
      cell: (i) => i.fieldTeamName ?? t('intakes.noTeam'),
      sortValue: (i) => i.fieldTeamName,
    },
  ];
}

/**
 * Online applications for the field team, oldest first: by default the signed-in worker's own
 * team; also every team, those whose address no team serves, or one team; by status.
 */
export function IntakesPage() {
  const { t, tp } = useI18n();
  const [params, setParams] = useSearchParams();
  const scope = params.get('scope') ?? 'mine';
  const status = params.get('status') ?? '';
  const teams = useFieldTeams();
  const query: IntakeListQuery = {
    all: scope === 'all' ? 'true' : undefined,
    unassigned: scope === 'none' ? 'true' : undefined,
    fieldTeamId: !['mine', 'all', 'none'].includes(scope) ? scope : undefined,
    status: (status || undefined) as IntakeListQuery['status'],
    limit: 50,
  };
  const list = useCursorQuery(intakeKeys.list(scope, status), (after, signal) =>
    intakeApi.list({ ...query, after }, signal),
  );
  const columns = useColumns();

  const set = (key: string, value: string) => {
    const p = new URLSearchParams(params);
    if (value) p.set(key, value);
    else p.delete(key);
    setParams(p, { replace: true });
  };

  return (
    <Page title={t('intakes.title')} lead={t('intakes.lead')}>
      <div className="filters field-row">
        <SelectField
          id={fieldId('scope')}
          label={t('intakes.scope')}
          value={scope}
          onValue={(v) => set('scope', v === 'mine' ? '' : v)}
          options={[
            { value: 'mine', label: t('intakes.scope.mine') },
            { value: 'all', label: t('intakes.scope.all') },
            { value: 'none', label: t('intakes.scope.none') },
            ...teams.map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
        <SelectField
          id={fieldId('status')}
          label={t('intakes.status')}
          value={status}
          onValue={(v) => set('status', v)}
          options={[
            { value: '', label: t('intakes.status.any') },
            ...INTAKE_STATUSES.map((s) => ({ value: s, label: t(`intakeStatus.${s}`) })),
          ]}
        />
      </div>
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      <p className="result-count" role="status">
        {list.loaded ? tp('intakes.count', list.items.length) : ''}
      </p>
      {list.items.length ? <PagedTable caption={t('intakes.caption')} columns={columns} list={list} /> : null}
      {list.loading && !list.loaded ? <Loading /> : null}
    </Page>
  );
}
