import { PRUSZKOW_STRATEGY } from '@ostoja/domain/reporting/pruszkow-strategy';
import { StrategyInput } from '@ostoja/domain/reporting/strategy';
import type { Queryable } from '../../db/db.ts';
import { insertPosition } from './staffing-repo.ts';
import { insertStrategy } from './strategy-repo.ts';

// Demo data of reporting: Pruszków's 2023–2029 strategy with the hand-entered figures of its
// 2024 report (seed 002), and the staffing table of the demo centre.

const POSITIONS: { login: string | null; fullName: string; position: string }[] = [
  { login: 'dyrektor', fullName: 'Dorota Dyrektorska', position: 'director' },
  { login: 'pracownik', fullName: 'Paulina Środowiskowa', position: 'socialWorker' },
  { login: 'pracownik2', fullName: 'Piotr Terenowy', position: 'socialWorker' },
  { login: 'asystent', fullName: 'Agata Rodzinna', position: 'familyAssistant' },
  { login: 'psycholog', fullName: 'Łukasz Poradniczy', position: 'specialist' },
  { login: 'swiadczenia', fullName: 'Beata Świadczeniowa', position: 'administration' },
  { login: null, fullName: 'Halina Opiekuńcza', position: 'carer' },
  { login: null, fullName: 'Zofia Pomocna', position: 'carer' },
];

export async function seedReportingDemo(q: Queryable) {
  const input = StrategyInput.parse(PRUSZKOW_STRATEGY);
  const { indicatorIds } = await insertStrategy(q, input, null);
  // The seed's indicators in insertion order (goal, operational goal, direction, indicator).
  const demo = PRUSZKOW_STRATEGY.goals.flatMap((g) =>
    g.operationalGoals.flatMap((o) => o.directions.flatMap((d) => d.indicators.map((i) => i.demo2024))),
  );
  const rows = demo
    .map((d, i) => ({ d, id: indicatorIds[i]! }))
    .filter((x): x is { d: NonNullable<typeof x.d>; id: string } => x.d !== undefined);
  await q.query(
    `INSERT INTO strategy_indicator_entry (indicator_id, year, value, text)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::bigint[], $4::text[])`,
    [
      rows.map((x) => x.id),
      rows.map(() => 2024),
      rows.map((x) => x.d.value ?? null),
      rows.map((x) => x.d.text ?? null),
    ],
  );
  for (const p of POSITIONS) {
    const user = p.login
      ? (await q.query<{ id: string }>('SELECT id FROM staff_user WHERE login = $1', [p.login])).rows[0]?.id
      : undefined;
    await insertPosition(q, {
      staffUserId: user ?? null,
      fullName: p.fullName,
      position: p.position as 'other',
      fte: 1,
      validFrom: '2024-01-01',
      validTo: null,
    });
  }
}
