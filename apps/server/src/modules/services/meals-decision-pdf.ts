import { type ExplanationStep, formatMoney, renderExplanation } from '@ostoja/domain/benefits/explanation';
import { polishDate } from '@ostoja/domain/shared/today';
import type { StaffContext } from '../../http/context.ts';
import { SOCIAL_ASSISTANCE_DUTIES, UPS } from '../applications/decision-pdf.ts';
import { decisionLetter } from './decision-letter.ts';
import type { MealAidRow } from './meals-repo.ts';

const zl = (g: number) => formatMoney(g, 'pl');
/** Art. 39 and art. 106 ups with the programme's resolution (uchwała nr 149 RM, M.P. 2023 poz. 881). */
export const MEALS_BASIS = `art. 39 ust. 1 i 2 oraz art. 106 ust. 1 ${UPS} oraz uchwały nr 149 Rady Ministrów z dnia 23 sierpnia 2023 r. w sprawie ustanowienia wieloletniego rządowego programu „Posiłek w szkole i w domu” na lata 2024–2028 (M.P. poz. 881)`;

/** What the decision grants, as its ruling names it. */
function granted(m: MealAidRow) {
  if (m.form === 'meal') return `posiłek${m.providerName ? ` wydawany przez: ${m.providerName}` : ''}`;
  if (m.form === 'foodInKind')
    return `pomoc w formie produktów żywnościowych o wartości ${zl(m.amountGrosze!)}`;
  const how = m.paymentMethod === 'transfer' ? 'przelewem na rachunek bankowy' : 'w kasie ośrodka';
  return `zasiłek celowy na zakup posiłku lub żywności w kwocie ${zl(m.amountGrosze!)}, płatny ${how}`;
}

/** The decision under the programme: what is granted, for which period, and the income test. */
export function mealDecisionLetter(ctx: StaffContext, m: MealAidRow & { decidedBy: string | null }) {
  return decisionLetter(ctx, { entity: 'mealAid', ...m }, m.decidedBy, (toWhom, app) => ({
    preamble: `Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz ${MEALS_BASIS}, po rozpatrzeniu wniosku nr ${app.number} z dnia ${polishDate(app.submittedOn)} r. i przeprowadzeniu rodzinnego wywiadu środowiskowego,`,
    ruling: {
      text: [
        'przyznać ',
        { text: toWhom, bold: true },
        ' w ramach programu „Posiłek w szkole i w domu” ',
        { text: granted(m), bold: true },
        ` na okres od ${polishDate(m.periodFrom)} r. do ${polishDate(m.periodTo)} r.`,
      ],
    },
    justification: `Dochód rodziny ustalony w rodzinnym wywiadzie środowiskowym nie przekracza ${m.criterionPercent}% kryterium dochodowego z art. 8 ustawy o pomocy społecznej (${zl(m.criterionGrosze)}), które program przyjmuje dla tej formy pomocy.`,
    explanationTitle: 'Ustalenie dochodu:',
    explanation: renderExplanation(m.steps as ExplanationStep[], 'pl'),
    notices: [SOCIAL_ASSISTANCE_DUTIES],
  }));
}
