import type { Locale } from '@ostoja/domain';

// Shapes of the counselling API (apps/server/src/modules/counselling/service.ts, work.ts, setup.ts).

export interface DutyHours {
  weekday: number;
  start: string;
  end: string;
  mode: 'inPerson' | 'phone';
  validFrom: string;
  validTo: string | null;
  months: number[] | null;
  phone: string | null;
}

export interface PublicSpecialist {
  id: string;
  kind: string;
  publicName: string;
  description: string | null;
  lang: Locale;
  dutyHours: DutyHours[];
}

export interface SlotPlace {
  id: string;
  name: string;
  street: string | null;
  building: string | null;
  city: string | null;
}

/** A free slot, or the slot of a booking, as residents see it. */
export interface PublicSlot {
  specialistId: string;
  kind: string;
  publicName: string;
  date: string;
  start: string;
  end: string;
  mode: 'inPerson' | 'phone';
  office: SlotPlace | null;
  room: string | null;
  phoneLine: string | null;
}

export interface Booked extends PublicSlot {
  id: string;
  code: string;
  status: string;
  name: string;
}

export interface LookedUp extends PublicSlot {
  status: 'booked' | 'cancelled' | 'attended' | 'noShow';
  name: string | null;
  canCancel: boolean;
}

/** A booking as staff see it in the day's schedule. */
export interface StaffBooking {
  id: string;
  specialistId: string;
  date: string;
  start: string;
  end: string;
  mode: 'inPerson' | 'phone';
  room: string | null;
  phoneLine: string | null;
  name: string | null;
  phone: string | null;
  email: string | null;
  note: string | null;
  status: 'booked' | 'cancelled' | 'attended' | 'noShow';
  cancelledBy: string | null;
  version: number;
  consultationId?: string | null;
}

export interface ScheduleSlot {
  date: string;
  start: string;
  end: string;
  mode: 'inPerson' | 'phone';
  officeId: string | null;
  room: string | null;
  phone: string | null;
  booking: StaffBooking | null;
}

export interface WalkIn {
  id: string;
  kind: string;
  mode: string;
  durationMinutes: number;
  clientName: string | null;
  referral: string;
}

export interface ScheduleOf {
  id: string;
  kind: string;
  publicName: string;
  slots: ScheduleSlot[];
  displaced: StaffBooking[];
  cancelled: StaffBooking[];
  walkIns: WalkIn[];
}

export interface Schedule {
  date: string;
  specialists: ScheduleOf[];
}

/** The consultation kind a specialist usually gives. */
export const KIND_OF_SPECIALIST: Record<string, string> = {
  psychologist: 'psychological',
  lawyer: 'legal',
  violenceConsultant: 'violence',
  addictionConsultant: 'addiction',
  familyCounsellor: 'family',
  other: 'other',
};
