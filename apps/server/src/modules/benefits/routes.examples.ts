import { LEGAL_PARAMETER_HISTORY } from '@ostoja/domain/benefits/legal-parameters';
import type { Examples } from '../../test/route-examples.ts';

const latest = LEGAL_PARAMETER_HISTORY.at(-1)!;
/** A distinct far-future day per call, so that every permitted call adds a new period. */
const futureDay = (n: number) => new Date(Date.UTC(2100, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

export const examples: Examples = {
  'POST /api/v1/calculators/social-assistance': () => ({
    body: {
      benefit: 'zasilekStaly',
      date: '2025-06-01',
      household: [{ role: 'applicant', netIncome: 50_000, unableToWork: true }],
    },
  }),
  'GET /api/v1/legal-parameters': () => ({}),
  'POST /api/v1/legal-parameters': ({ seq }) => ({ body: { ...latest, validFrom: futureDay(seq()) } }),
  'GET /api/v1/local-resolutions': () => ({}),
  'POST /api/v1/local-resolutions': ({ seq }) => ({
    body: {
      number: `XX/${seq()}/2026`,
      adoptedOn: '2026-02-26',
      validFrom: '2026-04-01',
      validTo: null,
      kind: 'zasilekOkresowyMinPercent',
      percent: 60,
      title: 'w sprawie podwyższenia minimalnej kwoty zasiłku okresowego',
    },
  }),
};
