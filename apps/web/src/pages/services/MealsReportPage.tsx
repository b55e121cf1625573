import { useState } from 'react';
import { mealsApi } from '../../api/meals.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { TextField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { useMealsReport } from './meals-queries.ts';

/** The programme's yearly report for the voivode: persons, meals and cost by form of help. */
export function MealsReportPage() {
  const { t, money } = useI18n();
  const [year, setYear] = useState(todayIso().slice(0, 4));
  const valid = /^\d{4}$/.test(year) && Number(year) >= 2019;
  const report = useMealsReport(valid ? Number(year) : 2019);
  const r = report.data;
  return (
    <Page title={t('ml.reportTitle')} lead={t('ml.reportLead')}>
      <div className="field-row">
        <TextField id="ml-year" label={t('ml.year')} inputMode="numeric" value={year} onValue={setYear} />
      </div>
      {report.error ? <LoadError error={report.error} onRetry={() => report.refetch()} /> : null}
      {r && valid ? (
        <>
          <ColumnTable
            caption={t('meals.report.title', { year: r.year })}
            showCaption
            columns={[
              {
                key: 'line',
                header: t('meals.report.line'),
                rowHeader: true,
                cell: (l) => t(`meals.line.${l.line}`),
              },
              { key: 'persons', header: t('meals.report.persons'), className: 'num', cell: (l) => l.persons },
              { key: 'meals', header: t('meals.report.meals'), className: 'num', cell: (l) => l.meals },
              {
                key: 'cost',
                header: t('meals.report.cost'),
                className: 'num',
                cell: (l) => money(l.costGrosze),
              },
            ]}
            rows={r.lines}
            rowKey={(l) => l.line}
            foot={
              <tr>
                <th scope="row">{t('meals.report.total')}</th>
                <td className="num">{r.persons}</td>
                <td className="num">{r.meals}</td>
                <td className="num">{money(r.costGrosze)}</td>
              </tr>
            }
          />
          <p>{t('meals.report.exceptions', { n: r.exceptionPupils })}</p>
          <p>
            <a href={mealsApi.reportPdfUrl(r.year)} target="_blank" rel="noreferrer">
              {t('ml.reportPdf')}
            </a>
          </p>
        </>
      ) : null}
    </Page>
  );
}
