import { addDays } from '@ostoja/domain/calendar/working-days';
import type { DpsHomeInput } from '@ostoja/domain/services/dps';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Fixtures } from '../../test/route-examples.ts';
import { visitedApplication } from '../services/test-care.ts';
import * as service from './service.ts';

// Fixtures of the DPS module: the route examples and dps.int.test.ts use them.

export const today = todayInPoland();
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n').toString('base64');

/** A home whose starosta published 6 000,00 zł a month from the first of last year. */
export const homeInput = (tag: string): DpsHomeInput => ({
  name: `Dom Pomocy Społecznej ${tag} (test)`,
  powiat: 'pruszkowski',
  kind: 'elderly',
  address: null,
  places: 120,
  cost: {
    validFrom: `${Number(today.slice(0, 4)) - 1}-01-01`,
    monthlyCostGrosze: 600_000,
    publishedOn: `${Number(today.slice(0, 4)) - 1}-01-15`,
    source: 'Obwieszczenie Starosty Pruszkowskiego (test)',
  },
});

/** A request opening a file: a person visited at home (1 800,00 zł of pension), a new home. */
export async function fileRequest(fx: Pick<Fixtures, 'staff' | 'q' | 'seq'>) {
  const n = fx.seq();
  const home = await service.addHome(fx.staff(), homeInput(`file-${n}`) as never);
  const visited = await visitedApplication(fx, n, [180_000]);
  return { ...visited, homeId: home.id, consentOn: addDays(today, -10) };
}

/** A referral file of a person visited at home, with the consent and the medical certificate. */
export async function dpsFile(fx: Pick<Fixtures, 'staff' | 'q' | 'seq'>, documents = true) {
  const request = await fileRequest(fx);
  const file = await service.createReferral(fx.staff(), request);
  if (documents)
    for (const kind of ['consent', 'medical'] as const)
      await service.addDocument(fx.staff(), file.id, { kind, fileName: `${kind}.pdf`, dataBase64: PDF });
  return { ...file, homeId: request.homeId };
}

/** A file with the decision referring issued 5 days ago. */
export async function referredFile(fx: Pick<Fixtures, 'staff' | 'q' | 'seq'>) {
  const f = await dpsFile(fx);
  return service.refer(fx.staff(), f.id, addDays(today, -5));
}
