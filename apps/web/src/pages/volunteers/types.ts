import type { VolunteerStatus } from '@ostoja/domain/volunteers/volunteer';

// Shapes of the volunteers API (apps/server/src/modules/volunteers).

export interface Volunteer {
  id: string;
  firstName: string;
  surname: string;
  phone: string | null;
  email: string | null;
  adult: boolean;
  availability: { weekdays: number[]; times: string[]; note?: string | null };
  skills: string[];
  about: string | null;
  consentAt: string;
  status: VolunteerStatus;
  reviewNote: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  createdAt: string;
  version: number;
}

export interface Agreement {
  id: string;
  volunteerId: string;
  number: string;
  concludedOn: string;
  validFrom: string;
  validTo: string | null;
  scope: string;
  place: string;
  hours: string;
  address: string;
  travelCosts: boolean;
  noticeDays: number;
  signedForCentre: string;
  extraTerms: string | null;
  createdAt: string;
}
