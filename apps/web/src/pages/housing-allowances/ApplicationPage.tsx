import { DecideHousingAllowance } from '@ostoja/domain/housing-allowances/application';
import { housingAllowancesApi } from '../../api/housing-allowances.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Facts } from '../../components/kit/details.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { Page } from '../../components/page.tsx';
import {
  Calculation,
  Decision,
  DecisionForm,
  type DecisionPayment,
  type IssuedDecision,
} from '../family-benefits/decision-parts.tsx';
import { useHousingApplication, useHousingSaved } from './queries.ts';
import { WageNoticeNote } from './wage-notice.tsx';

const ENERGY_PAYMENT: DecisionPayment = {
  method: 'energyPaymentMethod',
  iban: 'energyIban',
  methodLabel: 'ha.energyPaymentMethod',
  ibanLabel: 'ha.energyIban',
};

/** One application: the household, the flat and its manager, the calculation, the decisions. */
export function ApplicationPage() {
  const id = useRouteId();
  const { t, tk, date, money } = useI18n();
  const { can } = useAuth();
  const q = useHousingApplication(id);
  const saved = useHousingSaved();
  if (q.error || !q.data) return <Pending query={q} />;
  const a = q.data;
  const c = a.calculation;
  return (
    <Page title={`${t('ha.title')}: ${a.number}`}>
      <Facts
        items={[
          [t('fb.applicant'), a.applicantName],
          [
            t('fb.status'),
            <StatusBadge key="status" tone={a.status === 'decided' ? 'ok' : 'neutral'}>
              {tk('ha.status', a.status)}
            </StatusBadge>,
          ],
          [t('fb.submittedOn'), date(a.submittedOn)],
          [t('ha.flatArea'), a.flatArea],
          [t('ha.expenses'), money(a.monthlyExpenses)],
          [t('ha.legalTitle'), tk('ha.legalTitle', a.legalTitle)],
          [t('ha.manager'), `${a.manager.name}, ${a.manager.address}, ${a.manager.iban}`],
          [t('ha.energyAmount'), money(c.energyAmount)],
        ]}
      />
      <h2>{t('ha.household')}</h2>
      <ul>
        {a.members.map((m) => (
          <li key={m.personId}>{m.name}</li>
        ))}
      </ul>
      <Calculation c={{ eligible: c.eligible, monthlyAmount: c.amount, explanation: c.explanation }} />
      <WageNoticeNote notice={a.wageNotice} />
      {a.status === 'complete' && can('housingAllowances.decide') ? (
        // Granted for 6 months, paid to the manager; the dodatek energetyczny's payment is asked where there is one.
        <DecisionForm
          schema={DecideHousingAllowance}
          headingId="ha-decide"
          payment={ENERGY_PAYMENT}
          payable={c.energyAmount > 0}
          save={(body) => housingAllowancesApi.decide(a.id, body)}
          onSaved={saved}
        />
      ) : null}
      {a.decision ? (
        <DecisionWithPdf d={a.decision} pdf={housingAllowancesApi.pdfUrl(a.id, 'housing')} />
      ) : null}
      {a.energyDecision ? (
        <>
          <h2>{t('ha.energyDecision')}</h2>
          <DecisionWithPdf d={a.energyDecision} pdf={housingAllowancesApi.pdfUrl(a.id, 'energy')} />
        </>
      ) : null}
    </Page>
  );
}

/** An issued decision and the link to its PDF. */
function DecisionWithPdf({ d, pdf }: { d: IssuedDecision; pdf: string }) {
  const { t } = useI18n();
  return (
    <>
      <Decision d={d} />
      <p>
        <a href={pdf} target="_blank" rel="noreferrer">
          {t('ha.pdf')} {d.number}
        </a>
      </p>
    </>
  );
}
