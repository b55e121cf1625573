import { INTAKE_STATUSES } from '@ostoja/domain/portal/intake';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, api, type Page as ListPage, withQuery } from '../../api/client.ts';
import type { IntakeSummary } from '../../api/intake.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { formatAddress } from '../../lib/format.ts';
import { useApi } from '../../lib/use-api.ts';

interface OrgUnit {
  id: string;
  kind: string;
  name: string;
}

/**
 * Online applications for the field team, oldest first: by default the signed-in worker's own
 * team; also every team, those whose address no team serves, or one team; by status.
 */
export function IntakesPage() {
  const { t, tp, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const scope = params.get('scope') ?? 'mine';
  const status = params.get('status') ?? '';
  const units = useApi<{ items: OrgUnit[] }>('/api/v1/org-units');
  const teams = (units.data?.items ?? []).filter((u) => u.kind === 'fieldTeam');
  const [items, setItems] = useState<IntakeSummary[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);

  const query = {
    all: scope === 'all' ? 'true' : undefined,
    unassigned: scope === 'none' ? 'true' : undefined,
    fieldTeamId: !['mine', 'all', 'none'].includes(scope) ? scope : undefined,
    status: status || undefined,
    limit: 50,
  };
  const path = withQuery('/api/v1/intakes', query);

  async function load(after: string | null) {
    setLoading(true);
    setError(undefined);
    try {
      const page = await api.get<ListPage<IntakeSummary>>(
        after ? `${path}&after=${encodeURIComponent(after)}` : path,
      );
      setItems((old) => (after ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', ''));
    } finally {
      setLoading(false);
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: the list starts over when the filters change
  useEffect(() => {
    load(null);
  }, [path]);

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
      {error ? <LoadError error={error} onRetry={() => load(null)} /> : null}
      <p className="result-count" role="status">
        {loading && !items.length ? '' : tp('intakes.count', items.length)}
      </p>
      {items.length ? (
        <DataTable caption={t('intakes.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('intakes.reference')}</th>
              <th scope="col">{t('intakes.submitted')}</th>
              <th scope="col">{t('intakes.applicant')}</th>
              <th scope="col">{t('intakes.help')}</th>
              <th scope="col">{t('intakes.status')}</th>
              <th scope="col">{t('intakes.team')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td className="nowrap">
                  <Link to={`/intakes/${i.id}`}>{i.reference}</Link>
                </td>
                <td className="nowrap">{dateTime(i.submittedAt)}</td>
                <td>
                  {i.applicantName}
                  <div className="hint">{formatAddress(i.address)}</div>
                </td>
                <td>
                  {i.help.map((h) => t(`intakeHelp.${h}`)).join(', ')}
                  {i.attachmentCount ? (
                    <div className="hint">{tp('intakes.files', i.attachmentCount)}</div>
                  ) : null}
                </td>
                <td>
                  {t(`intakeStatus.${i.status}`)}
                  {i.assignedWorkerName ? <div className="hint">{i.assignedWorkerName}</div> : null}
                </td>
                <td>{i.fieldTeamName ?? t('intakes.noTeam')}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {loading ? <Loading /> : null}
      {next && !loading ? (
        <button type="button" className="button secondary" onClick={() => load(next)}>
          {t('action.loadMore')}
        </button>
      ) : null}
    </Page>
  );
}
