import type { Permission } from '../identity/permissions.ts';

/**
 * The application's life as an append-only action log. The status is never stored: it is
 * derived by `applicationState` from the actions, and what may happen next is the table below.
 */
export const APPLICATION_ACTIONS = [
  'submit',
  'assignWorker',
  'recordWywiad',
  'propose',
  'returnProposal',
  'issueDecision',
  // Four-eyes approval (a setting of the centre): one clerk drafts, another authorised person
  // approves; the approval is logged as `issueDecision` (or `changeDecision`, `revokeDecision`
  // for a drafted change or revocation) by the approver, the signatory.
  'draftDecision',
  'approveDecision',
  'rejectDecision',
  'recordDelivery',
  'registerAppeal',
  'forwardAppeal',
  'recordAppealOutcome',
  'withdraw',
  'changeDecision',
  'revokeDecision',
] as const;
export type ApplicationActionType = (typeof APPLICATION_ACTIONS)[number];

export const APPLICATION_STATUSES = [
  'awaitingWywiad',
  'awaitingProposal',
  'awaitingDecision',
  'awaitingApproval',
  'decided',
  'appealed',
  'appealForwarded',
  'closed',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPEAL_OUTCOMES = ['upheld', 'reversed', 'remanded'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export interface ApplicationAction {
  type: ApplicationActionType;
  /** The legal date the action took effect (visit, delivery, receipt…), YYYY-MM-DD. */
  on: string;
  payload?: Record<string, unknown>;
}

const NEXT: Partial<Record<ApplicationActionType, ApplicationStatus>> = {
  submit: 'awaitingWywiad',
  recordWywiad: 'awaitingProposal',
  propose: 'awaitingDecision',
  returnProposal: 'awaitingProposal',
  issueDecision: 'decided',
  registerAppeal: 'appealed',
  forwardAppeal: 'appealForwarded',
  withdraw: 'withdrawn',
};

/** Pure reducer: the status after the actions, in order. */
export function applicationStatus(actions: readonly ApplicationAction[]): ApplicationStatus {
  let status: ApplicationStatus = 'awaitingWywiad';
  // A draft awaiting approval suspends the case; signing a drafted change or revocation, or
  // sending any draft back, resumes it where it was (a first decision's draft: awaitingDecision).
  let beforeDraft: ApplicationStatus = 'awaitingDecision';
  for (const a of actions) {
    if (a.type === 'draftDecision') {
      beforeDraft = status;
      status = 'awaitingApproval';
    } else if (
      a.type === 'rejectDecision' ||
      (status === 'awaitingApproval' && (a.type === 'changeDecision' || a.type === 'revokeDecision'))
    ) {
      status = beforeDraft;
    } else if (a.type === 'recordAppealOutcome') {
      // The SKO sending the case back (kasacja) reopens it for a new decision.
      status = a.payload?.outcome === 'remanded' ? 'awaitingProposal' : 'closed';
    } else if (a.type === 'recordWywiad' && (status === 'decided' || status === 'closed')) {
      // The update of the home visit for a continuing benefit (art. 107 ust. 4) leaves the case as it is.
    } else status = NEXT[a.type] ?? status;
  }
  return status;
}

export interface AllowedAction {
  action: ApplicationActionType;
  permission: Permission;
}

/** What may be done in each status, and which permission it takes. Snapshot-tested. */
export const ALLOWED_ACTIONS: Record<ApplicationStatus, readonly AllowedAction[]> = {
  awaitingWywiad: [
    { action: 'assignWorker', permission: 'applications.write' },
    { action: 'recordWywiad', permission: 'wywiad.write' },
    { action: 'withdraw', permission: 'applications.write' },
  ],
  awaitingProposal: [
    { action: 'recordWywiad', permission: 'wywiad.write' },
    { action: 'propose', permission: 'wywiad.write' },
    { action: 'withdraw', permission: 'applications.write' },
  ],
  awaitingDecision: [
    { action: 'issueDecision', permission: 'decisions.issue' },
    { action: 'returnProposal', permission: 'decisions.issue' },
  ],
  awaitingApproval: [
    { action: 'approveDecision', permission: 'decisions.approve' },
    { action: 'rejectDecision', permission: 'decisions.approve' },
  ],
  decided: [
    { action: 'recordDelivery', permission: 'decisions.issue' },
    { action: 'registerAppeal', permission: 'decisions.issue' },
    { action: 'changeDecision', permission: 'decisions.issue' },
    { action: 'revokeDecision', permission: 'decisions.issue' },
    // One home visit may serve further decisions (another benefit, its own income set).
    { action: 'propose', permission: 'wywiad.write' },
    { action: 'recordWywiad', permission: 'wywiad.write' },
  ],
  appealed: [{ action: 'forwardAppeal', permission: 'decisions.issue' }],
  appealForwarded: [{ action: 'recordAppealOutcome', permission: 'decisions.issue' }],
  closed: [
    { action: 'changeDecision', permission: 'decisions.issue' },
    { action: 'revokeDecision', permission: 'decisions.issue' },
    { action: 'propose', permission: 'wywiad.write' },
    { action: 'recordWywiad', permission: 'wywiad.write' },
  ],
  withdrawn: [],
};

export function allowedActions(
  status: ApplicationStatus,
  permissions: readonly string[],
): ApplicationActionType[] {
  return ALLOWED_ACTIONS[status].filter((a) => permissions.includes(a.permission)).map((a) => a.action);
}

export function isAllowed(
  status: ApplicationStatus,
  action: ApplicationActionType,
): AllowedAction | undefined {
  return ALLOWED_ACTIONS[status].find((a) => a.action === action);
}
