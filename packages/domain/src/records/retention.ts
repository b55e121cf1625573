// Retention of records by their JRWA category (domain-reference §7.2). The categories and the
// counting rule are archival practice [S: studylibpl Oleśnica JRWA]; every period itself is the
// centre's data (retention_rule), [M] until the centre enters its own JRWA.

export const RECORD_KINDS = [
  'application',
  'payment',
  'blueCard',
  'counselling',
  'caseFile',
  'familyAssistance',
  'fosterCare',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A: permanent (to the state archive); B: destroyed after n years; BE: the archive reviews; Bc: short-term. */
export const RETENTION_CATEGORIES = ['A', 'B', 'BE', 'Bc'] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

/** What happens when the period ends: B and Bc are destroyed, A goes to the archive, BE is reviewed. */
export function retentionAction(category: RetentionCategory): 'destroy' | 'archive' | 'review' {
  return category === 'A' ? 'archive' : category === 'BE' ? 'review' : 'destroy';
}

// JRWA instruction: the period counts from 1 January of the year after the case was closed.
export function retentionDueOn(closedOn: string, years: number): string {
  return `${Number(closedOn.slice(0, 4)) + 1 + years}-01-01`;
}

/** Whether a record closed on `closedOn` is due in the month `month` (YYYY-MM) or earlier. */
export function dueBy(closedOn: string, years: number, month: string): boolean {
  return retentionDueOn(closedOn, years) <= lastDayOfMonth(month);
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
