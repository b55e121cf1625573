import { Link, useParams, useSearchParams } from 'react-router-dom';
import { reportsApi } from '../../api/reports.ts';
import type { I18n, Translate } from '../../app/i18n.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Page } from '../../components/page.tsx';
import { DrillList, type Kind } from './drill-list.tsx';
import { reportKeys } from './queries.ts';

// The list behind a dashboard figure: the persons or families helped and the payments of a
// benefit in a month, a worker's caseload, the applications whose deadline has passed or is near,
// the counselling visits of a month. Its length (or the sum of its amounts) is the figure.

type T = Translate;

/** The series a figure is (as the dashboard labels it) and what its list holds. */
function figureOf(t: T, tk: I18n['tk'], figure: string): { series: string; kind: Kind } {
  const [group = '', which = ''] = figure.split('.');
  if (group === 'payments')
    return { series: t('dashboard.series.zloty', { name: tk('benefit', which) }), kind: 'payments' };
  if (group === 'deadlines')
    return {
      series: t('dashboard.series.cases', { name: tk('reporting.chart', which) }),
      kind: 'applications',
    };
  if (group === 'appointments')
    return {
      series: t('dashboard.series.visits', { name: tk('reporting.chart', which) }),
      kind: 'appointments',
    };
  if (which === 'persons') return { series: t('dashboard.series.personsInFamilies'), kind: 'persons' };
  return { series: t('dashboard.series.families'), kind: 'families' };
}

export function DashboardListPage() {
  const { t, tk } = useI18n();
  const { figure = '' } = useParams();
  const [params] = useSearchParams();
  const month = params.get('month') ?? undefined;
  const category = params.get('category') ?? undefined;
  const { series, kind } = figureOf(t, tk, figure);
  const title = month
    ? t('dashboard.list.title', { month: `${month.slice(5)}.${month.slice(0, 4)}`, series })
    : t('dashboard.list.titleOf', { series, category: params.get('label') ?? '' });
  const back = month ? `/reports/dashboard?year=${month.slice(0, 4)}` : '/reports/dashboard';
  return (
    <Page title={title}>
      <p>
        <Link to={back}>{t('dashboard.list.back')}</Link>
      </p>
      <DrillList
        queryKey={reportKeys.drill('dashboard', figure, month, category)}
        fetchPage={(after, signal) =>
          reportsApi.dashboardList(figure, { month, category, after, limit: 100 }, signal)
        }
        kind={kind}
        title={title}
      />
    </Page>
  );
}
