import { Link } from 'react-router-dom';
import { blueCardApi } from '../../api/blue-card.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
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
            <DataTable caption={t('blueCards.register.caption', { year })} compact>
              <thead>
                <tr>
                  <th scope="col">{t('blueCard.register.number')}</th>
                  <th scope="col">{t('blueCard.register.openedOn')}</th>
                  <th scope="col">{t('blueCard.register.initiator')}</th>
                  <th scope="col">{t('blueCard.register.institution')}</th>
                  <th scope="col">{t('blueCard.register.status')}</th>
                  <th scope="col">{t('blueCard.register.closure')}</th>
                  <th scope="col">{t('blueCard.register.closedOn')}</th>
                  <th scope="col">{t('blueCard.register.victims')}</th>
                  <th scope="col">{t('blueCard.register.perpetrators')}</th>
                </tr>
              </thead>
              <tbody>
                {reg.data.items.map((r) => (
                  <tr key={r.id}>
                    <td className="nowrap">
                      <Link to={`/blue-cards/${r.id}`}>{r.number}</Link>
                    </td>
                    <td>{date(r.openedOn)}</td>
                    <td>{tk('blueCard.initiator', r.initiatorKind)}</td>
                    <td>{r.initiatorInstitution}</td>
                    <td>{t(`blueCard.status.${r.status}`)}</td>
                    <td>{r.closureReason ? tk('blueCard.closure', r.closureReason) : '—'}</td>
                    <td>{r.closedOn ? date(r.closedOn) : '—'}</td>
                    <td>{r.victims ?? '—'}</td>
                    <td>{r.perpetrators ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
