import type { Enrolment } from '@ostoja/domain/centres/facility';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { centresApi } from '../../api/centres.ts';
import type { ApiError } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../components/fields.tsx';
import { fieldError, MutationDialog } from '../../components/kit/confirm-dialog.tsx';
import { Facts } from '../../components/kit/details.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { Page } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { Justification } from '../services/justification.tsx';
import { useCentresSaved, useEnrolment } from './queries.ts';

const TONE = { waiting: 'due-soon', offered: 'due-soon', enrolled: 'ok', ended: 'neutral' } as const;
type Action = 'consent' | 'accept' | 'end';

/** One action on an enrolment, its date (and for the end, the reason) asked in a dialog first. */
function ActionButton({ e, action }: { e: Enrolment; action: Action }) {
  const { t } = useI18n();
  const saved = useCentresSaved();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(todayIso);
  const [reason, setReason] = useState('');
  const run = useMutation<Enrolment, ApiError>({
    mutationFn: () =>
      action === 'consent'
        ? centresApi.signConsent(e.id, on)
        : action === 'accept'
          ? centresApi.accept(e.id, on)
          : centresApi.end(e.id, { on, reason }),
    onSuccess: (x) => {
      setOpen(false);
      saved.enrolment(x);
    },
  });
  return (
    <>
      <button
        type="button"
        className={`button ${action === 'end' ? 'secondary' : 'primary'}`}
        onClick={() => setOpen(true)}
      >
        {t(`ctr.action.${action}`)}
      </button>
      <MutationDialog
        open={open}
        title={`${t(`ctr.action.${action}`)} — ${listName(e)}`}
        confirmLabel={t(`ctr.action.${action}`)}
        danger={action === 'end'}
        run={run}
        onClose={() => setOpen(false)}
      >
        <TextField
          id={`enrolment-${action}-on`}
          label={t(`ctr.action.${action}.on`)}
          type="date"
          value={on}
          onValue={setOn}
          error={fieldError(run.error, 'on')}
        />
        {action === 'end' ? (
          <TextField
            id="enrolment-end-reason"
            label={t('ctr.endReason')}
            value={reason}
            onValue={setReason}
            error={fieldError(run.error, 'reason')}
          />
        ) : null}
      </MutationDialog>
    </>
  );
}

/** An enrolment: the referral, the consent to print and record, the place on the list, the fee. */
export function EnrolmentPage() {
  const id = useRouteId();
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const enrolment = useEnrolment(id);
  const e = enrolment.data;
  if (enrolment.error || !e) return <Pending query={enrolment} />;
  const work = can('centres.work') && e.status !== 'ended';
  return (
    <Page
      title={listName(e)}
      lead={
        <>
          <Link to={`/facilities/${e.facilityId}`}>{e.facilityName}</Link>{' '}
          <StatusBadge tone={TONE[e.status]}>{t(`ctr.status.${e.status}`)}</StatusBadge>
        </>
      }
    >
      <Facts
        items={[
          [t('ctr.requestedOn'), date(e.requestedOn)],
          !!e.position && [t('ctr.position'), e.position],
          !!e.offeredOn && [t('ctr.offeredOn'), date(e.offeredOn)],
          [t('ctr.enrolledOn'), e.enrolledOn ? date(e.enrolledOn) : '—'],
          !!e.endedOn && [t('ctr.endedOn'), `${date(e.endedOn)}: ${e.endReason}`],
          [
            t('ctr.referredBy'),
            `${t(`ctr.referrer.${e.referredBy}`)}${e.referrerName ? `: ${e.referrerName}` : ''}`,
          ],
          [
            t('ctr.consentBy'),
            `${t(`ctr.consentBy.${e.consentBy}`)}${e.guardianName ? `: ${e.guardianName}` : ''}`,
          ],
          [
            t('ctr.consent'),
            e.consentSignedOn
              ? t('ctr.consentSigned', { on: date(e.consentSignedOn) })
              : t('ctr.consentMissing'),
          ],
          e.dailyFeeGrosze !== null && [
            t('ctr.dailyFee'),
            `${money(e.dailyFeeGrosze)} (${e.feeTableNumber})`,
          ],
        ]}
      />
      <p>
        <a
          className="button secondary"
          href={centresApi.consentPdfUrl(e.id)}
          target="_blank"
          rel="noreferrer"
        >
          {t('ctr.consentPdf')}
        </a>{' '}
        {work && !e.consentSignedOn ? <ActionButton e={e} action="consent" /> : null}{' '}
        {work && e.status === 'offered' ? <ActionButton e={e} action="accept" /> : null}{' '}
        {work ? <ActionButton e={e} action="end" /> : null}
      </p>
      {e.feeSteps.length ? <Justification title={t('ctr.feeCalculation')} steps={e.feeSteps} /> : null}
    </Page>
  );
}
