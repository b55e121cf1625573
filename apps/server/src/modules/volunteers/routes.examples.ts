import { todayInPoland } from '@ostoja/domain/shared/today';
import { VolunteerSignUp } from '@ostoja/domain/volunteers/volunteer';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as repo from './repo.ts';
import * as service from './service.ts';

export const signUpBody = (n = 0) => ({
  firstName: 'Wiktoria',
  surname: `Pomocna${n ? ` ${n}` : ''}`,
  phone: '501 502 503',
  adult: true,
  availability: { weekdays: [2, 4], times: ['afternoon'] },
  skills: ['shopping', 'companionship'],
  consent: true,
});

const today = todayInPoland();
export const agreementBody = {
  concludedOn: today,
  validFrom: today,
  scope: 'Pomoc osobom starszym w zakupach spożywczych i aptecznych',
  place: 'Pruszków, miejsca zamieszkania podopiecznych',
  hours: 'do 6 godzin tygodniowo, we wtorki i czwartki po południu',
  address: 'ul. Lipowa 5/2, 05-800 Pruszków',
  signedForCentre: 'Weronika Pomocna, koordynator wolontariatu',
};

/** A sign-up as stored from the public form, optionally already accepted. */
export async function newVolunteer(fx: Fixtures, accepted = false) {
  const n = fx.seq();
  const id = await repo.insertVolunteer(fx.q, VolunteerSignUp.parse(signUpBody(n)), `pomocna ${n}`);
  if (accepted) await repo.review(fx.q, id, 1, 'accepted', null, fx.ids.user!);
  return id;
}

export const examples: Examples = {
  'POST /api/v1/volunteers/sign-up': (fx) => ({ body: signUpBody(fx.seq()) }),
  'GET /api/v1/volunteers': () => ({ query: { status: 'new' } }),
  'GET /api/v1/volunteers/:id': async (fx) => ({ params: { id: await newVolunteer(fx) } }),
  'POST /api/v1/volunteers/:id/review': async (fx) => ({
    params: { id: await newVolunteer(fx) },
    body: { decision: 'accept', note: 'Rozmowa telefoniczna przeprowadzona.', version: 1 },
  }),
  'DELETE /api/v1/volunteers/:id': async (fx) => ({ params: { id: await newVolunteer(fx) } }),
  'POST /api/v1/volunteers/:id/agreements': async (fx) => ({
    params: { id: await newVolunteer(fx, true) },
    body: agreementBody,
  }),
  'GET /api/v1/volunteer-agreements/:id/pdf': async (fx) => {
    const id = await newVolunteer(fx, true);
    const a = await service.conclude(fx.staff(), id, { ...agreementBody, travelCosts: false, noticeDays: 7 });
    return { params: { id: a.id } };
  },
};
