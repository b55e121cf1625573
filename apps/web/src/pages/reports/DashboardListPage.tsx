import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Page } from '../../components/page.tsx';
import { DrillList } from './drill-list.tsx';
import { apiBase } from './shared.tsx';

// The list behind a dashboard figure in a month: the persons or families helped, or the
// payments of a benefit. Its length (or the sum of its amounts) is the figure on the dashboard.

export function DashboardListPage() {
  const { t } = useI18n();
  const { figure = '' } = useParams();
  const month = useSearchParams()[0].get('month') ?? '';
  const [group = '', which = ''] = figure.split('.');
  const series =
    group === 'payments'
      ? t('dashboard.series.zloty', { name: t(`benefit.${which}`) })
      : t(which === 'persons' ? 'dashboard.series.personsInFamilies' : 'dashboard.series.families');
  const kind = group === 'payments' ? 'payments' : which === 'persons' ? 'persons' : 'families';
  const title = t('dashboard.list.title', { month: `${month.slice(5)}.${month.slice(0, 4)}`, series });
  const path = `${apiBase}/dashboard/lists/${encodeURIComponent(figure)}?month=${encodeURIComponent(month)}&limit=100`;
  return (
    <Page title={title}>
      <p>
        <Link to={`/reports/dashboard?year=${month.slice(0, 4)}`}>{t('dashboard.list.back')}</Link>
      </p>
      <DrillList path={path} kind={kind} title={title} />
    </Page>
  );
}
