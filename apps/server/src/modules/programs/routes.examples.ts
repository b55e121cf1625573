import { ParticipantInput, ProgrammeInput } from '@ostoja/domain/programs/programme';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as service from './service.ts';

// Fixtures of the programmes module, also used by programs.int.test.ts.

const year = () => Number(todayInPoland().slice(0, 4));

export const programmeInput = (name: string, extra: Partial<ProgrammeInput> = {}) =>
  ProgrammeInput.parse({
    name,
    kind: 'euProject',
    funder: 'Fundusze Europejskie dla Mazowsza 2021–2027 (EFS+)',
    startsOn: `${year() - 1}-01-01`,
    endsOn: `${year()}-12-31`,
    budgetGrosze: 120_000_000,
    targetParticipants: 30,
    targetCompletions: 24,
    indicators: [{ name: 'Uczestnicy, którzy podnieśli kompetencje społeczne', target: 20 }],
    ...extra,
  });

export const participantInput = (personId: string, extra: Partial<ParticipantInput> = {}) =>
  ParticipantInput.parse({ personId, joinedOn: todayInPoland(), consentSignedOn: todayInPoland(), ...extra });

async function programme(fx: Fixtures) {
  return (await service.addProgramme(fx.staff(), programmeInput(`Projekt nr ${fx.seq()}`))).id;
}

async function participant(fx: Fixtures) {
  return (await service.addParticipant(fx.staff(), await programme(fx), participantInput(fx.ids.person!))).id;
}

export const examples: Examples = {
  'GET /api/v1/programmes': () => ({}),
  'GET /api/v1/programmes/:id': async (fx) => ({ params: { id: await programme(fx) } }),
  'POST /api/v1/programmes': (fx) => ({ body: programmeInput(`Program nr ${fx.seq()}`) }),
  'GET /api/v1/programmes/:id/participants': async (fx) => ({ params: { id: await programme(fx) } }),
  'POST /api/v1/programmes/:id/participants': async (fx) => ({
    params: { id: await programme(fx) },
    body: participantInput(fx.ids.person!),
  }),
  'GET /api/v1/programme-participants/:id': async (fx) => ({ params: { id: await participant(fx) } }),
  'POST /api/v1/programme-participants/:id/support': async (fx) => ({
    params: { id: await participant(fx) },
    body: { on: todayInPoland(), form: 'Warsztaty umiejętności społecznych' },
  }),
  'POST /api/v1/programme-participants/:id/results': async (fx) => {
    const id = await participant(fx);
    const x = await service.getParticipant(fx.staff(), id);
    const g = await service.getProgramme(fx.staff(), x.programmeId);
    return { params: { id }, body: { indicatorId: g.indicators[0]!.id, on: todayInPoland() } };
  },
  'POST /api/v1/programme-participants/:id/end': async (fx) => ({
    params: { id: await participant(fx) },
    body: { on: todayInPoland(), completed: true },
  }),
  'GET /api/v1/persons/:id/programmes': (fx) => ({ params: { id: fx.ids.person! } }),
  'GET /api/v1/programmes/:id/indicator-report': async (fx) => ({ params: { id: await programme(fx) } }),
  'GET /api/v1/programmes/:id/indicator-report/pdf': async (fx) => ({ params: { id: await programme(fx) } }),
};
