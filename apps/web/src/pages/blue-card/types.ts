import type { BlueCardParameters, DeadlineKind } from '@ostoja/domain/blue-card/deadlines';
import type { ParticipantRole } from '@ostoja/domain/blue-card/procedure';
import type { BlueCardActionType, BlueCardStatus } from '@ostoja/domain/blue-card/workflow';

// The shapes the blue-card API answers with (apps/server/src/modules/blue-card/*). Dates are
// YYYY-MM-DD strings; the server never sends a Date.

export interface Participant {
  personId: string;
  firstName: string;
  surname: string;
  pesel: string | null;
  birthDate: string;
  sex: 'F' | 'M';
  address: string | null;
  roles: ParticipantRole[];
}

export interface GroupMember {
  id: string;
  staffUserId: string | null;
  fullName: string;
  institution: string;
  kind: string;
  addedOn: string;
  removedOn: string | null;
}

export interface Meeting {
  id: string;
  kind: string;
  scheduledOn: string;
  scheduledTime: string;
  place: string;
  invitedMemberIds: string[];
  invitedPersonIds: string[];
  heldOn: string | null;
  presentMemberIds: string[] | null;
  presentPersonIds: string[] | null;
  minutes: string | null;
}

export interface FormRecord {
  id: string;
  kind: 'A' | 'B' | 'C' | 'D' | 'E';
  personId: string | null;
  filledOn: string;
  content: Record<string, unknown>;
  createdByName: string;
}

export interface Referral {
  id: string;
  personId: string;
  programme: string;
  institution: string;
  referredOn: string;
  note: string | null;
}

export interface LoggedAction {
  id: number;
  type: BlueCardActionType;
  on: string;
  payload: Record<string, unknown> | null;
  actorName: string | null;
  at: string;
}

export interface Procedure {
  id: string;
  number: string;
  year: number;
  openedOn: string;
  openedByName: string;
  initiatorKind: string;
  initiatorName: string;
  initiatorInstitution: string;
  place: string | null;
  violenceForms: string[];
  description: string;
  interventions: string | null;
  victimPresent: boolean;
  presenceNote: string | null;
  status: BlueCardStatus;
  closureReason: string | null;
  closedOn: string | null;
  deadlines: {
    chairDue: string;
    diagnosticGroupDue: string | null;
    firstMeetingDue: string | null;
    monitoringUntil: string | null;
  };
  pending: { kind: DeadlineKind; due: string } | null;
  /** The time limits in force on the day NK-A was filled in. */
  parameters: BlueCardParameters;
  isChair: boolean;
  allowedActions: BlueCardActionType[];
  actions: LoggedAction[];
  participants: Participant[];
  /** Suspects known only by name; `incomplete` while one is not identified. */
  suspects: Suspect[];
  incomplete: boolean;
  diagnosticGroup: GroupMember[];
  meetings: Meeting[];
  forms: FormRecord[];
  referrals: Referral[];
}

/** A row of the lists and the search. */
export interface ProcedureListItem {
  id: string;
  number: string;
  openedOn: string;
  status: BlueCardStatus;
  nextDue: string | null;
  nextDueKind: string | null;
  closureReason: string | null;
  victims: string | null;
  perpetrators: string | null;
}

export interface RegisterRow {
  id: string;
  number: string;
  openedOn: string;
  initiatorKind: string;
  initiatorInstitution: string;
  status: BlueCardStatus;
  closureReason: string | null;
  closedOn: string | null;
  victims: string | null;
  perpetrators: string | null;
}

export type DeadlineState = 'overdue' | 'dueSoon' | 'onTrack';

export interface DueItem {
  procedureId: string;
  number: string;
  kind: string;
  due: string;
  meetingId: string | null;
  state: DeadlineState;
}

export interface Deadlines {
  today: string;
  items: DueItem[];
  byProcedure: { procedureId: string; number: string; items: DueItem[] }[];
}

export interface Dashboard {
  today: string;
  team: { id: string; name: string };
  byStatus: Partial<Record<BlueCardStatus, number>>;
  atRisk: DueItem[];
}

export interface Team {
  team: { id: string; name: string; chairId: string | null; chairName: string | null } | null;
  members: {
    id: string;
    staffUserId: string | null;
    fullName: string;
    institution: string;
    isChair: boolean;
  }[];
  candidates: { id: string; fullName: string; roles: string[] }[];
}

export interface Suspect {
  id: string;
  firstName: string;
  surname: string;
  birthDate: string | null;
  sex: 'F' | 'M' | null;
  address: string | null;
  description: string | null;
  recordedOn: string;
  personId: string | null;
  completedOn: string | null;
}
