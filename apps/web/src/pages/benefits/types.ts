import type { ApplicationBenefit, Channel } from '@ostoja/domain/applications/application';
import type { ApplicationDeadlines } from '@ostoja/domain/applications/deadlines';
import type { ApplicationActionType, ApplicationStatus } from '@ostoja/domain/applications/workflow';
import type { IncomeKind } from '@ostoja/domain/benefits/income';
import type { LegalParameterPeriod } from '@ostoja/domain/benefits/legal-parameters';
import type { LocalResolution } from '@ostoja/domain/benefits/local-resolutions';

export type { LegalParameterPeriod, LocalResolution };

/** One line of "Moja praca" (GET /api/v1/my-work). */
export interface WorkItem {
  kind: 'wywiad' | 'wywiadUpdate' | 'proposal' | 'decision' | 'forwardAppeal' | 'intake';
  due: string;
  overdue: boolean;
  /** null for an online application not yet registered (kind 'intake', see intakeId). */
  applicationId: string | null;
  intakeId?: string;
  number: string;
  applicantName: string;
  householdId: string | null;
  address?: {
    street: string;
    building: string;
    apartment: string | null;
    postalCode: string | null;
    city: string;
  };
  urgent: boolean;
}

export interface MyWork {
  today: string;
  items: WorkItem[];
  overdue: number;
}

/** A row of the queue (GET /api/v1/applications). */
export interface ApplicationSummary {
  id: string;
  number: string;
  householdId: string;
  applicantId: string;
  applicantName: string;
  channel: Channel;
  submittedOn: string;
  benefits: ApplicationBenefit[];
  helpReasons: string[];
  urgent: boolean;
  complicated: boolean;
  description: string | null;
  assignedWorkerId: string | null;
  assignedWorkerName: string | null;
  status: ApplicationStatus;
  wywiadDue: string;
  decisionDue: string;
  version: number;
}

export interface ActionEntry {
  id: number;
  type: ApplicationActionType;
  on: string;
  payload: Record<string, unknown> | null;
  actorName: string | null;
  at: string;
}

export interface Member {
  id: string;
  pesel: string | null;
  firstName: string;
  surname: string;
  birthDate: string;
  relation: string;
}

export interface IncomeSource {
  kind: IncomeKind;
  month: string;
  gross: number;
  tax: number;
  contributions: number;
  oneOff?: boolean;
  dueFrom?: string;
  dueTo?: string;
}

export interface WywiadRecord {
  id: string;
  workerName: string;
  visitedOn: string;
  incomeLost: boolean;
  health: string | null;
  housing: string | null;
  needs: string | null;
  conclusions: string;
  helpPlan: string | null;
  farmHectares: number;
  members: { personId: string; sources: IncomeSource[]; alimonyPaid: number }[];
}

/** A calculation step as the server rendered it in the UI language. */
export interface Step {
  article: string;
  text: string;
}

export interface Calculation {
  eligible: boolean;
  amount: number;
  minimumAmount: number;
  maximumAmount: number | null;
  criterion: number;
  income: number;
  incomePerPerson: number;
  householdSize: number;
  referenceMonth: string;
  parametersFrom: string;
  explanation: Step[];
}

export interface ProposalRecord {
  id: string;
  workerName: string;
  benefit: ApplicationBenefit;
  personIds: string[];
  unableToWork: boolean;
  amount: number;
  periodFrom: string;
  periodTo: string;
  purpose: string | null;
  justification: string;
  calculation: Omit<Calculation, 'explanation'>;
  explanation: Step[];
  createdAt: string;
}

export interface DecisionRecord {
  id: string;
  number: string;
  outcome: 'grant' | 'refuse' | 'revoke';
  kind: 'original' | 'change' | 'revoke';
  amendsNumber: string | null;
  benefit: ApplicationBenefit;
  amount: number;
  periodFrom: string | null;
  periodTo: string | null;
  schedule: { month: string; amount: number; days: number | null }[];
  paymentMethod: 'transfer' | 'cashDesk' | null;
  iban: string | null;
  legalBasis: string;
  justification: string;
  decidedOn: string;
  deliveredOn: string | null;
  signedByName: string;
  signatoryJobTitle: string | null;
  draftedByName: string | null;
}

/** A decision drafted under four-eyes approval, waiting for another authorised person. */
export interface DecisionDraft {
  /** A drafted first decision has an outcome; a drafted change or revocation names the decision it amends. */
  outcome?: 'grant' | 'refuse';
  amendment?: 'change' | 'revoke';
  amendsNumber?: string;
  fromMonth?: string;
  decidedOn: string;
  amount?: number;
  draftedById: string | null;
  draftedByName: string | null;
}

export interface AppealRecord {
  id: string;
  receivedOn: string;
  appellant: string | null;
  summary: string | null;
  forwardDue: string;
  forwardedOn: string | null;
  outcome: 'upheld' | 'reversed' | 'remanded' | null;
  outcomeOn: string | null;
  note: string | null;
}

/** GET /api/v1/applications/:id and the answer of every step. */
export interface ApplicationDetail extends ApplicationSummary {
  deadlines: ApplicationDeadlines;
  allowedActions: ApplicationActionType[];
  actions: ActionEntry[];
  members: Member[];
  wywiady: WywiadRecord[];
  proposals: ProposalRecord[];
  decisions: DecisionRecord[];
  decisionDraft: DecisionDraft | null;
  appeals: AppealRecord[];
}
