import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { AMOUNT } from '../../components/kit/columns.ts';
import { MonthField } from '../../components/kit/month-field.tsx';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { useFamilyBenefitReport } from './queries.ts';

// The sprawozdanie rzeczowo-finansowe of family benefits for the months chosen (a year: January to
// December; a month: the same month twice): per benefit and dodatek, how many, to how many
// families, and the amount — counted by the server from the decisions in force.

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function ReportPage() {
  const { t, money } = useI18n();
  const year = todayIso().slice(0, 4);
  const [from, setFrom] = useState(`${year}-01`);
  const [to, setTo] = useState(todayIso().slice(0, 7));
  const valid = MONTH.test(from) && MONTH.test(to);
  const report = useFamilyBenefitReport(from, to, valid);
  const r = report.data;
  return (
    <Page title={t('fb.report')} lead={t('fb.reportLead')}>
      <div className="field-row">
        <MonthField id="fb-report-from" label={t('fb.reportFrom')} value={from} onValue={setFrom} />
        <MonthField id="fb-report-to" label={t('fb.reportTo')} value={to} onValue={setTo} />
      </div>
      {report.error ? <LoadError error={report.error} onRetry={() => report.refetch()} /> : null}
      {valid && report.isLoading ? <Loading /> : null}
      {r && !r.rows.length ? <p className="empty">{t('fb.reportNone')}</p> : null}
      {r?.rows.length ? (
        <>
          <ColumnTable
            caption={t('fb.reportCaption', { from: r.from, to: r.to })}
            compact
            rows={r.rows}
            rowKey={(x) => x.kind}
            columns={[
              { key: 'kind', header: t('fb.reportKind'), cell: (x) => t(`familyBenefits.kind.${x.kind}`) },
              { key: 'count', header: t('fb.reportCount'), cell: (x) => String(x.count), ...AMOUNT },
              { key: 'families', header: t('fb.reportFamilies'), cell: (x) => String(x.families), ...AMOUNT },
              { key: 'amount', header: t('fb.amount'), cell: (x) => money(x.amount), ...AMOUNT },
            ]}
          />
          <p>
            {t('fb.reportTotal')}: <strong data-testid="fb-report-total">{money(r.totalAmount)}</strong>
          </p>
        </>
      ) : null}
    </Page>
  );
}
