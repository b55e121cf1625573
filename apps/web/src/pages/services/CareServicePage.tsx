import { renderExplanation } from '@ostoja/domain/benefits/explanation';
import { useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { CalculationSteps } from '../benefits/calculation.tsx';
import { DecisionSchedule } from './decision-schedule.tsx';
import { useCareService } from './queries.ts';

/** A care-service decision: what it grants and, as its justification prints, how the fee was computed. */
export function CareServicePage() {
  const { id = '' } = useParams();
  const { t, date, money, locale } = useI18n();
  const decision = useCareService(id);
  if (decision.error) return <LoadError error={decision.error} onRetry={() => decision.refetch()} />;
  if (!decision.data) return <Loading />;
  const d = decision.data;
  return (
    <Page title={t('cs.decisionTitle', { number: d.number })} lead={listName(d)}>
      <dl className="facts">
        <dt>{t('cs.serviceKind')}</dt>
        <dd>{t(`cs.kind.${d.serviceKind}`)}</dd>
        <dt>{t('cs.tasks')}</dt>
        <dd>{d.tasks.map((x) => t(`cs.task.${x}`)).join(', ')}</dd>
        <dt>{t('cs.hours')}</dt>
        <dd>{t('cs.hoursValue', { hours: d.hoursPerDay.toLocaleString(locale), days: d.daysPerWeek })}</dd>
        <dt>{t('cs.period')}</dt>
        <dd>
          {date(d.periodFrom)} – {date(d.periodTo)}
        </dd>
        <dt>{t('cs.provider')}</dt>
        <dd>
          {t(`cs.provider.${d.provider}`)}
          {d.providerName ? `: ${d.providerName}` : ''}
        </dd>
        <dt>{t('cs.feeTable')}</dt>
        <dd>{d.feeTableNumber}</dd>
        <dt>{t('cs.hourlyFee')}</dt>
        <dd>{money(d.hourlyFeeGrosze)}</dd>
        <dt>{t('cs.weeklyFee')}</dt>
        <dd>
          {t('cs.weeklyFeeValue', {
            hours: d.hoursPerWeek.toLocaleString(locale),
            fee: money(d.weeklyFeeGrosze),
          })}
        </dd>
        <dt>{t('cs.decidedOn')}</dt>
        <dd>{date(d.decidedOn)}</dd>
        <dt>{t('cs.application')}</dt>
        <dd>{d.applicationNumber}</dd>
      </dl>
      <h2>{t('cs.justification')}</h2>
      <CalculationSteps steps={renderExplanation(d.steps as never, locale)} caption={t('cs.justification')} />
      <DecisionSchedule careServiceId={d.id} />
    </Page>
  );
}
