import { OpenRun } from '@ostoja/domain/payments/schemas';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { paymentsApi, type RunSummary } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { TextField } from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { withBindings } from '../../components/kit/bindings.ts';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { AMOUNT } from '../../components/kit/columns.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { validate } from '../../lib/forms.ts';
import { paymentsKeys, usePaymentsSaved, useRuns } from './queries.ts';
import { currentMonth, useMonthName } from './shared.tsx';

/** Opens the month's run (or finds the one already open) and goes to it. */
function OpenRunForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const saved = usePaymentsSaved();
  const f = withBindings(
    useEditForm({
      schema: OpenRun,
      defaultValues: { month: currentMonth() },
      toBody: (v) => v,
      save: (body) => paymentsApi.openRun(body),
      onSaved: (r) => {
        saved(paymentsKeys.run(r.id), r);
        navigate(`/payments/runs/${r.id}`, { state: { created: r.created } });
      },
    }),
  );
  return (
    <section aria-labelledby="open-run-h" className="card">
      <h2 id="open-run-h">{t('runs.open.title')}</h2>
      <p className="hint">{t('runs.open.hint')}</p>
      <EditForm form={f} submitLabel={t('runs.open.submit')} requiredNote={false}>
        <TextField
          {...f.bind('month')}
          label={t('pay.month')}
          hint={t('pay.monthHint')}
          type="month"
          required
        />
      </EditForm>
    </section>
  );
}

function RunsTable({ runs }: { runs: RunSummary[] }) {
  const { t, tp, dateTime, money } = useI18n();
  const monthName = useMonthName();
  return (
    <ColumnTable
      caption={t('runs.table')}
      rows={runs}
      rowKey={(r) => r.id}
      columns={[
        {
          key: 'number',
          header: t('run.number'),
          cell: (r) => <Link to={`/payments/runs/${r.id}`}>{r.number}</Link>,
        },
        { key: 'month', header: t('pay.month'), cell: (r) => monthName(r.month) },
        { key: 'status', header: t('pay.status'), cell: (r) => t(`payments.runStatus.${r.status}`) },
        { key: 'items', header: t('run.items'), cell: (r) => tp('pay.count.items', r.itemCount) },
        { key: 'net', header: t('run.net'), ...AMOUNT, cell: (r) => money(r.netAmount) },
        {
          key: 'opened',
          header: t('run.opened'),
          cell: (r) => (
            <>
              {dateTime(r.openedAt)}, {r.openedByName}
            </>
          ),
        },
        {
          key: 'approved',
          header: t('run.approved'),
          cell: (r) => (r.approvedAt ? `${dateTime(r.approvedAt)}, ${r.approvedByName ?? ''}` : '—'),
        },
      ]}
    />
  );
}

export function RunsPage() {
  const { t, locale } = useI18n();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? '';
  const [filter, setFilter] = useState(month);
  const [filterError, setFilterError] = useState<string>();
  const runs = useRuns(month);

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
          {can('payments.manage') ? <ActionLink to="/payments/deaths">{t('deaths.title')}</ActionLink> : null}
          <ActionLink to="/payments/accounting">{t('acct.title')}</ActionLink>
        </>
      }
    >
      {can('payments.manage') ? <OpenRunForm /> : null}
      <Section id="runs" title={t('runs.listTitle')}>
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
        {runs.error ? <LoadError error={runs.error} onRetry={() => runs.refetch()} /> : null}
        {!runs.data && !runs.error ? <Loading /> : null}
        {runs.data ? (
          runs.data.items.length ? (
            <RunsTable runs={runs.data.items} />
          ) : (
            <p className="empty">{month ? t('runs.noneInMonth') : t('runs.none')}</p>
          )
        ) : null}
      </Section>
    </Page>
  );
}
