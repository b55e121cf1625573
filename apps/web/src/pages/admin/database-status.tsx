import { adminApi } from '../../api/admin.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { Details } from '../../components/kit/details.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { Section } from '../../components/page.tsx';
import { adminKeys } from './queries.ts';

/** Where reports read from and how far the read replica is behind (issue 21 item 9). */
export function DatabaseStatus() {
  const { t, dateTime } = useI18n();
  const q = useRead(adminKeys.database, (signal) => adminApi.database(signal));
  return (
    <Section id="database" title={t('database.title')}>
      {q.error ? (
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      ) : !q.data ? (
        <Loading />
      ) : (
        <Details
          items={[
            [
              t('database.reports'),
              <StatusBadge
                key="reports"
                tone={
                  q.data.reports === 'unreachable' ? 'off' : q.data.reports === 'replica' ? 'ok' : 'neutral'
                }
              >
                {t(`database.reports.${q.data.reports}`)}
              </StatusBadge>,
            ],
            ...(q.data.lagSeconds !== null
              ? [
                  [
                    t('database.lag'),
                    `${t('database.lagSeconds', { s: Math.round(q.data.lagSeconds) })}${
                      q.data.replayedAt ? ` (${dateTime(q.data.replayedAt)})` : ''
                    }`,
                  ] satisfies [string, string],
                ]
              : []),
          ]}
        />
      )}
    </Section>
  );
}
