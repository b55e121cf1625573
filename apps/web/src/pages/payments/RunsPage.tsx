import { OpenRun } from '@ostoja/domain/payments/schemas';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, withQuery } from '../../api/client.ts';
import type { RunSummary } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { currentMonth, MoneyCell, MoneyHead, useMonthName } from './shared.tsx';

/** Opens the month's run (or finds the one already open) and goes to it. */
function OpenRunForm() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [month, setMonth] = useState(currentMonth());
  const { state, run, invalid } = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(OpenRun, { month }, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      const r = await api.post<RunSummary & { created: boolean }>('/api/v1/payment-runs', v.data);
      navigate(`/payments/runs/${r.id}`, { state: { created: r.created } });
    });
  }
  return (
    <section aria-labelledby="open-run-h" className="card">
      <h2 id="open-run-h">{t('runs.open.title')}</h2>
      <p className="hint">{t('runs.open.hint')}</p>
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="inline-form">
        <TextField
          id={fieldId('month')}
          label={t('pay.month')}
          hint={t('pay.monthHint')}
          type="month"
          value={month}
          onValue={setMonth}
          error={state.errors.month}
          required
        />
        <button type="submit" className="button primary" disabled={state.busy}>
          {t('runs.open.submit')}
        </button>
      </form>
    </section>
  );
}

function RunsTable({ runs }: { runs: RunSummary[] }) {
  const { t, tp, dateTime } = useI18n();
  const monthName = useMonthName();
  return (
    <DataTable caption={t('runs.table')}>
      <thead>
        <tr>
          <th scope="col">{t('run.number')}</th>
          <th scope="col">{t('pay.month')}</th>
          <th scope="col">{t('pay.status')}</th>
          <th scope="col">{t('run.items')}</th>
          <MoneyHead>{t('run.net')}</MoneyHead>
          <th scope="col">{t('run.opened')}</th>
          <th scope="col">{t('run.approved')}</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id}>
            <td>
              <Link to={`/payments/runs/${r.id}`}>{r.number}</Link>
            </td>
            <td>{monthName(r.month)}</td>
            <td>{t(`payments.runStatus.${r.status}`)}</td>
            <td>{tp('pay.count.items', r.itemCount)}</td>
            <MoneyCell grosze={r.netAmount} />
            <td>
              {dateTime(r.openedAt)}, {r.openedByName}
            </td>
            <td>{r.approvedAt ? `${dateTime(r.approvedAt)}, ${r.approvedByName ?? ''}` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function RunsPage() {
  const { t, locale } = useI18n();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? '';
  const [filter, setFilter] = useState(month);
  const [filterError, setFilterError] = useState<string>();
  const runs = useApi<{ items: RunSummary[] }>(withQuery('/api/v1/payment-runs', { month }));

  function applyFilter(e: FormEvent) {
    e.preventDefault();
    if (filter === '') return setParams({});
    const v = validate(OpenRun, { month: filter }, locale);
    if (!v.ok) return setFilterError(v.errors.month);
    setFilterError(undefined);
    setParams({ month: v.data.month });
  }

  return (
    <Page
      title={t('runs.title')}
      lead={t('runs.lead')}
      actions={
        <>
          {can('payments.manage') ? (
            <Link to="/payments/deaths" className="button secondary">
              {t('deaths.title')}
            </Link>
          ) : null}
          <Link to="/payments/accounting" className="button secondary">
            {t('acct.title')}
          </Link>
        </>
      }
    >
      {can('payments.manage') ? <OpenRunForm /> : null}
      <section aria-labelledby="runs-h">
        <h2 id="runs-h">{t('runs.listTitle')}</h2>
        <search>
          <form onSubmit={applyFilter} noValidate className="inline-form" aria-label={t('runs.filter')}>
            <TextField
              id="f-filter-month"
              label={t('runs.filterMonth')}
              hint={t('runs.filterHint')}
              type="month"
              value={filter}
              onValue={setFilter}
              error={filterError}
            />
            <button type="submit" className="button secondary">
              {t('runs.filterApply')}
            </button>
          </form>
        </search>
        {runs.error ? <LoadError error={runs.error} onRetry={runs.reload} /> : null}
        {!runs.data && !runs.error ? <Loading /> : null}
        {runs.data ? (
          runs.data.items.length ? (
            <RunsTable runs={runs.data.items} />
          ) : (
            <p className="empty">{month ? t('runs.noneInMonth') : t('runs.none')}</p>
          )
        ) : null}
      </section>
    </Page>
  );
}
