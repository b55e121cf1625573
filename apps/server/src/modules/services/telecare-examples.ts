import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Examples } from '../../test/route-examples.ts';

import {
  assignment,
  device,
  lentDevice,
  neighbour,
  sharedApplication,
  sharedNeighbourDecision,
  telecareDecision,
  telecareRequest,
} from './test-telecare.ts';

const today = todayInPoland();

// A valid request for each telecare and neighbour-services route (the permissions test calls each as every role).
export const telecareExamples: Examples = {
  'GET /api/v1/telecare/devices': () => ({}),
  'POST /api/v1/telecare/devices': (fx) => ({
    body: { kind: 'keyBox', serialNumber: `KB-${fx.seq()}` },
  }),
  'GET /api/v1/telecare/decisions': () => ({}),
  'GET /api/v1/telecare/decisions/:id': async (fx) => ({ params: { id: (await telecareDecision(fx)).id } }),
  'POST /api/v1/telecare/decisions': async (fx) => ({ body: telecareRequest(await sharedApplication(fx)) }),
  'POST /api/v1/telecare/loans': async (fx) => ({
    body: {
      telecareServiceId: (await telecareDecision(fx)).id,
      deviceId: (await device(fx)).id,
      lentOn: today,
    },
  }),
  'POST /api/v1/telecare/loans/:id/end': async (fx) => ({
    params: { id: (await lentDevice(fx)).loan.id },
    body: { returnedOn: today, lost: false },
  }),
  'GET /api/v1/telecare/loans/:id/contract': async (fx) => ({
    params: { id: (await lentDevice(fx)).loan.id },
  }),
  'POST /api/v1/telecare/alarms/import': async (fx) => {
    const { device: d } = await lentDevice(fx);
    return {
      body: {
        csv: `serial;date;time;kind;outcome\n${d.serialNumber};${today};08:${String(fx.seq() % 60).padStart(2, '0')};button;talk\n`,
      },
    };
  },
  'GET /api/v1/telecare/alarms': async (fx) => ({
    query: { personId: (await lentDevice(fx)).decision.personId, month: today.slice(0, 7) },
  }),
  'GET /api/v1/neighbour-services/neighbours': () => ({}),
  'POST /api/v1/neighbour-services/neighbours': (fx) => ({
    body: {
      fullName: `Sąsiad ${fx.seq()}`,
      address: 'ul. Prusa 1, Pruszków',
      phone: null,
      bankAccount: null,
    },
  }),
  'GET /api/v1/neighbour-services/rates': () => ({}),
  'POST /api/v1/neighbour-services/rates': (fx) => ({
    body: {
      validFrom: `2090-01-${String(1 + (fx.seq() % 28)).padStart(2, '0')}`,
      hourlyRateGrosze: 2_500,
      basis: 'Zarządzenie Dyrektora (przykład)',
    },
  }),
  'GET /api/v1/neighbour-services/assignments': () => ({}),
  'POST /api/v1/neighbour-services/assignments': async (fx) => {
    const d = await sharedNeighbourDecision(fx);
    return {
      body: {
        careServiceId: d.id,
        neighbourId: (await neighbour(fx)).id,
        hoursPerMonth: 20,
        periodFrom: d.periodFrom,
        periodTo: d.periodTo,
      },
    };
  },
  'PUT /api/v1/neighbour-services/hours': async (fx) => ({
    body: {
      assignmentId: (await assignment(fx, 20, sharedNeighbourDecision)).id,
      month: today.slice(0, 7),
      hours: 12.25,
    },
  }),
  'GET /api/v1/neighbour-services/payments': () => ({ query: { month: '2031-03' } }),
};
