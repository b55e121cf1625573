import { addMonths } from '@ostoja/domain/payments/schedule';
import { Link, useParams } from 'react-router-dom';
import { withQuery } from '../../api/client.ts';
import type { Schedule } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { AMOUNT, dateColumn, orDash } from '../../components/kit/columns.ts';
import { DecisionPdfLink } from '../../components/kit/decision-pdf-link.tsx';

import { Pending } from '../../components/kit/pending.tsx';
import { RowsSection } from '../../components/kit/rows-section.tsx';
import { Page, Section } from '../../components/page.tsx';
import { paymentsKeys, useSchedule } from './queries.ts';
import { useSavedNotice } from './saved-notice.tsx';
import { PayeeForm, ResumeForm, SuspendForm } from './schedule-forms.tsx';
import { currentMonth, useMonthName } from './shared.tsx';

export function SchedulePage() {
  const { decisionId = '' } = useParams();
  const { date, money, t, tk, tp } = useI18n();
  const { can } = useAuth();
  const monthName = useMonthName();
  const q = useSchedule(decisionId);
  const { done, notice } = useSavedNotice<Schedule>(paymentsKeys.schedule(decisionId));
  const s = q.data;
  if (q.error || !s) return <Pending query={q} />;
  const d = s.decision;
  const openSuspension = s.suspensions.find((x) => x.toMonth === null);
  const changeable = s.items.filter((i) => i.status === 'open' || i.status === 'suspended');
  const current = changeable[0] ?? s.items.at(-1);
  // The forms start from the first month a change can still reach (not yet on a run).
  const firstChangeable = changeable[0]?.month ?? currentMonth();
  // Resuming starts after the suspension's first month, and not in the past.
  const resumeFrom = [
    openSuspension ? addMonths(openSuspension.fromMonth, 1) : firstChangeable,
    currentMonth(),
  ]
    .sort()
    .at(-1)!;
  const newReceivable = withQuery('/payments/receivables/new', {
    personId: d.personId,
    decisionId: d.id,
    decision: d.number,
  });
  return (
    <Page
      title={t('schedule.title', { number: d.number })}
      lead={t('schedule.lead', { benefit: tk('benefit', d.benefit), date: date(d.decidedOn) })}
      actions={
        <>
          <ActionLink to={`/payments/ledger/${d.personId}`}>{t('ledger.open')}</ActionLink>
          {can('receivables.manage') ? <ActionLink to={newReceivable}>{t('recv.new')}</ActionLink> : null}
        </>
      }
    >
      {notice}
      {s.alreadyPaid?.length ? (
        <Alert kind="warning" title={t('schedule.alreadyPaidTitle')}>
          <ul>
            {s.alreadyPaid.map((i) => (
              <li key={i.id}>
                {monthName(i.month)}: {money(i.amount)} ({tk('payments.itemStatus', i.status)})
              </li>
            ))}
          </ul>
          <p>
            {t('schedule.alreadyPaidHint')}{' '}
            {can('receivables.manage') ? <Link to={newReceivable}>{t('recv.new')}</Link> : null}
          </p>
        </Alert>
      ) : null}
      <RowsSection
        id="months"
        title={t('schedule.months')}
        empty={t('schedule.noItems')}
        rows={s.items}
        columns={[
          {
            key: 'month',
            header: t('pay.month'),
            cell: (i) => (
              <>
                {monthName(i.month)}
                {i.days !== null ? ` (${tp('schedule.days', i.days)})` : ''}
                {i.kind === 'reissue' ? ` ${t('pitem.reissue')}` : ''}
              </>
            ),
          },
          { key: 'amount', header: t('pay.amount'), ...AMOUNT, cell: (i) => money(i.amount) },
          { key: 'method', header: t('plist.method'), cell: (i) => t(`payments.method.${i.method}`) },
          { key: 'iban', header: t('pay.iban'), className: 'mono nowrap', cell: (i) => i.iban ?? '—' },
          {
            key: 'recipient',
            header: t('pay.recipient'),
            cell: (i) => i.recipientName ?? t('schedule.beneficiary'),
          },
          { key: 'dueOn', header: t('schedule.dueOn'), cell: (i) => date(i.dueOn) },
          { key: 'status', header: t('pay.status'), cell: (i) => t(`schedule.status.${i.status}`) },
        ]}
      />
      <RowsSection
        id="susp"
        title={t('schedule.suspensions')}
        empty={t('schedule.noSuspensions')}
        rows={s.suspensions}
        columns={[
          { key: 'fromMonth', header: t('schedule.fromMonth'), cell: (x) => monthName(x.fromMonth) },
          {
            key: 'toMonth',
            header: t('schedule.toMonth'),
            cell: (x) => (x.toMonth ? monthName(x.toMonth) : t('schedule.stillSuspended')),
          },
          {
            key: 'scheduleGround',
            header: t('art11.scheduleGround'),
            cell: (x) => (x.art11Contract ? t('art11.suspensionGround', { number: x.art11Contract }) : '—'),
          },
          { key: 'reason', header: t('schedule.reason'), cell: (x) => x.reason },
          { key: 'decidedOn', header: t('schedule.decidedOn'), cell: (x) => date(x.decidedOn) },
          orDash(dateColumn('resumedOn', t('schedule.resumedOn'), date)),
          {
            key: 'suspensionDecision',
            header: t('schedule.suspensionDecision'),
            cell: (x) =>
              x.decisionId && x.decisionNumber ? (
                <DecisionPdfLink id={x.decisionId} number={x.decisionNumber} />
              ) : (
                '—'
              ),
          },
        ]}
      />
      {can('payments.manage') ? (
        <>
          {openSuspension ? (
            <Section id="resume" title={t('schedule.resumeTitle')}>
              <ResumeForm decisionId={d.id} fromMonth={resumeFrom} onDone={done(t('schedule.resumed'))} />
            </Section>
          ) : (
            <Section id="suspend" title={t('schedule.suspendTitle')}>
              <p className="hint">{t('schedule.suspendHint')}</p>
              <SuspendForm
                decisionId={d.id}
                personId={d.personId}
                fromMonth={firstChangeable}
                onDone={(next) => {
                  const number = next.suspensions.find((x) => x.toMonth === null)?.decisionNumber;
                  done(number ? t('schedule.suspendedByDecision', { number }) : t('schedule.suspended'))(
                    next,
                  );
                }}
              />
            </Section>
          )}
          {current ? (
            <Section id="payee" title={t('schedule.payeeTitle')}>
              <p className="hint">{t('schedule.payeeHint')}</p>
              <PayeeForm
                key={`${current.method}${current.iban}${current.recipientName}`}
                decisionId={d.id}
                fromMonth={firstChangeable}
                current={current}
                onDone={(next) => done(tp('schedule.payeeChanged', next.changed ?? 0))(next)}
              />
            </Section>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
