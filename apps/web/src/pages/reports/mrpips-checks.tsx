import { Link } from 'react-router-dom';
import type { MrpipsReportData } from '../../api/reports.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';

// MRPiPS-03's cross-checks above the sections: the rules the ministry's validation applies that
// the figures fail (each with a link to the list behind the figure), or that all of them hold.

export function MrpipsChecks({
  report,
  figureLink,
}: {
  report: MrpipsReportData;
  figureLink: (figure: string) => string;
}) {
  const { t } = useI18n();
  const { can } = useAuth();
  if (report.checks.length === 0)
    return (
      <Alert kind="success" title={t('mrpips.checks.title')}>
        <p>{t('mrpips.checks.ok')}</p>
      </Alert>
    );
  return (
    <Alert kind="warning" title={t('mrpips.checks.title')}>
      <p>{t('mrpips.checks.failed', { count: report.checks.length })}</p>
      <ul>
        {report.checks.map((c) => (
          <li key={`${c.rule}-${c.figure}`}>
            {can('reports.drilldown') ? <Link to={figureLink(c.figure)}>{c.message}</Link> : c.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
