import { OpenRun } from '@ostoja/domain/payments/schemas';
import { useNavigate } from 'react-router-dom';
import { paymentsApi, type RunSummary } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { amountColumn } from '../../components/kit/columns.ts';
import { FormCard } from '../../components/kit/form-card.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { recordPath } from '../../components/kit/record-path.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { useMonthFilter } from './month-filter.tsx';
import { paymentsKeys, usePaymentsSaved, useRuns } from './queries.ts';
import { currentMonth, useMonthName } from './shared.tsx';

/** Opens the month's run (or finds the one already open) and goes to it. */
function OpenRunForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const saved = usePaymentsSaved();
  const f = useEditForm({
    schema: OpenRun,
    defaultValues: { month: currentMonth() },
    save: (body) => paymentsApi.openRun(body),
    onSaved: (r) => {
      saved(paymentsKeys.run(r.id), r);
      navigate(`/payments/runs/${r.id}`, { state: { created: r.created } });
    },
  });
  return (
    <FormCard
      headingId="open-run-h"
      title={t('runs.open.title')}
      lead={<p className="hint">{t('runs.open.hint')}</p>}
      form={f}
      submitLabel={t('runs.open.submit')}
      requiredNote={false}
    >
      <MonthField {...f.bind('month')} label={t('pay.month')} hint={t('pay.monthHint')} required />
    </FormCard>
  );
}

function RunsTable({ runs }: { runs: RunSummary[] }) {
  const { t, tp, dateTime, money } = useI18n();
  const monthName = useMonthName();
  return (
    <ColumnTable
      caption={t('runs.table')}
      rows={runs}
      columns={[
        linkColumn<RunSummary>('number', t('run.number'), (r) => r.number, recordPath('/payments/runs')),
        { key: 'month', header: t('pay.month'), cell: (r) => monthName(r.month) },
        { key: 'status', header: t('pay.status'), cell: (r) => t(`payments.runStatus.${r.status}`) },
        { key: 'items', header: t('run.items'), cell: (r) => tp('pay.count.items', r.itemCount) },
        amountColumn('netAmount', t('run.net'), money, 'net'),
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
  const { t } = useI18n();
  const { can } = useAuth();
  const [month, monthFilter] = useMonthFilter(OpenRun, '', {
    id: 'f-filter-month',
    label: t('runs.filterMonth'),
    hint: t('runs.filterHint'),
    submit: t('runs.filterApply'),
    landmark: t('runs.filter'),
  });
  const runs = useRuns(month);

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
        {monthFilter}
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
