import type { DpsCostReport } from '@ostoja/domain/services/dps';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId } from '../../components/fields.tsx';
import { amountColumn, dateColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { wholeList } from '../../components/kit/whole-list.ts';
import { Page } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { useMonthlyCost } from './queries.ts';

type Row = DpsCostReport['items'][number];

/** What the gmina pays in a month for each resident it referred, and the total for the budget. */
export function DpsCostPage() {
  const { t, date, money } = useI18n();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const report = useMonthlyCost(month);
  const columns: Column<Row>[] = [
    linkColumn<Row>('name', t('dps.person'), listName, (r) => `/dps/referrals/${r.referralId}`),
    { key: 'home', header: t('dps.home'), cell: (r) => r.homeName },
    dateColumn('admittedOn', t('dps.admittedOn'), date),
    amountColumn('monthlyGminaGrosze', t('dps.gminaMonthly'), money, 'monthly'),
    amountColumn('gminaGrosze', t('dps.costInMonth'), money, 'inMonth'),
  ];
  const list = wholeList(report.data?.items, report.isLoading);
  return (
    <Page title={t('dps.costTitle')} lead={t('dps.costLead')}>
      <MonthField id={fieldId('month')} label={t('dps.month')} value={month} onValue={setMonth} />
      {report.error ? <LoadError error={report.error} onRetry={() => report.refetch()} /> : null}
      {report.isLoading ? <Loading /> : null}
      {report.data && !report.data.items.length ? <p className="empty">{t('dps.costNone')}</p> : null}
      {report.data?.items.length ? (
        <>
          <PagedTable
            caption={t('dps.costTitle')}
            columns={columns}
            list={list}
            rowKey={(r) => r.referralId}
          />
          <p className="total">
            <strong>
              {t('dps.total')}: <span data-testid="dps-total">{money(report.data.totalGrosze)}</span>
            </strong>
          </p>
        </>
      ) : null}
    </Page>
  );
}
