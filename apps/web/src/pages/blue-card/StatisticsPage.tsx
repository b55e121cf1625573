import { INITIATOR_KINDS, PARTICIPANT_ROLES } from '@ostoja/domain/blue-card/procedure';
import { CLOSURE_REASONS } from '@ostoja/domain/blue-card/steps';
import { blueCardApi } from '../../api/blue-card.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { Page } from '../../components/page.tsx';
import { BlueCardSections, useYear, YearSelect } from './common.tsx';
import { blueCardKeys } from './queries.ts';

/** A two-column table of counts: what is counted, and how many. */
function Counts({ caption, rows }: { caption: string; rows: [label: string, count: number][] }) {
  const { t } = useI18n();
  return (
    <ColumnTable
      caption={caption}
      compact
      rows={rows}
      rowKey={([label]) => label}
      columns={[
        { key: 'what', header: t('blueCards.stats.what'), cell: ([label]) => label, rowHeader: true },
        { key: 'count', header: t('blueCards.stats.count'), cell: ([, count]) => count },
      ]}
    />
  );
}

/** The figures the team reports for a year: counts only — no name, number or date of any procedure. */
export function StatisticsPage() {
  const { t, tp } = useI18n();
  const [year, setYear] = useYear();
  const stats = useRead(blueCardKeys.statistics(Number(year)), (s) =>
    blueCardApi.statistics(Number(year), s),
  );
  const s = stats.data;
  return (
    <Page title={t('blueCards.stats.title', { year })} lead={t('blueCards.stats.lead')}>
      <BlueCardSections />
      <YearSelect year={year} onYear={setYear} />
      {stats.error ? <LoadError error={stats.error} onRetry={() => stats.refetch()} /> : null}
      {!s && !stats.error ? <Loading /> : null}
      {s ? (
        <>
          <ul className="bc-figures">
            <li>
              <strong>{s.opened}</strong> {tp('blueCards.stats.opened', s.opened)}
            </li>
            <li>
              <strong>{s.closed.violenceStopped + s.closed.noGrounds}</strong>{' '}
              {tp('blueCards.stats.closed', s.closed.violenceStopped + s.closed.noGrounds)}
            </li>
            <li>
              <strong>{s.meetingsHeld}</strong> {tp('blueCards.stats.meetings', s.meetingsHeld)}
            </li>
          </ul>
          <h2>{t('blueCards.stats.openedBy')}</h2>
          <Counts
            caption={t('blueCards.stats.openedByCaption')}
            rows={INITIATOR_KINDS.map((k) => [t(`blueCard.initiator.${k}`), s.openedBy[k] ?? 0])}
          />
          <h2>{t('blueCards.stats.closedBy')}</h2>
          <Counts
            caption={t('blueCards.stats.closedByCaption')}
            rows={CLOSURE_REASONS.map((r) => [t(`blueCard.closure.${r}`), s.closed[r]])}
          />
          <h2>{t('blueCards.stats.persons')}</h2>
          <Counts
            caption={t('blueCards.stats.personsCaption')}
            rows={PARTICIPANT_ROLES.map((r) => [t(`blueCard.role.${r}`), s.personsByRole[r]])}
          />
          <h2>{t('blueCards.stats.bySexAge')}</h2>
          {s.persons.length ? (
            <ColumnTable
              caption={t('blueCards.stats.bySexAgeCaption')}
              compact
              rows={s.persons}
              rowKey={(x) => `${x.role}-${x.sex}-${x.ageGroup}`}
              columns={[
                {
                  key: 'role',
                  header: t('blueCards.person.role'),
                  cell: (x) => t(`blueCard.role.${x.role}`),
                },
                { key: 'sex', header: t('person.sex'), cell: (x) => t(`sex.${x.sex}`) },
                {
                  key: 'ageGroup',
                  header: t('blueCards.stats.ageGroup'),
                  cell: (x) => t('blueCards.stats.years', { range: x.ageGroup }),
                },
                { key: 'count', header: t('blueCards.stats.count'), cell: (x) => x.count },
              ]}
            />
          ) : (
            <p className="empty">{t('blueCards.stats.noPersons')}</p>
          )}
        </>
      ) : null}
    </Page>
  );
}
