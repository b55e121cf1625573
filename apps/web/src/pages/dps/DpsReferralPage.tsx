import type { DpsReferral } from '@ostoja/domain/services/dps';
import { dpsApi } from '../../api/dps.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Facts } from '../../components/kit/details.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { Page, Section } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { Justification } from '../services/justification.tsx';
import { FeeForm } from './fee-form.tsx';
import { useDpsSaved, useReferral } from './queries.ts';
import { AdmitForm, DocumentForm, ReferForm } from './step-forms.tsx';

function Fee({ fee }: { fee: NonNullable<DpsReferral['fee']> }) {
  const { t, money, date } = useI18n();
  return (
    <section aria-labelledby="dps-fee-shown-h">
      <h2 id="dps-fee-shown-h">
        {t('dps.fee')} {fee.number} ({date(fee.decidedOn)})
      </h2>
      <table className="table">
        <caption>
          {t('dps.monthlyCost')}: {money(fee.monthlyCostGrosze)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('dps.payer')}</th>
            <th scope="col">{t('dps.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {fee.payments.map((p) => (
            <tr key={`${p.payer}-${p.relativeIndex ?? ''}`}>
              <td>{p.name ? `${t(`dps.payer.${p.payer}`)}: ${p.name}` : t(`dps.payer.${p.payer}`)}</td>
              <td>{money(p.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Justification title={t('dps.justification')} steps={fee.steps} level={3} />
    </section>
  );
}

/** A referral file: the documents, the decision referring, the fee decision and the admission. */
export function DpsReferralPage() {
  const id = useRouteId();
  const { t, date } = useI18n();
  const { can } = useAuth();
  const saved = useDpsSaved();
  const file = useReferral(id);
  const r = file.data;
  if (file.error || !r) return <Pending query={file} />;
  const manage = can('dps.manage');
  return (
    <Page title={t('dps.fileTitle', { name: listName(r) })} lead={r.home.name}>
      <Facts
        items={[
          [t('dps.status'), <StatusBadge key="status">{t(`dps.status.${r.status}`)}</StatusBadge>],
          [t('dps.home'), `${r.home.name} (${r.home.powiat})`],
          [t('dps.application'), r.applicationNumber],
          [t('dps.wywiad'), date(r.wywiadVisitedOn)],
          [t('dps.consentOn'), date(r.consentOn)],
          !!r.referralNumber && [
            t('dps.referralNumber'),
            <>
              {r.referralNumber} ({date(r.referredOn)}) ·{' '}
              <a href={dpsApi.decisionPdfUrl(r.id, 'referral-decision')}>{t('dps.referralPdf')}</a>
            </>,
          ],
          !!r.waitingPlace && [t('dps.waitingPlace'), r.waitingPlace, 'dps-place'],
          !!r.admittedOn && [t('dps.admittedOn'), date(r.admittedOn)],
        ]}
      />
      <Section id="dps-docs" title={t('dps.documents')}>
        {r.documents.length ? (
          <ul>
            {r.documents.map((d) => (
              <li key={d.id}>
                {t(`dps.doc.${d.kind}`)}:{' '}
                <a href={dpsApi.documentUrl(r.id, d.id)} download>
                  {d.fileName}
                </a>{' '}
                ({date(d.uploadedOn)})
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t('dps.documentsNone')}</p>
        )}
        {manage && r.status === 'file' ? <DocumentForm referral={r} onSaved={saved} /> : null}
      </Section>
      {manage && r.status === 'file' ? <ReferForm referral={r} onSaved={saved} /> : null}
      {r.fee ? (
        <>
          <Fee fee={r.fee} />
          <p>
            <a href={dpsApi.decisionPdfUrl(r.id, 'fee-decision')}>{t('dps.feePdf')}</a>
          </p>
        </>
      ) : null}
      {manage && r.referredOn && !r.fee ? <FeeForm referral={r} onSaved={saved} /> : null}
      {manage && r.status === 'waiting' ? <AdmitForm referral={r} onSaved={saved} /> : null}
    </Page>
  );
}
