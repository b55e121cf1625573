import type { Examples } from '../../test/route-examples.ts';

export const examples: Examples = {
  'POST /api/v1/calculators/meals': () => ({
    body: { date: '2026-12-04', persons: 3, monthlyIncome: 400_000, schoolChild: true },
  }),
  'POST /api/v1/calculators/food-aid': () => ({
    body: { date: '2026-12-04', persons: 1, monthlyIncome: 200_000, difficulty: 'yes' },
  }),
  'POST /api/v1/calculators/housing-allowance': () => ({
    body: {
      date: '2026-12-04',
      persons: 3,
      monthlyIncome: 600_000,
      areaHundredths: 5_000,
      monthlyExpenses: 120_000,
      legalTitle: 'yes',
    },
  }),
  'POST /api/v1/calculators/care-fee': () => ({
    body: {
      date: '2026-12-04',
      serviceKind: 'careService',
      persons: 1,
      monthlyIncome: 160_000,
      hoursPerMonth: 30,
    },
  }),
};
