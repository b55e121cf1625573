import type { ExplanationStep } from '@ostoja/domain/benefits/explanation';
import { renderExplanation } from '@ostoja/domain/benefits/explanation';
import { HEALTH_ACT } from '@ostoja/domain/health-care/decision';
import { politeName } from '@ostoja/domain/shared/declension';
import { polishDate } from '@ostoja/domain/shared/today';
import type { StaffContext } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { decisionDocument } from '../../shared/decision-document.ts';
import * as applicationsRepo from '../applications/repo.ts';
import * as identityRepo from '../identity/repo.ts';
import { decisionFilename, decisionHeader } from '../registry/decision-recipient.ts';
import { decisionRow } from './service.ts';

// The health-care decision's letter on the centre's one decision frame (shared/decision-document.ts).

/** The decision as PDF; reading it is logged like any read of the person's data. */
export async function healthCareDecisionPdf(ctx: StaffContext, id: string) {
  const d = await decisionRow(ctx, id);
  const app = await applicationsRepo.findApplication(ctx.q, d.applicationId);
  if (!app) throw notFound();
  const { personId: _p, ...header } = await decisionHeader(ctx, d.personId, app.householdId);
  const signatory = d.decidedBy ? await identityRepo.signatory(ctx.q, d.decidedBy) : null;
  const toWhom = politeName(d.firstName, d.surname, d.sex, 'dative');
  const whose = politeName(d.firstName, d.surname, d.sex, 'genitive');
  const grant = d.outcome === 'grant';
  const pdf = await decisionDocument({
    ...header,
    number: d.number,
    decidedOn: d.decidedOn,
    preamble: `Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz ${HEALTH_ACT} i art. 8 ustawy o pomocy społecznej, po rozpatrzeniu ${d.basis === 'emergencyCare' ? 'wniosku świadczeniodawcy o potwierdzenie prawa do świadczeń' : `wniosku ${whose}`} z dnia ${polishDate(d.appliedOn)} r.,`,
    ruling: grant
      ? {
          text: [
            'potwierdzić ',
            { text: toWhom, bold: true },
            ' prawo do świadczeń opieki zdrowotnej finansowanych ze środków publicznych ',
            {
              text: `na okres od ${polishDate(d.rightFrom!)} r. do ${polishDate(d.rightTo!)} r.`,
              bold: true,
            },
          ],
        }
      : {
          text: [
            'odmówić ',
            { text: toWhom, bold: true },
            ' potwierdzenia prawa do świadczeń opieki zdrowotnej finansowanych ze środków publicznych.',
          ],
        },
    justification: grant
      ? 'Dochód osoby nie przekracza kryterium dochodowego z art. 8 ustawy o pomocy społecznej, a osoba nie jest objęta ubezpieczeniem zdrowotnym.'
      : 'Dochód przekracza kryterium dochodowe z art. 8 ustawy o pomocy społecznej.',
    explanationTitle: 'Ustalenie dochodu i okresu prawa:',
    explanation: renderExplanation(d.steps as ExplanationStep[], 'pl'),
    notices: grant
      ? [
          'Prawo wygasa wcześniej z dniem objęcia ubezpieczeniem zdrowotnym; o objęciu ubezpieczeniem należy niezwłocznie zawiadomić ośrodek.',
        ]
      : [],
    signatory: {
      name: signatory?.fullName ?? '',
      jobTitle: signatory?.jobTitle ?? null,
      authorisation: signatory?.authorisationNumber ?? null,
    },
  });
  return { pdf, filename: decisionFilename(d.number) };
}
