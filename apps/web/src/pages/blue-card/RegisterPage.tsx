import { Link } from 'react-router-dom';
import { blueCardApi } from '../../api/blue-card.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { Page } from '../../components/page.tsx';
import { BlueCardSections, useYear, YearSelect } from './common.tsx';
import { blueCardKeys } from './queries.ts';

/** The register of a year in number order (only the procedures one sees), with its CSV export. */
export function RegisterPage() {
  const { date, t, tk, tp } = useI18n();
  const [year, setYear] = useYear();
  const reg = useRead(blueCardKeys.register(Number(year)), (s) => blueCardApi.register(Number(year), s));
  return (
    <Page title={t('blueCards.register.title', { year })} lead={t('blueCards.register.lead')}>
      <BlueCardSections />
      <YearSelect year={year} onYear={setYear} />
      <p>
        <a
          className="button secondary"
          href={blueCardApi.registerCsvUrl(Number(year))}
          download={`rejestr-niebieskich-kart-${year}.csv`}
        >
          {t('blueCards.register.export', { year })}
        </a>
      </p>
      {reg.error ? <LoadError error={reg.error} onRetry={() => reg.refetch()} /> : null}
      {!reg.data && !reg.error ? <Loading /> : null}
      {reg.data ? (
        <>
          <p className="result-count">
            {reg.data.items.length
              ? tp('blueCards.count.procedures', reg.data.items.length)
              : t('blueCards.register.empty')}
          </p>
          {reg.data.items.length ? (
            <ColumnTable
              compact
              caption={t('blueCards.register.caption', { year })}
              rows={reg.data.items}
              columns={[
                {
                  key: 'number',
                  header: t('blueCard.register.number'),
                  className: 'nowrap',
                  cell: (r) => <Link to={`/blue-cards/${r.id}`}>{r.number}</Link>,
                },
                { key: 'openedOn', header: t('blueCard.register.openedOn'), cell: (r) => date(r.openedOn) },
                {
                  key: 'initiator',
                  header: t('blueCard.register.initiator'),
                  cell: (r) => tk('blueCard.initiator', r.initiatorKind),
                },
                {
                  key: 'institution',
                  header: t('blueCard.register.institution'),
                  cell: (r) => r.initiatorInstitution,
                },
                {
                  key: 'status',
                  header: t('blueCard.register.status'),
                  cell: (r) => t(`blueCard.status.${r.status}`),
                },
                {
                  key: 'closure',
                  header: t('blueCard.register.closure'),
                  cell: (r) => (r.closureReason ? tk('blueCard.closure', r.closureReason) : '—'),
                },
                {
                  key: 'closedOn',
                  header: t('blueCard.register.closedOn'),
                  cell: (r) => (r.closedOn ? date(r.closedOn) : '—'),
                },
                { key: 'victims', header: t('blueCard.register.victims'), cell: (r) => r.victims ?? '—' },
                {
                  key: 'perpetrators',
                  header: t('blueCard.register.perpetrators'),
                  cell: (r) => r.perpetrators ?? '—',
                },
              ]}
            />
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
