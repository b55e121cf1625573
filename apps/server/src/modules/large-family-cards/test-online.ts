import { OnlineKdrApplication } from '@ostoja/domain/family-benefits/large-family-card-online';
import type { z } from 'zod';
import type { Fixtures } from '../../test/route-examples.ts';
import * as online from './online-service.ts';

// Fixtures of the KDR application filed on the portal (tests and route examples).

/**
 * A mother and three children as a resident types them: Kuba, 19 and at university until June
 * 2028 (a school certificate needed), Lena with a disability certificate, and Mia.
 */
export function onlineBody(n: number): z.input<typeof OnlineKdrApplication> {
  const surname = `Portalowa-${n}`;
  return {
    address: { street: 'Kościuszki', building: String(1 + (n % 50)), postalCode: '05-800', city: 'Pruszków' },
    phone: '600100200',
    preferredContact: 'phone',
    members: [
      { firstName: 'Ola', surname, birthDate: '1985-02-02', role: 'parent', electronic: true },
      { firstName: 'Kuba', surname, birthDate: '2007-03-03', role: 'child', schoolUntil: '2028-06-30' },
      { firstName: 'Lena', surname, birthDate: '2012-04-04', role: 'child', disability: true },
      { firstName: 'Mia', surname, birthDate: '2016-05-05', role: 'child' },
    ],
    attachments: ['identity', 'schoolCertificate'],
    declaration: true,
  };
}

/** One filed, as the portal files it; its id for the staff's reads. */
export async function filedOnline(fx: Pick<Fixtures, 'staff'>, n: number) {
  return (await online.submit(fx.staff(), OnlineKdrApplication.parse(onlineBody(n)))).id;
}
