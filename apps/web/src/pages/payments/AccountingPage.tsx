import { AccountingQuery } from '@ostoja/domain/payments/schemas';
import { withQuery } from '../../api/client.ts';
import type { AccountingTotals } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { useMonthFilter } from './month-filter.tsx';
import { useAccounting } from './queries.ts';
import { currentMonth, FileButton, MoneyCell, MoneyHead, useMonthName } from './shared.tsx';

const COLUMNS = ['gross', 'deductions', 'net', 'transfer', 'cash', 'returned'] as const;

function TotalsTable({ data }: { data: AccountingTotals }) {
  const { t, tk } = useI18n();
  const monthName = useMonthName();
  return (
    <DataTable caption={t('acct.table', { month: monthName(data.month) })}>
      <thead>
        <tr>
          <th scope="col">{t('pay.benefit')}</th>
          <th scope="col">{t('acct.classification')}</th>
          <th scope="col">{t('acct.payments')}</th>
          {COLUMNS.map((c) => (
            <MoneyHead key={c}>{t(`acct.${c}`)}</MoneyHead>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((r) => (
          <tr key={r.benefit}>
            <td>{tk('benefit', r.benefit)}</td>
            <td className="mono">
              {r.dzial} / {r.rozdzial} / § {r.paragraf}
            </td>
            <td>{r.payments}</td>
            {COLUMNS.map((c) => (
              <MoneyCell key={c} grosze={r[c]} />
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">{t('acct.total')}</th>
          <td />
          <td>{data.total.payments}</td>
          {COLUMNS.map((c) => (
            <MoneyCell key={c} grosze={data.total[c]} />
          ))}
        </tr>
      </tbody>
    </DataTable>
  );
}

/** Monthly totals per benefit with the budget classification; CSV and XLSX for the accounts office. */
export function AccountingPage() {
  const { t } = useI18n();
  const [month, monthFilter] = useMonthFilter(AccountingQuery, currentMonth(), {
    id: fieldId('month'),
    label: t('pay.month'),
    hint: t('pay.monthHint'),
    submit: t('acct.show'),
    required: true,
  });
  const totals = useAccounting(month);
  const file = (format: 'csv' | 'xlsx') => withQuery('/api/v1/accounting/payments', { month, format });
  return (
    <Page title={t('acct.title')} lead={t('acct.lead')}>
      {monthFilter}
      {totals.error ? <LoadError error={totals.error} onRetry={() => totals.refetch()} /> : null}
      {!totals.data && !totals.error ? <Loading /> : null}
      {totals.data ? (
        <Section id="acct" title={t('acct.totals')}>
          {totals.data.rows.length ? (
            <TotalsTable data={totals.data} />
          ) : (
            <p className="empty">{t('acct.none')}</p>
          )}
          <div className="inline-actions">
            <FileButton label={t('acct.csv')} path={file('csv')} />
            <FileButton label={t('acct.xlsx')} path={file('xlsx')} />
          </div>
        </Section>
      ) : null}
    </Page>
  );
}
