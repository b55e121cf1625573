import type { IntakeStatus } from '@ostoja/domain/portal/intake';

// Shapes of the staff intakes API (apps/server/src/modules/portal/intake-staff.ts).

export interface IntakeAddress {
  street: string;
  building: string;
  apartment?: string | null;
  postalCode: string;
  city: string;
}

export interface IntakeSummary {
  id: string;
  reference: string;
  status: IntakeStatus;
  submittedAt: string;
  fieldTeamId: string | null;
  fieldTeamName: string | null;
  applicantName: string;
  address: IntakeAddress;
  help: string[];
  assignedWorkerName: string | null;
  attachmentCount: number;
}

export interface IntakePerson {
  firstName: string;
  surname: string;
  pesel?: string | null;
  birthDate?: string | null;
}

export interface Intake {
  id: string;
  reference: string;
  status: IntakeStatus;
  fieldTeamId: string | null;
  fieldTeamName: string | null;
  applicant: IntakePerson;
  address: IntakeAddress;
  phone: string | null;
  email: string | null;
  preferredContact: string;
  household: (IntakePerson & { relation: string })[];
  help: string[];
  helpOther: string | null;
  reasons: string[];
  description: string;
  submittedAt: string;
  assignedWorkerName: string | null;
  householdId: string | null;
  personId: string | null;
  declineReason: string | null;
  version: number;
  attachments: { id: string; fileName: string; mediaType: string; size: number }[];
  history: { status: string; at: string; actorName: string | null; note: string | null }[];
  allowedActions: ('take' | 'setFieldTeam' | 'accept' | 'decline')[];
}
