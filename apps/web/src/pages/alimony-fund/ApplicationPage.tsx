import { useParams } from 'react-router-dom';
import { alimonyFundApi } from '../../api/alimony-fund.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { Page } from '../../components/page.tsx';
import { Calculation, Decision, DecisionForm } from '../family-benefits/decision-parts.tsx';
import { statusTone } from './ApplicationsPage.tsx';
import { ApplicationDebtor } from './debtor-forms.tsx';
import { useAlimonyFundApplication, useAlimonyFundSaved } from './queries.ts';

/** One application: the family with the court alimony, the debtor, the certificate, the right, the decision. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const q = useAlimonyFundApplication(id);
  const saved = useAlimonyFundSaved();
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Loading />;
  const a = q.data;
  const c = a.bailiffCertificate;
  return (
    <Page title={`${t('af.title')}: ${a.number}`}>
      <dl className="facts">
        <dt>{t('fb.applicant')}</dt>
        <dd>{a.applicantName}</dd>
        <dt>{t('fb.status')}</dt>
        <dd>
          <StatusBadge tone={statusTone(a.status)}>{t(`af.status.${a.status}`)}</StatusBadge>
        </dd>
        <dt>{t('af.period')}</dt>
        <dd>{a.period}</dd>
        <dt>{t('fb.baseYear')}</dt>
        <dd>{a.baseYear}</dd>
        <dt>{t('fb.familyIncome')}</dt>
        <dd>{money(a.familyMonthlyIncome)}</dd>
        <dt>{t('fb.incomePerPerson')}</dt>
        <dd>{money(a.incomePerPerson)}</dd>
        <dt>{t('af.debtor')}</dt>
        <dd>
          {a.debtorName}, {a.debtorAddress}
        </dd>
        <dt>{t('af.certificate')}</dt>
        <dd>
          {c.bailiff}, {c.caseNumber}, {date(c.issuedOn)}
          {c.lastFullPaymentOn ? ` — ${t('af.lastFullPaymentOn')}: ${date(c.lastFullPaymentOn)}` : ''}
        </dd>
      </dl>
      <h2>{t('fb.family')}</h2>
      <ul>
        {a.members.map((m) => (
          <li key={m.personId}>
            {m.name}, {date(m.birthDate)} — {t(`fb.role.${m.role}`)}
            {m.courtAlimony === null ? '' : `; ${t('af.alimony')} ${money(m.courtAlimony)}`}
          </li>
        ))}
      </ul>
      <Calculation c={a.calculation} />
      {a.status === 'complete' && can('alimonyFund.decide') ? (
        <DecisionForm save={(body) => alimonyFundApi.decide(a.id, body)} onSaved={saved} />
      ) : null}
      {a.decision ? <Decision d={a.decision} /> : null}
      {a.decision?.outcome === 'grant' && can('alimonyDebtors.read') ? (
        <ApplicationDebtor applicationId={a.id} canManage={can('alimonyDebtors.manage')} />
      ) : null}
    </Page>
  );
}
