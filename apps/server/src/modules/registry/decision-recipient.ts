import { centreSettings } from '../../config.ts';
import type { StaffContext } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import type { DecisionFrame } from '../../shared/decision-document.ts';
import * as orgRepo from '../org/repo.ts';
import { personScope } from './access.ts';
import * as registryRepo from './repo.ts';

/**
 * What heads every decision letter of the centre: the centre, the authority it acts under and the
 * addressee at the household's address; the person only within the reader's scope (else 404).
 */
export async function decisionHeader(
  ctx: StaffContext,
  personId: string,
  householdId: string,
): Promise<Pick<DecisionFrame, 'centre' | 'authority' | 'recipient'> & { personId: string }> {
  const person = await registryRepo.findPerson(ctx.q, personId, personScope(ctx.actor));
  const household = await registryRepo.findHousehold(ctx.q, householdId);
  if (!person || !household) throw notFound();
  const flat = household.apartment ? `/${household.apartment}` : '';
  return {
    personId: person.id,
    centre: await orgRepo.centre(ctx.q),
    authority: centreSettings().authority,
    recipient: {
      firstName: person.firstName,
      surname: person.surname,
      sex: person.sex,
      pesel: person.pesel,
      address: `ul. ${household.street} ${household.building}${flat}, ${household.postalCode ?? ''} ${household.city}`,
    },
  };
}

/** The file name of a decision letter: its number, safe for a header. */
export const decisionFilename = (number: string) => `decyzja-${number.replace(/[^\w.-]+/g, '_')}.pdf`;
