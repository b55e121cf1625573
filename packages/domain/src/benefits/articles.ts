// Citations printed beside each step. The wording of art. 37 and art. 8 ust. 1 was checked
// against OPS pages quoting the statute; the paragraph numbers of art. 38 follow the domain
// reference and W. Maciejko's commentary (max in ust. 2, 50% in ust. 3, 20 zł in ust. 4,
// local raise in ust. 6) and should be checked against the current t.j. on ISAP.
const UPS = 'ustawy o pomocy społecznej';

export const ART = {
  criterionSingle: `art. 8 ust. 1 pkt 1 ${UPS}`,
  criterionPerPerson: `art. 8 ust. 1 pkt 2 ${UPS}`,
  familyCriterion: `art. 6 pkt 4 ${UPS}`,
  income: `art. 8 ust. 3 ${UPS}`,
  incomeExclusions: `art. 8 ust. 4 ${UPS}`,
  farmIncome: `art. 8 ust. 9 ${UPS}`,
  oneOffIncome: `art. 8 ust. 11 ${UPS}`,
  periodIncome: `art. 8 ust. 12 ${UPS}`,
  smallIncomeChange: `art. 106 ust. 3a–3b ${UPS}`,
  stalySingle: `art. 37 ust. 1 pkt 1 ${UPS}`,
  stalyFamily: `art. 37 ust. 1 pkt 2 ${UPS}`,
  stalyAmountSingle: `art. 37 ust. 2 pkt 1 ${UPS}`,
  stalyAmountFamily: `art. 37 ust. 2 pkt 2 ${UPS}`,
  stalyMin: `art. 37 ust. 3 ${UPS}`,
  okresowy: `art. 38 ust. 1 ${UPS}`,
  okresowyMax: `art. 38 ust. 2 ${UPS}`,
  okresowySingleCap: `art. 38 ust. 2 pkt 1 ${UPS}`,
  okresowyMinPercent: `art. 38 ust. 3 ${UPS}`,
  okresowyMinAmount: `art. 38 ust. 4 ${UPS}`,
  okresowyLocalRaise: `art. 38 ust. 6 ${UPS}`,
  celowy: `art. 39 ${UPS}`,
  specjalnyCelowy: `art. 41 pkt 1 ${UPS}`,
} as const;
