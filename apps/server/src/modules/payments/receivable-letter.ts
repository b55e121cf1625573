import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { politeName } from '@ostoja/domain/shared/declension';
import { polishDate } from '@ostoja/domain/shared/today';
import type { Content } from 'pdfmake/interfaces';
import type { StaffContext } from '../../http/context.ts';
import { documentRead } from '../../http/context.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { decisionDocument } from '../../shared/decision-document.ts';
import { personScope } from '../registry/access.ts';
import { decisionFilename, decisionHeader } from '../registry/decision-recipient.ts';
import * as repo from './receivables-repo.ts';

// The decision that establishes a receivable (undue or repayable benefits of any act the centre
// pays): what is owed and why, by when, in which instalments, and whether it is deducted from the
// benefits still paid. One letter for social assistance, family benefits and the alimony fund:
// the act comes in through the receivable's own legal basis.

const zl = (g: number) => formatMoney(g, 'pl');

/** The letter of a receivable decision; reading it is logged as a read of the debtor. */
export async function receivableLetter(ctx: StaffContext, id: string) {
  const r = await repo.find(ctx.q, id, false, personScope(ctx.actor));
  const facts = r ? await repo.letterFacts(ctx.q, id) : null;
  if (!r || !facts) throw notFound();
  if (!facts.householdId) throw conflict('receivable.noAddress', 'error.payments.noAddress');
  const header = await decisionHeader(ctx, r.personId, facts.householdId);
  await ctx.audit(documentRead('receivable', id, [r.personId]));
  const p = header.recipient;
  const toWhom = politeName(p.firstName, p.surname, p.sex, 'dative');
  const months = r.months.length
    ? ` za ${r.months.length > 1 ? 'miesiące' : 'miesiąc'} ${r.months.join(', ')}`
    : '';
  const what =
    r.kind === 'undueBenefit'
      ? 'stanowią świadczenia nienależnie pobrane'
      : 'podlegają zwrotowi jako świadczenia zwrotne';
  const single = r.instalments.length === 1;
  const ruling: Content = {
    text: [
      'ustalić, że świadczenia wypłacone ',
      { text: toWhom, bold: true },
      `${months} w kwocie `,
      { text: zl(r.amount), bold: true },
      ` ${what}, i zobowiązać do ich zwrotu `,
      single
        ? `w terminie do dnia ${polishDate(r.dueOn)} r.`
        : `w ${r.instalments.length} ratach miesięcznych:`,
    ],
  };
  const after: Content[] = single
    ? []
    : [
        {
          table: {
            headerRows: 1,
            widths: ['auto', 'auto', 'auto'],
            body: [
              ['Rata', 'Termin płatności', 'Kwota'],
              ...r.instalments.map((i) => [String(i.no), `${polishDate(i.dueOn)} r.`, zl(i.amount)]),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 6, 0, 0],
        },
      ];
  const repayment = [
    {
      article: r.legalBasis,
      text: `Kwota do zwrotu: ${zl(r.amount)}${single ? `, płatna do dnia ${polishDate(r.dueOn)} r.` : `, w ${r.instalments.length} ratach, pierwsza płatna do dnia ${polishDate(r.instalments[0]!.dueOn)} r.`}`,
    },
    ...(r.deductFromPayments
      ? [
          {
            article: r.legalBasis,
            text: `Należność będzie potrącana z bieżąco wypłacanych świadczeń${r.deductionCap ? ` do kwoty ${zl(r.deductionCap)} miesięcznie` : ''}.`,
          },
        ]
      : []),
  ];
  const pdf = await decisionDocument({
    ...header,
    number: r.number,
    decidedOn: r.decidedOn,
    preamble: `Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz ${r.legalBasis},`,
    ruling,
    afterRuling: after,
    justification: r.justification,
    explanationTitle: 'Sposób zwrotu należności:',
    explanation: repayment,
    notices: [],
    signatory: { name: facts.signedByName, jobTitle: facts.jobTitle, authorisation: facts.authorisation },
  });
  return { pdf, filename: decisionFilename(r.number) };
}
