import type { ApplicationDetail } from '@ostoja/domain/applications/responses';
import type { ApplicationActionType, ApplicationStatus } from '@ostoja/domain/applications/workflow';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Details } from '../../components/kit/details.tsx';
import { todayIso } from '../../lib/format.ts';
import { DECISION_PENDING } from './dates.ts';
import { OverdueBadge } from './my-work.tsx';

export function Overview({ app }: { app: ApplicationDetail }) {
  const { date, t, tk } = useI18n();
  const applicant = app.members.find((m) => m.id === app.applicantId);
  return (
    <dl className="details">
      <div>
        <dt>{t('application.status')}</dt>
        <dd>
          <span className="badge neutral">{t(`status.${app.status}`)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('application.applicant')}</dt>
        <dd>
          {applicant ? (
            <Link to={`/persons/${app.applicantId}`}>{app.applicantName}</Link>
          ) : (
            app.applicantName
          )}
        </dd>
      </div>
      <div>
        <dt>{t('application.household')}</dt>
        <dd>
          <Link to={`/households/${app.householdId}`}>{t('application.openHousehold')}</Link>
        </dd>
      </div>
      <div>
        <dt>{t('application.submittedOn')}</dt>
        <dd>
          {date(app.submittedOn)}, {t(`channel.${app.channel}`)}
        </dd>
      </div>
      <div>
        <dt>{t('application.benefitsAsked')}</dt>
        <dd>{app.benefits.map((b) => t(`benefit.${b}`)).join(', ')}</dd>
      </div>
      <div>
        <dt>{t('application.helpReasons')}</dt>
        <dd>{app.helpReasons.map((r) => tk('helpReason', r)).join(', ')}</dd>
      </div>
      <div>
        <dt>{t('application.worker')}</dt>
        <dd>{app.assignedWorkerName ?? t('application.noWorker')}</dd>
      </div>
      <div>
        <dt>{t('application.urgentLabel')}</dt>
        <dd>{app.urgent ? t('answer.yes') : t('answer.no')}</dd>
      </div>
      {app.description ? (
        <div>
          <dt>{t('application.description')}</dt>
          <dd className="pre-line">{app.description}</dd>
        </div>
      ) : null}
    </dl>
  );
}

type DeadlineState = 'overdue' | 'met' | 'missed' | 'open' | 'elapsed' | 'none';

interface DeadlineRow {
  key: string;
  due: string;
  state: DeadlineState;
}

/** Each computed deadline and where it stands: met or missed by the step, overdue while pending. */
function deadlineRows(app: ApplicationDetail, today: string): DeadlineRow[] {
  const done = (type: ApplicationActionType) => app.actions.findLast((a) => a.type === type)?.on ?? null;
  const pending = (statuses: readonly ApplicationStatus[]) => statuses.includes(app.status);
  const state = (due: string, doneOn: string | null, isPending: boolean): DeadlineState =>
    doneOn ? (doneOn <= due ? 'met' : 'missed') : isPending ? (due < today ? 'overdue' : 'open') : 'none';
  const d = app.deadlines;
  const rows: DeadlineRow[] = [
    {
      key: 'wywiadDue',
      due: d.wywiadDue,
      state: state(d.wywiadDue, done('recordWywiad'), pending(['awaitingWywiad'])),
    },
    {
      key: 'decisionDue',
      due: d.decisionDue,
      state: state(d.decisionDue, done('issueDecision'), pending(DECISION_PENDING)),
    },
  ];
  if (d.appealUntil)
    rows.push({ key: 'appealUntil', due: d.appealUntil, state: d.appealUntil < today ? 'elapsed' : 'open' });
  if (d.appealForwardDue)
    rows.push({
      key: 'appealForwardDue',
      due: d.appealForwardDue,
      state: state(d.appealForwardDue, done('forwardAppeal'), pending(['appealed'])),
    });
  if (d.wywiadUpdateDue)
    rows.push({
      key: 'wywiadUpdateDue',
      due: d.wywiadUpdateDue,
      state: d.wywiadUpdateDue < today ? 'overdue' : 'open',
    });
  return rows;
}

const BADGE: Record<Exclude<DeadlineState, 'overdue' | 'none'>, string> = {
  met: 'done',
  missed: 'due-soon',
  open: 'neutral',
  elapsed: 'neutral',
};

export function Deadlines({ app }: { app: ApplicationDetail }) {
  const { date, t, tk } = useI18n();
  return (
    <Details
      items={deadlineRows(app, todayIso()).map((r) => [
        tk('deadline', r.key),
        <>
          {date(r.due)}{' '}
          {r.state === 'overdue' ? (
            <OverdueBadge />
          ) : r.state !== 'none' ? (
            <span className={`badge ${BADGE[r.state]}`}>{t(`deadline.state.${r.state}`)}</span>
          ) : null}
        </>,
      ])}
    />
  );
}
