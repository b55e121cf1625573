import type { FeeBand } from './fee-table.ts';

/**
 * The fee table of the minister's regulation on specialist care services (rozporządzenie MPiPS
 * z 22.09.2005, Dz.U. 2005 nr 189 poz. 1598, § 4) for persons with mental disorders: free up to
 * 100 % of the criterion, then a % of the hourly cost for a single person / a person in a family.
 * [M] The free band is the domain reference's (§1.11, itself [M]); the other percentages are from
 * memory of the regulation and must be checked against ISAP before a centre relies on them — they
 * are data, offered to the administrator as a starting point for the table, never used by a rule
 * directly.
 */
export const REGULATION_2005_BANDS: readonly FeeBand[] = [
  { overPct: 100, upToPct: 150, singlePct: 0.5, familyPct: 1 },
  { overPct: 150, upToPct: 200, singlePct: 1, familyPct: 2 },
  { overPct: 200, upToPct: 250, singlePct: 3, familyPct: 5 },
  { overPct: 250, upToPct: 300, singlePct: 5, familyPct: 7.5 },
  { overPct: 300, upToPct: 350, singlePct: 7.5, familyPct: 10 },
  { overPct: 350, upToPct: 400, singlePct: 10, familyPct: 12.5 },
  { overPct: 400, upToPct: 450, singlePct: 12.5, familyPct: 15 },
  { overPct: 450, upToPct: 500, singlePct: 15, familyPct: 20 },
  { overPct: 500, upToPct: 550, singlePct: 20, familyPct: 25 },
  { overPct: 550, upToPct: 600, singlePct: 25, familyPct: 30 },
  { overPct: 600, upToPct: null, singlePct: 30, familyPct: 35 },
];
