import type { IndicatorReport } from '@ostoja/domain/programs/programme';
import { programsApi } from '../../api/programs.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { type Column, ColumnTable } from '../../components/kit/column-table.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { Page } from '../../components/page.tsx';
import { useIndicatorReport } from './queries.ts';

type Row = IndicatorReport['rows'][number];
type Participant = IndicatorReport['participants'][number];

/** The indicator report for the funder: targets against what was achieved, and who took part. */
export function IndicatorReportPage() {
  const id = useRouteId();
  const { t, date } = useI18n();
  const q = useIndicatorReport(id);
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Loading />;
  const r = q.data;
  const rowName = (key: string, name: string) =>
    key === 'participants'
      ? t('prg.row.participants')
      : key === 'completions'
        ? t('prg.row.completions')
        : name;
  const indicatorColumns: Column<Row>[] = [
    { key: 'indicator', header: t('prg.indicator'), cell: (x) => rowName(x.key, x.name), rowHeader: true },
    { key: 'target', header: t('prg.target'), cell: (x) => x.target },
    { key: 'achieved', header: t('prg.achieved'), cell: (x) => x.achieved },
    { key: 'percent', header: t('prg.percent'), cell: (x) => (x.percent === null ? '—' : `${x.percent}%`) },
  ];
  const participantColumns: Column<Participant>[] = [
    { key: 'person', header: t('prg.person'), cell: (x) => `${x.surname} ${x.firstName}`, rowHeader: true },
    { key: 'joinedOn', header: t('prg.joinedOn'), cell: (x) => date(x.joinedOn) },
    { key: 'status', header: t('prg.status'), cell: (x) => t(`prg.status.${x.status}`) },
    { key: 'supports', header: t('prg.supports'), cell: (x) => x.supports },
  ];
  return (
    <Page
      title={`${t('prg.report')}: ${r.programme.name}`}
      lead={t('prg.asOf', { date: date(r.asOf) })}
      actions={
        <a className="button secondary" href={programsApi.reportPdfUrl(id)} target="_blank" rel="noreferrer">
          {t('prg.reportPdf')}
        </a>
      }
    >
      <ColumnTable caption={t('prg.report')} columns={indicatorColumns} rows={r.rows} rowKey={(x) => x.key} />
      <ColumnTable
        caption={t('prg.participants')}
        columns={participantColumns}
        rows={r.participants}
        rowKey={(x) => x.personId}
      />
    </Page>
  );
}
