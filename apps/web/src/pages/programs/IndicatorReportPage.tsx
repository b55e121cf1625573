import { useParams } from 'react-router-dom';
import { programsApi } from '../../api/programs.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { useIndicatorReport } from './queries.ts';

/** The indicator report for the funder: targets against what was achieved, and who took part. */
export function IndicatorReportPage() {
  const { id = '' } = useParams();
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
      <DataTable caption={t('prg.report')}>
        <thead>
          <tr>
            <th scope="col">{t('prg.indicator')}</th>
            <th scope="col">{t('prg.target')}</th>
            <th scope="col">{t('prg.achieved')}</th>
            <th scope="col">{t('prg.percent')}</th>
          </tr>
        </thead>
        <tbody>
          {r.rows.map((x) => (
            <tr key={x.key}>
              <th scope="row">{rowName(x.key, x.name)}</th>
              <td>{x.target}</td>
              <td>{x.achieved}</td>
              <td>{x.percent === null ? '—' : `${x.percent}%`}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <DataTable caption={t('prg.participants')}>
        <thead>
          <tr>
            <th scope="col">{t('prg.person')}</th>
            <th scope="col">{t('prg.joinedOn')}</th>
            <th scope="col">{t('prg.status')}</th>
            <th scope="col">{t('prg.supports')}</th>
          </tr>
        </thead>
        <tbody>
          {r.participants.map((x) => (
            <tr key={x.personId}>
              <th scope="row">
                {x.surname} {x.firstName}
              </th>
              <td>{date(x.joinedOn)}</td>
              <td>{t(`prg.status.${x.status}`)}</td>
              <td>{x.supports}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </Page>
  );
}
