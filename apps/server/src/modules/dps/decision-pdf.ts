import { type ExplanationStep, formatMoney, renderExplanation } from '@ostoja/domain/benefits/explanation';
import { polishDate } from '@ostoja/domain/shared/today';
import type { StaffContext } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { SOCIAL_ASSISTANCE_DUTIES, UPS } from '../applications/decision-pdf.ts';
import { decisionLetter } from '../services/decision-letter.ts';
import type { ReferralRow } from './repo.ts';

const zl = (g: number) => formatMoney(g, 'pl');
const homeOf = (r: ReferralRow) =>
  `${r.home.name}${r.home.address ? `, ${r.home.address}` : ''} (powiat ${r.home.powiat})`;
type Referral = ReferralRow & { referredBy: string | null; feeDecidedBy: string | null };

/** Art. 54 and 59 ust. 1 ups: the decision referring the person to the home chosen. */
export function referralLetter(ctx: StaffContext, r: Referral) {
  // No such decision yet: its letter is not there.
  if (!r.referralNumber || !r.referredOn) throw notFound();
  return decisionLetter(
    ctx,
    { entity: 'dpsReferral', ...r, number: r.referralNumber, decidedOn: r.referredOn },
    r.referredBy,
    (toWhom, app) => ({
      preamble: `Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz art. 54 ust. 1 i 2, art. 59 ust. 1 i art. 106 ust. 1 ${UPS}, po rozpatrzeniu wniosku nr ${app.number} z dnia ${polishDate(app.submittedOn)} r. i przeprowadzeniu rodzinnego wywiadu środowiskowego,`,
      ruling: {
        text: [
          'skierować ',
          { text: toWhom, bold: true },
          ' do domu pomocy społecznej: ',
          { text: homeOf(r), bold: true },
          '.',
        ],
      },
      justification: `Osoba wymaga całodobowej opieki z powodu wieku, choroby lub niepełnosprawności, nie może samodzielnie funkcjonować w codziennym życiu, a niezbędnej pomocy nie można jej zapewnić w formie usług opiekuńczych (art. 54 ust. 1 ustawy o pomocy społecznej). Osoba wyraziła pisemną zgodę na umieszczenie w domu pomocy społecznej w dniu ${polishDate(r.consentOn)} r.; do akt dołączono zaświadczenie lekarskie. Odpłatność za pobyt zostanie ustalona odrębną decyzją (art. 59 ust. 1 ustawy o pomocy społecznej).`,
      explanationTitle: 'Przesłanki skierowania:',
      explanation: [
        { article: 'art. 54 ust. 1 ups', text: `zgoda na umieszczenie z dnia ${polishDate(r.consentOn)} r.` },
        {
          article: 'art. 106 ust. 4 ups',
          text: `rodzinny wywiad środowiskowy z dnia ${polishDate(r.wywiadVisitedOn)} r.`,
        },
      ],
      notices: [SOCIAL_ASSISTANCE_DUTIES],
    }),
  );
}

/** Art. 59 ust. 1 and art. 61 ups: the decision setting the fee with the payer order explained. */
export function feeLetter(ctx: StaffContext, r: Referral) {
  const fee = r.fee;
  if (!r.feeNumber || !r.feeDecidedOn || !fee) throw notFound();
  const relatives = fee.payments as { payer: string; name: string | null; amount: number }[];
  const paid = relatives
    .filter((p) => p.payer === 'relative')
    .map((p) => `${p.name}: ${zl(p.amount)}`)
    .join('; ');
  return decisionLetter(
    ctx,
    { entity: 'dpsReferral', ...r, number: r.feeNumber, decidedOn: r.feeDecidedOn },
    r.feeDecidedBy,
    (toWhom) => ({
      preamble: `Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz art. 59 ust. 1, art. 60, art. 61 i art. 106 ust. 1 ${UPS}, w związku z decyzją nr ${r.referralNumber} z dnia ${polishDate(r.referredOn!)} r. kierującą do domu pomocy społecznej,`,
      ruling: {
        text: [
          'ustalić ',
          { text: toWhom, bold: true },
          ` odpłatność za pobyt w domu pomocy społecznej ${homeOf(r)} w wysokości `,
          { text: `${zl(r.residentGrosze!)} miesięcznie`, bold: true },
          ` (${fee.residentPct}% dochodu ${zl(r.residentIncomeGrosze!)}).`,
        ],
      },
      afterRuling: [
        {
          text: `Średni miesięczny koszt utrzymania mieszkańca: ${zl(r.monthlyCostGrosze!)} (od ${polishDate(r.costValidFrom!)} r.). ${paid ? `Krewni na podstawie umów: ${paid}. ` : ''}Gmina wnosi ${zl(r.gminaGrosze!)} miesięcznie.`,
          margin: [0, 6, 0, 0],
        },
      ],
      justification: `Mieszkaniec wnosi opłatę w wysokości nie wyższej niż 70% swojego dochodu; małżonek, zstępni przed wstępnymi wnoszą opłatę na podstawie umowy, gdy ich dochód przekracza 300% kryterium dochodowego, a gmina wnosi różnicę do średniego miesięcznego kosztu utrzymania (art. 61 ustawy o pomocy społecznej).`,
      explanationTitle: 'Ustalenie odpłatności:',
      explanation: renderExplanation(fee.steps as ExplanationStep[], 'pl'),
      notices: [SOCIAL_ASSISTANCE_DUTIES],
    }),
  );
}
