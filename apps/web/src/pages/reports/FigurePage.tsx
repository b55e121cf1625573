import {
  drillKind,
  isServiceSection,
  type MrpipsSection,
  type ServiceSection,
} from '@ostoja/domain/reporting/mrpips';
import { Link, useParams } from 'react-router-dom';
import { reportsApi } from '../../api/reports.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Page } from '../../components/page.tsx';
import { DrillList, type Kind } from './drill-list.tsx';
import { reportKeys } from './queries.ts';
import { apiBase } from './shared.tsx';

// The list behind one MRPiPS-03 figure ("section.row.column"), a page at a time, with exports.

const kindOf = (section: string, row: string, column: string): Kind =>
  drillKind({ section: section as MrpipsSection, row, column });

export function FigurePage() {
  const { t, tk } = useI18n();
  const { year = '', period = '', figure = '' } = useParams();
  const [section = '', row = '', column = ''] = figure.split('.');
  const rowLabel =
    section === 'socialWork' || section === 'contracts'
      ? tk(`mrpips.${section}`, row)
      : isServiceSection(section as MrpipsSection)
        ? tk(`mrpips.${section as ServiceSection}`, row)
        : row === 'total' && section !== 'familyTypes'
          ? t('mrpips.row.total')
          : section === 'staffing'
            ? tk('position', row)
            : section === 'benefits'
              ? tk('benefit', row)
              : section === 'reasons'
                ? `${row}. ${tk('helpReason', row)}`
                : tk('mrpips.family', row);
  const title = t('reports.drill.title', { row: rowLabel, column: tk('mrpips.col', column) });
  const base = `${apiBase}/mrpips-03/${year}/${period}/figures/${encodeURIComponent(figure)}`;
  const periodName = t(`reports.mrpips.period.${period === 'H1' ? 'H1' : 'Y'}`);
  return (
    <Page
      title={title}
      lead={t('reports.drill.lead', { year, period: periodName })}
      actions={
        <>
          <a className="button secondary" href={`${base}/export?format=csv`} download>
            {t('reports.drill.exportCsv')}
          </a>
          <a className="button secondary" href={`${base}/export?format=xlsx`} download>
            {t('reports.drill.exportXlsx')}
          </a>
        </>
      }
    >
      <p>
        <Link to={`/reports/mrpips?year=${year}&period=${period}`}>{t('reports.drill.back')}</Link>
      </p>
      <DrillList
        queryKey={reportKeys.drill('mrpips', year, period, figure)}
        fetchPage={(after, signal) =>
          reportsApi.figure(Number(year), period === 'H1' ? 'H1' : 'Y', figure, { after, limit: 100 }, signal)
        }
        kind={kindOf(section, row, column)}
        title={title}
      />
    </Page>
  );
}
