import type { ApplicationDetail } from '@ostoja/domain/applications/responses';
import type { ApplicationActionType } from '@ostoja/domain/applications/workflow';
import { type ComponentType, useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { AmendForm } from './amend-form.tsx';
import { ApproveForm, RejectForm } from './approval-form.tsx';
import { DecisionForm } from './decision-form.tsx';
import {
  AppealForm,
  DeliveryForm,
  ForwardForm,
  OutcomeForm,
  ReturnForm,
  WithdrawForm,
} from './step-forms.tsx';
import type { StepFormProps } from './use-step.ts';

const ChangeForm = (p: StepFormProps) => <AmendForm {...p} kind="change" />;
const RevokeForm = (p: StepFormProps) => <AmendForm {...p} kind="revoke" />;

/** Steps done on the application page itself; the home visit and the proposal have pages of their own. */
// The panel lists only steps with a form or a page of their own; each has a `steps.open.*` label.
type Openable = Exclude<ApplicationActionType, 'submit' | 'assignWorker' | 'draftDecision'>;
const INLINE: Partial<Record<ApplicationActionType, ComponentType<StepFormProps>>> = {
  issueDecision: DecisionForm,
  approveDecision: ApproveForm,
  rejectDecision: RejectForm,
  returnProposal: ReturnForm,
  recordDelivery: DeliveryForm,
  registerAppeal: AppealForm,
  forwardAppeal: ForwardForm,
  recordAppealOutcome: OutcomeForm,
  withdraw: WithdrawForm,
  changeDecision: ChangeForm,
  revokeDecision: RevokeForm,
};
const PAGES: Partial<Record<ApplicationActionType, string>> = { recordWywiad: 'wywiad', propose: 'proposal' };

/**
 * Only what the workflow allows now and the user's permissions cover (the server's allowedActions).
 * Assigning another worker needs a list of workers this screen cannot read yet, so it is not offered.
 */
export function ActionsPanel({
  app,
  onDone,
}: {
  app: ApplicationDetail;
  onDone(app: ApplicationDetail, action: ApplicationActionType): void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ApplicationActionType | null>(null);
  const me = useAuth().me;
  // Four-eyes: the author of a draft cannot approve it (the server refuses), so it is not offered.
  const own = app.decisionDraft?.draftedById === me?.id;
  const actions = app.allowedActions.filter(
    (a) => (INLINE[a] || PAGES[a]) && !(own && a === 'approveDecision'),
  );
  if (!actions.length) return <p className="empty">{t('application.noActions')}</p>;
  const Form = open ? INLINE[open] : undefined;
  return (
    <>
      <div className="action-buttons">
        {actions.map((a) =>
          PAGES[a] ? (
            <Link key={a} to={`/applications/${app.id}/${PAGES[a]}`} className="button primary">
              {t(`steps.open.${a as Openable}`)}
            </Link>
          ) : (
            <button
              key={a}
              type="button"
              className={`button ${a === 'withdraw' || a === 'returnProposal' || a === 'revokeDecision' || a === 'rejectDecision' ? 'secondary' : 'primary'}`}
              aria-expanded={open === a}
              aria-controls={open === a ? 'step-form' : undefined}
              onClick={() => setOpen(open === a ? null : a)}
            >
              {t(`steps.open.${a as Openable}`)}
            </button>
          ),
        )}
      </div>
      {Form && open ? (
        <div id="step-form">
          <Form
            key={open}
            app={app}
            onCancel={() => setOpen(null)}
            onDone={(next) => {
              setOpen(null);
              onDone(next, open);
            }}
          />
        </div>
      ) : null}
    </>
  );
}
