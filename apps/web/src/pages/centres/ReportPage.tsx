import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Facts } from '../../components/kit/details.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { Page } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { useFacility, useReport } from './queries.ts';

/** The month at a place: attendance, participants, fees, and what a place and a day cost. */
export function ReportPage() {
  const id = useRouteId();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? todayIso().slice(0, 7);
  const { t, money, locale } = useI18n();
  const facility = useFacility(id);
  const report = useReport(id, month);
  if (facility.error) return <LoadError error={facility.error} onRetry={() => facility.refetch()} />;
  if (!facility.data) return <Loading />;
  const r = report.data;
  const num = (n: number) => n.toLocaleString(locale);
  return (
    <Page
      title={t('ctr.reportTitle', { name: facility.data.name })}
      lead={<Link to={`/facilities/${id}`}>{facility.data.name}</Link>}
    >
      <MonthField
        id="report-month"
        label={t('ctr.month')}
        className="w-short"
        value={month}
        onValue={(m) => setParams(m ? { month: m } : {}, { replace: true })}
      />
      {report.error ? <LoadError error={report.error} onRetry={() => report.refetch()} /> : null}
      {r ? (
        <>
          <Facts
            items={[
              [t('ctr.r.openDays'), r.openDays],
              [t('ctr.r.attendanceDays'), r.attendanceDays],
              [t('ctr.r.participants'), r.participants],
              [t('ctr.r.averageDaily'), num(r.averageDaily)],
              [
                t('ctr.r.occupancy'),
                t('ctr.r.occupancyValue', { pct: num(r.occupancyPct), capacity: r.capacity }),
              ],
              [t('ctr.monthlyCost'), money(r.monthlyCostGrosze)],
              [t('ctr.r.costPerPlace'), money(r.costPerPlaceGrosze)],
              [
                t('ctr.r.costPerDay'),
                r.costPerAttendanceDayGrosze === null ? '—' : money(r.costPerAttendanceDayGrosze),
              ],
              [t('ctr.r.fees'), money(r.feesGrosze)],
            ]}
          />
          {r.rows.length ? (
            <ColumnTable
              caption={t('ctr.r.rows')}
              rows={r.rows}
              rowKey={(x) => x.personId}
              columns={[
                { key: 'person', header: t('ctr.person'), cell: (x) => listName(x) },
                { key: 'present', header: t('ctr.r.daysPresent'), cell: (x) => x.daysPresent },
                { key: 'absent', header: t('ctr.r.daysAbsent'), cell: (x) => x.daysAbsent },
                { key: 'fee', header: t('ctr.r.fee'), cell: (x) => money(x.feeGrosze) },
              ]}
            />
          ) : (
            <p className="empty">{t('ctr.r.none')}</p>
          )}
        </>
      ) : report.isLoading ? (
        <Loading />
      ) : null}
    </Page>
  );
}
