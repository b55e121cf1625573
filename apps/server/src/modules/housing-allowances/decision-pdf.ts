import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { politeName } from '@ostoja/domain/shared/declension';
import { polishDate } from '@ostoja/domain/shared/today';
import type { StaffContext } from '../../http/context.ts';
import { documentRead } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { decisionDocument } from '../../shared/decision-document.ts';
import { personScope } from '../registry/access.ts';
import { decisionFilename, decisionHeader } from '../registry/decision-recipient.ts';
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
  if (!a || !d) throw notFound();
  const { personId, ...header } = await decisionHeader(ctx, a.applicantId, a.householdId);
  await ctx.audit(documentRead('decision', d.id, [personId], { document: 'pdf', personId }));
  const { firstName, surname, sex } = header.recipient;
  const toWhom = politeName(firstName, surname, sex, 'dative');
  const whose = politeName(firstName, surname, sex, 'genitive');
  const payee =
    kind === 'housing'
      ? `, wypłacany zarządcy budynku: ${a.managerName}, ${a.managerAddress}, na rachunek ${d.iban}`
      : d.paymentMethod === 'transfer'
        ? `, wypłacany na rachunek ${d.iban}`
        : ', wypłacany w kasie ośrodka';
  const pdf = await decisionDocument({
    ...header,
    number: d.number,
    decidedOn: d.decidedOn,
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
  return { pdf, filename: decisionFilename(d.number) };
}
