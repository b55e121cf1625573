import type { Permission } from '../identity/permissions.ts';

/**
 * A Niebieska Karta procedure as an append-only action log. The status is never stored as truth:
 * `blueCardStatus` derives it, and the table below says what may happen next and by whom.
 */
export const BLUE_CARD_ACTIONS = [
  'open',
  'addParticipant',
  'handOverFormB',
  'transferToChair',
  'formDiagnosticGroup',
  'changeDiagnosticGroup',
  'scheduleMeeting',
  'recordMeeting',
  'fillFormC',
  'fillFormD',
  'fillFormE',
  'refer',
  'close',
  'endMonitoring',
] as const;
export type BlueCardActionType = (typeof BLUE_CARD_ACTIONS)[number];

export const BLUE_CARD_STATUSES = [
  /** NK-A filled in; to be passed to the chair of the interdisciplinary team. */
  'opened',
  /** With the chair, who forms the diagnostic-help group. */
  'withChair',
  /** The group exists; its first meeting is due. */
  'diagnosticGroupFormed',
  /** The group works: meetings, plans (NK-C), NK-D/E, referrals. */
  'inProgress',
  /** Closed by the group; monitoring after closure runs (§ 21 ust. 1 of the rozporządzenie). */
  'monitoring',
  'closed',
] as const;
export type BlueCardStatus = (typeof BLUE_CARD_STATUSES)[number];

export interface BlueCardAction {
  type: BlueCardActionType;
  /** The legal date of the step (form filled in, meeting held, closure…), YYYY-MM-DD. */
  on: string;
  payload?: Record<string, unknown>;
}

const NEXT: Partial<Record<BlueCardActionType, BlueCardStatus>> = {
  open: 'opened',
  transferToChair: 'withChair',
  formDiagnosticGroup: 'diagnosticGroupFormed',
  close: 'monitoring',
  endMonitoring: 'closed',
};

/** Pure reducer: the status after the actions, in order. */
export function blueCardStatus(actions: readonly BlueCardAction[]): BlueCardStatus {
  let status: BlueCardStatus = 'opened';
  for (const a of actions) {
    // The first meeting held starts the group's work; later meetings change nothing.
    if (a.type === 'recordMeeting' && status === 'diagnosticGroupFormed') status = 'inProgress';
    else status = NEXT[a.type] ?? status;
  }
  return status;
}

/**
 * `participant`: anyone who sees the procedure (its group members, its opener, the chair).
 * `chair`: only the chair of the interdisciplinary team — a fact of the team's make-up, not a role.
 */
export type ActingAs = 'participant' | 'chair';

export interface AllowedAction {
  action: BlueCardActionType;
  permission: Permission;
  by: ActingAs;
}

const work = (action: BlueCardActionType): AllowedAction => ({
  action,
  permission: 'blueCard.work',
  by: 'participant',
});
const chair = (action: BlueCardActionType): AllowedAction => ({
  action,
  permission: 'blueCard.coordinate',
  by: 'chair',
});

const GROUP_WORK: AllowedAction[] = [
  work('addParticipant'),
  work('handOverFormB'),
  chair('changeDiagnosticGroup'),
  work('scheduleMeeting'),
  work('recordMeeting'),
  work('fillFormC'),
  work('fillFormD'),
  work('fillFormE'),
  work('refer'),
];

/** What may be done in each status, with which permission and by whom. Snapshot-tested. */
export const ALLOWED_ACTIONS: Record<BlueCardStatus, readonly AllowedAction[]> = {
  opened: [work('addParticipant'), work('handOverFormB'), work('transferToChair')],
  withChair: [work('addParticipant'), work('handOverFormB'), chair('formDiagnosticGroup')],
  diagnosticGroupFormed: GROUP_WORK,
  // The group decides the closure at a meeting, so it comes after the first one.
  inProgress: [...GROUP_WORK, work('close')],
  monitoring: [
    chair('changeDiagnosticGroup'),
    work('scheduleMeeting'),
    work('recordMeeting'),
    work('endMonitoring'),
  ],
  closed: [],
};

export function isAllowed(status: BlueCardStatus, action: BlueCardActionType): AllowedAction | undefined {
  return ALLOWED_ACTIONS[status].find((a) => a.action === action);
}

/** The actions an actor may take now: by permission, and chair actions only for the chair. */
export function allowedActions(
  status: BlueCardStatus,
  permissions: readonly string[],
  isChair: boolean,
): BlueCardActionType[] {
  return ALLOWED_ACTIONS[status]
    .filter((a) => permissions.includes(a.permission) && (a.by === 'participant' || isChair))
    .map((a) => a.action);
}
