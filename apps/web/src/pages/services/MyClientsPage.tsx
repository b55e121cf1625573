import { scheduleApi } from '../../api/services.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { Facts } from '../../components/kit/details.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { Page } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { servicesKeys } from './queries.ts';

/** The carer's own clients: where to go, what to do and when — nothing of income or fees. */
export function MyClientsPage() {
  const { t, date } = useI18n();
  const clients = useRead(servicesKeys.myClients, scheduleApi.myClients);
  return (
    <Page title={t('sch.mine.title')} lead={t('sch.mine.lead')}>
      {clients.error ? <LoadError error={clients.error} onRetry={() => clients.refetch()} /> : null}
      {!clients.data && !clients.error ? <Loading /> : null}
      {clients.data && !clients.data.items.length ? <p className="empty">{t('sch.mine.none')}</p> : null}
      {clients.data?.items.map((c) => (
        <section key={c.careServiceId} className="card" aria-labelledby={`client-${c.careServiceId}`}>
          <h2 id={`client-${c.careServiceId}`}>{listName(c)}</h2>
          <Facts
            items={[
              [t('sch.mine.address'), c.address],
              [t('cs.tasks'), c.tasks.map((x) => t(`cs.task.${x}`)).join(', ')],
              [t('cs.period'), `${date(c.periodFrom)} – ${date(c.periodTo)}`],
              [
                t('sch.mine.visits'),
                c.plan.length
                  ? c.plan
                      .map((p) => `${t(`day.${p.weekday}` as 'day.1')} ${p.startsAt}–${p.endsAt}`)
                      .join('; ')
                  : t('sch.noPlan'),
              ],
            ]}
          />
        </section>
      ))}
    </Page>
  );
}
