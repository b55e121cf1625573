import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { politeName } from '@ostoja/domain/shared/declension';
import { polishDate } from '@ostoja/domain/shared/today';
import { centreSettings } from '../../config.ts';
import type { StaffContext } from '../../http/context.ts';
import { documentRead } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { decisionDocument } from '../../shared/decision-document.ts';
import * as orgRepo from '../org/repo.ts';
import { personScope } from '../registry/access.ts';
import * as registryRepo from '../registry/repo.ts';
import * as repo from './repo.ts';

// The letters of the housing allowance decisions, on the centre's one decision frame
// (shared/decision-document.ts): the dodatek mieszkaniowy paid to the building manager, and the
// dodatek energetyczny issued with it.

const zl = (g: number) => formatMoney(g, 'pl');
const NAMES = {
  housing: ['dodatek mieszkaniowy', 'dodatku mieszkaniowego', 'dodatekMieszkaniowy'],
  energy: ['dodatek energetyczny', 'dodatku energetycznego', 'dodatekEnergetyczny'],
} as const;

/** The decision letter as PDF; reading it is logged like any read of the person's data. */
export async function housingDecisionPdf(ctx: StaffContext, id: string, kind: 'housing' | 'energy') {
  const a = await repo.find(ctx.q, id, personScope(ctx.actor));
  const [name, genitive, benefit] = NAMES[kind];
  const d = a && (await repo.decisionOf(ctx.q, a.id, benefit));
  const person = a && (await registryRepo.findPerson(ctx.q, a.applicantId, personScope(ctx.actor)));
  const household = a && (await registryRepo.findHousehold(ctx.q, a.householdId));
  if (!a || !d || !person || !household) throw notFound();
  await ctx.audit(documentRead('decision', d.id, [person.id], { document: 'pdf', personId: person.id }));
  const toWhom = politeName(person.firstName, person.surname, person.sex, 'dative');
  const whose = politeName(person.firstName, person.surname, person.sex, 'genitive');
  const flat = household.apartment ? `/${household.apartment}` : '';
  const payee =
    kind === 'housing'
      ? `, wypłacany zarządcy budynku: ${a.managerName}, ${a.managerAddress}, na rachunek ${d.iban}`
      : d.paymentMethod === 'transfer'
        ? `, wypłacany na rachunek ${d.iban}`
        : ', wypłacany w kasie ośrodka';
  const pdf = await decisionDocument({
    centre: await orgRepo.centre(ctx.q),
    authority: centreSettings().authority,
    number: d.number,
    decidedOn: d.decidedOn,
    recipient: {
      firstName: person.firstName,
      surname: person.surname,
      sex: person.sex,
      pesel: person.pesel,
      address: `ul. ${household.street} ${household.building}${flat}, ${household.postalCode ?? ''} ${household.city}`,
    },
    preamble: `Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz ${d.legalBasis}, po rozpatrzeniu wniosku ${whose} nr ${a.number} z dnia ${polishDate(a.submittedOn)} r.,`,
    ruling:
      d.outcome === 'grant'
        ? {
            text: [
              'przyznać ',
              { text: toWhom, bold: true },
              ` ${name} w wysokości `,
              { text: `${zl(d.amount)} miesięcznie`, bold: true },
              ` na okres od ${polishDate(d.periodFrom!)} r. do ${polishDate(d.periodTo!)} r.${payee}.`,
            ],
          }
        : { text: ['odmówić ', { text: toWhom, bold: true }, ` przyznania ${genitive}.`] },
    justification: d.justification,
    explanationTitle: 'Ustalenie dochodu, powierzchni i wysokości dodatku:',
    explanation: d.calculation?.explanation ?? [],
    notices: [],
    signatory: {
      name: d.signedByName,
      jobTitle: d.signatoryJobTitle,
      authorisation: d.signatoryAuthorisation,
    },
  });
  return { pdf, filename: `decyzja-${d.number.replace(/[^\w.-]+/g, '_')}.pdf` };
}
