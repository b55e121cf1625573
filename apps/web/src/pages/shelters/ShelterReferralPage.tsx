import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Facts } from '../../components/kit/details.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { Page } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { Justification } from '../services/justification.tsx';
import { useShelterReferral } from './queries.ts';

/** A referral: the place, the period and, where a resolution sets one, how the fee was computed. */
export function ShelterReferralPage() {
  const id = useRouteId();
  const { t, date, money } = useI18n();
  const referral = useShelterReferral(id);
  const r = referral.data;
  if (referral.error || !r) return <Pending query={referral} />;
  return (
    <Page title={t('sh.referralTitle', { name: listName(r) })} lead={t('sh.lead')}>
      <Facts
        items={[
          [t('sh.number'), r.number ?? t('sh.noDecision')],
          [
            t('sh.person'),
            <Link key="person" to={`/persons/${r.personId}`}>
              {listName(r)}
            </Link>,
          ],
          [t('sh.shelter'), `${r.shelterName} (${t(`sh.kind.${r.shelterKind}`)})`],
          [t('sh.period'), `${date(r.periodFrom)} – ${date(r.periodTo)}`],
          [t('sh.days'), r.days],
          [t('sh.resolution'), r.resolutionNumber ?? t('sh.noResolution')],
          [t('sh.dailyFee'), money(r.dailyFeeGrosze)],
          [t('sh.totalFee'), money(r.totalFeeGrosze)],
          [t('sh.decidedOn'), date(r.decidedOn)],
        ]}
      />
      {r.steps.length ? <Justification title={t('sh.justification')} steps={r.steps} /> : null}
    </Page>
  );
}
