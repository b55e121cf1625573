import type { Meeting, Procedure } from '@ostoja/domain/blue-card/responses';
import type { BlueCardActionType } from '@ostoja/domain/blue-card/workflow';
import { type ComponentType, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { Page, Section } from '../../components/page.tsx';
import { NotFound } from '../../components/status-pages.tsx';
import { AccessLogSection } from './access-log.tsx';
import { AlcoholProceedingsSection } from './alcohol-proceedings.tsx';
import { BlueCardSections } from './common.tsx';
import { FormsSection, LogSection, ReferralsSection } from './procedure-records.tsx';
import {
  DeadlinesSection,
  FormASection,
  GroupSection,
  MeetingsSection,
  PersonsSection,
} from './procedure-sections.tsx';
import { useProcedure, useProcedureSaved } from './queries.ts';
import type { StepProps } from './step-form.tsx';
import { AddParticipantStep, EndMonitoringStep, TransferStep } from './steps-basic.tsx';
import { CloseStep, ReferStep } from './steps-closure.tsx';
import { FormBStep, FormCStep, FormDStep, FormEStep } from './steps-forms.tsx';
import { ChangeGroupStep, FormGroupStep } from './steps-group.tsx';
import { RecordMeetingStep, ScheduleMeetingStep } from './steps-meetings.tsx';
import { SuspectsSection } from './suspects.tsx';

const STEPS: Partial<Record<BlueCardActionType, ComponentType<StepProps>>> = {
  transferToChair: TransferStep,
  handOverFormB: FormBStep,
  addParticipant: AddParticipantStep,
  formDiagnosticGroup: FormGroupStep,
  changeDiagnosticGroup: ChangeGroupStep,
  scheduleMeeting: ScheduleMeetingStep,
  fillFormC: FormCStep,
  fillFormD: FormDStep,
  fillFormE: FormEStep,
  refer: ReferStep,
  close: CloseStep,
  endMonitoring: EndMonitoringStep,
};

/** The step that moves the procedure on in its status: drawn as the primary button. */
const MAIN = new Set<BlueCardActionType>([
  'transferToChair',
  'formDiagnosticGroup',
  'close',
  'endMonitoring',
]);

interface ActionButton {
  key: string;
  action: BlueCardActionType;
  meeting: Meeting | undefined;
  label: string;
}

/**
 * Only the actions the server allows now (status, permission, chair) are offered. Recording a
 * meeting is offered once per meeting still without minutes.
 */
function ActionsPanel({
  p,
  onDone,
}: {
  p: Procedure;
  onDone(p: Procedure, action: BlueCardActionType): void;
}) {
  const { t, date } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const buttons = p.allowedActions.flatMap((action): ActionButton[] =>
    action === 'recordMeeting'
      ? p.meetings
          .filter((m) => !m.heldOn)
          .map((m) => ({
            key: `recordMeeting-${m.id}`,
            action,
            meeting: m,
            label: t('blueCards.actions.recordMeeting', { date: date(m.scheduledOn) }),
          }))
      : STEPS[action]
        ? [{ key: action, action, meeting: undefined, label: t(`blueCard.action.${action}`) }]
        : [],
  );
  const current = buttons.find((b) => b.key === open);
  const close = () => {
    const key = open;
    setOpen(null);
    // Back to the button that opened the form, so the keyboard user is where they were.
    setTimeout(() => document.getElementById(`bc-act-${key}`)?.focus());
  };
  const done = (next: Procedure) => {
    if (current) onDone(next, current.action);
    setOpen(null);
  };
  const Step = current && !current.meeting ? STEPS[current.action] : undefined;
  return (
    <Section id="bc-actions" title={t('blueCards.actions.title')}>
      {buttons.length === 0 ? (
        <p className="empty">{t('blueCards.actions.none')}</p>
      ) : (
        <ul className="bc-actions">
          {buttons.map((b) => (
            <li key={b.key}>
              <button
                type="button"
                id={`bc-act-${b.key}`}
                className={`button ${MAIN.has(b.action) ? 'primary' : 'secondary'}`}
                aria-expanded={open === b.key}
                onClick={() => setOpen(open === b.key ? null : b.key)}
              >
                {b.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {current?.meeting ? (
        <RecordMeetingStep
          key={current.key}
          procedure={p}
          meeting={current.meeting}
          onDone={done}
          onCancel={close}
        />
      ) : Step ? (
        <Step key={current?.key} procedure={p} onDone={done} onCancel={close} />
      ) : null}
    </Section>
  );
}

export function ProcedurePage() {
  const { id } = useParams();
  const { date, t, tk } = useI18n();
  const from = useLocation().state as { created?: boolean; formBProblem?: string } | null;
  const { data: p, error, refetch } = useProcedure(id ?? '');
  const set = useProcedureSaved();
  const [notice, setNotice] = useState<{ n: number; text: string }>({ n: 0, text: '' });
  // Outside the compartment the server answers 404 exactly as for an id that never existed,
  // and so does this page: the same neutral "not found", with nothing about a procedure.
  if (error?.status === 404 || error?.status === 400) return <NotFound />;
  if (error) return <LoadError error={error} onRetry={() => refetch()} />;
  if (!p) return <Loading />;
  const lead = [
    t('blueCards.procedure.status', { status: t(`blueCard.status.${p.status}`) }),
    p.closureReason ? tk('blueCard.closure', p.closureReason) : '',
    p.status === 'monitoring' && p.deadlines.monitoringUntil
      ? t('blueCards.procedure.monitoringUntil', { date: date(p.deadlines.monitoringUntil) })
      : '',
  ].filter(Boolean);
  return (
    <Page title={t('blueCards.procedure.title', { number: p.number })} lead={lead.join(' · ')}>
      <BlueCardSections />
      {from?.created && notice.n === 0 ? (
        <Alert kind="success">{t('blueCards.procedure.created', { number: p.number })}</Alert>
      ) : null}
      {from?.formBProblem && notice.n === 0 ? (
        <Alert kind="warning" title={t('blueCards.procedure.formBFailed')}>
          <p>{from.formBProblem}</p>
        </Alert>
      ) : null}
      {notice.text ? (
        <Alert key={notice.n} kind="success" focus>
          {notice.text}
        </Alert>
      ) : null}
      <DeadlinesSection p={p} />
      <ActionsPanel
        p={p}
        onDone={(next, action) => {
          set(next);
          setNotice({
            n: notice.n + 1,
            text: t('blueCards.procedure.saved', { action: t(`blueCard.action.${action}`) }),
          });
        }}
      />
      <PersonsSection p={p} />
      <SuspectsSection
        p={p}
        onDone={(next) => {
          set(next);
          setNotice({ n: notice.n + 1, text: t('blueCards.suspects.saved') });
        }}
      />
      <GroupSection p={p} />
      <MeetingsSection p={p} />
      <FormsSection p={p} />
      <ReferralsSection p={p} />
      <AlcoholProceedingsSection procedureId={p.id} />
      <FormASection p={p} />
      <LogSection p={p} />
      <AccessLogSection procedureId={p.id} />
    </Page>
  );
}
