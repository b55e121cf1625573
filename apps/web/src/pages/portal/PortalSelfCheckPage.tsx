import { registerMessages } from '@ostoja/domain/i18n/index';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Page } from '../../components/page.tsx';
import { uiPortalSelfChecks } from '../../i18n/ui-portal-self-checks.ts';
import { AlimonyFundCheck } from './AlimonyFundCheck.tsx';
import { CareFeeCheck } from './CareFeeCheck.tsx';
import { FoodAidCheck, HousingCheck, MealsCheck } from './income-checks.tsx';
import { isPortalCheckPath, PORTAL_CHECKS, type PortalCheckPath } from './self-check-paths.ts';

registerMessages(uiPortalSelfChecks);

const FORMS = {
  meals: MealsCheck,
  'food-aid': FoodAidCheck,
  'alimony-fund': AlimonyFundCheck,
  'housing-allowance': HousingCheck,
  'care-fee': CareFeeCheck,
} as const satisfies Record<PortalCheckPath, unknown>;

/**
 * "Czy mogę dostać?" for meals, food aid, the alimony fund and the housing allowance, and "how much
 * would I pay an hour?" for care services: no sign-in,
 * nothing kept (the answer is worked out by the public calculator and forgotten), the same rules
 * and parameters the staff use, and what to bring and how to apply from the centre's catalogue.
 */
export function PortalSelfCheckPage() {
  const { kind } = useParams();
  const { t } = useI18n();
  if (!isPortalCheckPath(kind))
    return (
      <Page title={t('portalCheck.unknown')}>
        <p>
          <Link to="/portal/help">{t('portal.help.back')}</Link>
        </p>
      </Page>
    );
  const Form = FORMS[kind];
  const others = (Object.keys(PORTAL_CHECKS) as PortalCheckPath[]).filter((k) => k !== kind);
  return (
    <Page title={t(`portalCheck.title.${PORTAL_CHECKS[kind]}`)} lead={t('portalCheck.lead')}>
      <p className="hint">{t('portalCheck.privacy')}</p>
      {/* A new form for each check: nothing typed for one is carried to another. */}
      <Form key={kind} />
      <nav aria-labelledby="other-checks">
        <p id="other-checks">{t('portalCheck.others')}</p>
        <ul>
          {others.map((k) => (
            <li key={k}>
              <Link to={`/portal/self-check/${k}`}>{t(`selfCheck.benefit.${PORTAL_CHECKS[k]}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </Page>
  );
}
