// Asystent rodziny (ustawa o wspieraniu rodziny i systemie pieczy zastępczej): pure rules.

/** Art. 15 ust. 4 uwr: an assistant works with at most 15 families at the same time (20 before 2015). */
export const MAX_FAMILIES_PER_ASSISTANT = 15;

/** Art. 15 ust. 4 uwr: whether one more family would take the assistant over the limit. */
export function mayTakeFamily(familiesNow: number, limit = MAX_FAMILIES_PER_ASSISTANT): boolean {
  return familiesNow < limit;
}
