import { useI18n } from '../../app/i18n.tsx';
import { Facts } from '../../components/kit/details.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { Page } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { DecisionSchedule } from './decision-schedule.tsx';
import { Justification } from './justification.tsx';
import { useCareService } from './queries.ts';

/** A care-service decision: what it grants and, as its justification prints, how the fee was computed. */
export function CareServicePage() {
  const id = useRouteId();
  const { t, date, money } = useI18n();
  const decision = useCareService(id);
  const d = decision.data;
  if (decision.error || !d) return <Pending query={decision} />;
  return (
    <Page title={t('cs.decisionTitle', { number: d.number })} lead={listName(d)}>
      <Facts
        items={[
          [t('cs.serviceKind'), t(`cs.kind.${d.serviceKind}`)],
          [t('cs.tasks'), d.tasks.map((x) => t(`cs.task.${x}`)).join(', ')],
          [t('cs.hours'), t('cs.hoursValue', { hours: d.hoursPerDay, days: d.daysPerWeek })],
          [t('cs.period'), `${date(d.periodFrom)} – ${date(d.periodTo)}`],
          [
            t('cs.provider'),
            `${t(`cs.provider.${d.provider}`)}${d.providerName ? `: ${d.providerName}` : ''}`,
          ],
          [t('cs.feeTable'), d.feeTableNumber],
          [t('cs.hourlyFee'), money(d.hourlyFeeGrosze)],
          [
            t('cs.weeklyFee'),
            t('cs.weeklyFeeValue', {
              hours: d.hoursPerWeek,
              fee: money(d.weeklyFeeGrosze),
            }),
          ],
          [t('cs.decidedOn'), date(d.decidedOn)],
          [t('cs.application'), d.applicationNumber],
        ]}
      />
      <Justification title={t('cs.justification')} steps={d.steps} />
      <DecisionSchedule careServiceId={d.id} />
    </Page>
  );
}
