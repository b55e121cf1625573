import { renderExplanation } from '@ostoja/domain/benefits/explanation';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { CalculationSteps } from '../benefits/calculation.tsx';
import { useShelterReferral } from './queries.ts';

/** A referral: the place, the period and, where a resolution sets one, how the fee was computed. */
export function ShelterReferralPage() {
  const { id = '' } = useParams();
  const { t, date, money, locale } = useI18n();
  const referral = useShelterReferral(id);
  if (referral.error) return <LoadError error={referral.error} onRetry={() => referral.refetch()} />;
  if (!referral.data) return <Loading />;
  const r = referral.data;
  return (
    <Page title={t('sh.referralTitle', { name: listName(r) })} lead={t('sh.lead')}>
      <dl className="facts">
        <dt>{t('sh.number')}</dt>
        <dd>{r.number ?? t('sh.noDecision')}</dd>
        <dt>{t('sh.person')}</dt>
        <dd>
          <Link to={`/persons/${r.personId}`}>{listName(r)}</Link>
        </dd>
        <dt>{t('sh.shelter')}</dt>
        <dd>
          {r.shelterName} ({t(`sh.kind.${r.shelterKind}`)})
        </dd>
        <dt>{t('sh.period')}</dt>
        <dd>
          {date(r.periodFrom)} – {date(r.periodTo)}
        </dd>
        <dt>{t('sh.days')}</dt>
        <dd>{r.days}</dd>
        <dt>{t('sh.resolution')}</dt>
        <dd>{r.resolutionNumber ?? t('sh.noResolution')}</dd>
        <dt>{t('sh.dailyFee')}</dt>
        <dd>{money(r.dailyFeeGrosze)}</dd>
        <dt>{t('sh.totalFee')}</dt>
        <dd>{money(r.totalFeeGrosze)}</dd>
        <dt>{t('sh.decidedOn')}</dt>
        <dd>{date(r.decidedOn)}</dd>
      </dl>
      {r.steps.length ? (
        <>
          <h2>{t('sh.justification')}</h2>
          <CalculationSteps
            steps={renderExplanation(r.steps as never, locale)}
            caption={t('sh.justification')}
          />
        </>
      ) : null}
    </Page>
  );
}
