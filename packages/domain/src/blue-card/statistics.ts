import type { ParticipantRole } from './procedure.ts';
import type { ClosureReason } from './steps.ts';

/**
 * Age groups of the yearly figures: children in the school stages (0–6, 7–12, 13–17), adults,
 * and seniors from 60 (the threshold of the "Senior" programmes and of MRPiPS reporting [M]).
 */
export const AGE_GROUPS = ['0-6', '7-12', '13-17', '18-29', '30-59', '60+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Full years of age on `on` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageGroup(age: number): AgeGroup {
  if (age <= 6) return '0-6';
  if (age <= 12) return '7-12';
  if (age <= 17) return '13-17';
  if (age <= 29) return '18-29';
  if (age <= 59) return '30-59';
  return '60+';
}

/** What the team reports for a year: counts only, never a name or an identifier. */
export interface BlueCardStatistics {
  year: number;
  opened: number;
  openedBy: Record<string, number>;
  closed: Record<ClosureReason, number>;
  meetingsHeld: number;
  /** Distinct persons in the procedures opened that year, per role. */
  personsByRole: Record<ParticipantRole, number>;
  /** The same persons by role, sex and age group on the day their procedure was opened. */
  persons: { role: ParticipantRole; sex: 'F' | 'M'; ageGroup: AgeGroup; count: number }[];
}
