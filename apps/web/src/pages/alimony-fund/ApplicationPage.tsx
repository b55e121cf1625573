import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ClaimPage } from '../family-benefits/claim-screens.tsx';
import { ApplicationDebtor } from './debtor-forms.tsx';
import { alimonyFund } from './queries.ts';
import { UndueBenefits } from './undue.tsx';

/** One application: the family with the court alimony, the debtor, the certificate, the right, the decision. */
export function ApplicationPage() {
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  return (
    <ClaimPage
      m={alimonyFund}
      own={(a) => {
        const c = a.bailiffCertificate;
        return {
          facts: (
            <>
              <dt>{t('af.debtor')}</dt>
              <dd>
                {a.debtorName}, {a.debtorAddress}
              </dd>
              <dt>{t('af.certificate')}</dt>
              <dd>
                {c.bailiff}, {c.caseNumber}, {date(c.issuedOn)}
                {c.lastFullPaymentOn ? ` — ${t('af.lastFullPaymentOn')}: ${date(c.lastFullPaymentOn)}` : ''}
              </dd>
            </>
          ),
          member: (m) => (m.courtAlimony === null ? '' : `; ${t('af.alimony')} ${money(m.courtAlimony)}`),
          after:
            a.decision?.outcome === 'grant' ? (
              <>
                {can('alimonyDebtors.read') ? (
                  <ApplicationDebtor applicationId={a.id} canManage={can('alimonyDebtors.manage')} />
                ) : null}
                <UndueBenefits applicationId={a.id} canDecide={can('alimonyFund.decide')} />
              </>
            ) : null,
        };
      }}
    />
  );
}
