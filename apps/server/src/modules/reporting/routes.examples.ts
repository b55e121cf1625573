import type { Examples, Fixtures } from '../../test/route-examples.ts';
import { insertPosition } from './staffing-repo.ts';

// Valid requests for the permission-matrix test; the demo seed holds Pruszków's strategy.

const strategyId = async (fx: Fixtures) =>
  (await fx.q.query<{ id: string }>('SELECT id FROM strategy ORDER BY created_at LIMIT 1')).rows[0]!.id;

const mrpips = { year: '2024', period: 'Y' };

export const examples: Examples = {
  'GET /api/v1/reports/indicator-queries': () => ({}),
  'GET /api/v1/reports/strategies': () => ({}),
  'POST /api/v1/reports/strategies': (fx) => ({
    body: {
      title: `Strategia testowa ${fx.seq()}`,
      resolution: 'Uchwała Nr I/1/2025',
      yearFrom: 2025,
      yearTo: 2030,
      goals: [
        {
          title: 'Wsparcie rodzin',
          operationalGoals: [
            {
              title: 'Praca socjalna',
              directions: [
                {
                  title: 'Prowadzenie pracy socjalnej',
                  indicators: [
                    { label: 'Pracownicy socjalni', kind: 'computed', queryKey: 'staff.socialWorkers' },
                    { label: 'Kontrakty socjalne', kind: 'manual', source: 'Rejestr kontraktów' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  }),
  'GET /api/v1/reports/strategies/:id': async (fx) => ({ params: { id: await strategyId(fx) } }),
  'GET /api/v1/reports/strategies/:id/report': async (fx) => ({
    params: { id: await strategyId(fx) },
    query: { year: '2024' },
  }),
  'GET /api/v1/reports/strategies/:id/report/file': async (fx) => ({
    params: { id: await strategyId(fx) },
    query: { year: '2024', format: 'docx' },
  }),
  'PUT /api/v1/reports/strategies/:id/report/:year/indicators/:indicatorId': async (fx) => {
    const id = await strategyId(fx);
    const ind = await fx.q.query<{ id: string; version: number | null }>(
      `SELECT i.id, e.version FROM strategy_indicator i
         JOIN strategy_direction d ON d.id = i.direction_id
         JOIN strategy_operational_goal o ON o.id = d.operational_goal_id
         JOIN strategy_goal g ON g.id = o.goal_id
         LEFT JOIN strategy_indicator_entry e ON e.indicator_id = i.id AND e.year = 2025
        WHERE g.strategy_id = $1 AND i.kind = 'manual' AND i.unit = 'count'
        ORDER BY g.position, o.position, d.position, i.position LIMIT 1`,
      [id],
    );
    const row = ind.rows[0]!;
    return {
      params: { id, year: '2025', indicatorId: row.id },
      body: { value: 31, commentary: 'Wzrost dzięki nowemu projektowi.', version: row.version },
    };
  },
  'GET /api/v1/reports/mrpips-03/:year/:period': () => ({ params: mrpips }),
  'GET /api/v1/reports/mrpips-03/:year/:period/xlsx': () => ({ params: mrpips }),
  'GET /api/v1/reports/mrpips-03/:year/:period/figures/:figure': () => ({
    params: { ...mrpips, figure: 'benefits.total.persons' },
  }),
  'GET /api/v1/reports/mrpips-03/:year/:period/figures/:figure/export': () => ({
    params: { ...mrpips, figure: 'staffing.socialWorker.headcount' },
    query: { format: 'csv' },
  }),
  'GET /api/v1/reports/dashboard': () => ({}),
  'GET /api/v1/reports/dashboard/lists/:figure': () => ({
    params: { figure: 'helped.families' },
    query: { month: new Date().toISOString().slice(0, 7) },
  }),
  'GET /api/v1/reports/staffing': () => ({}),
  'POST /api/v1/reports/staffing': () => ({
    body: { fullName: 'Irena Opiekuńcza', position: 'carer', fte: 0.5, validFrom: '2025-01-01' },
  }),
  'POST /api/v1/reports/staffing/:id/end': async (fx) => {
    const id = await insertPosition(fx.q, {
      staffUserId: null,
      fullName: `Pracownik ${fx.seq()}`,
      position: 'other',
      fte: 1,
      validFrom: '2024-01-01',
      validTo: null,
    });
    return { params: { id }, body: { validTo: '2025-06-30' } };
  },
};
