import { type ExplanationStep, formatMoney, renderExplanation } from '@ostoja/domain/benefits/explanation';
import { services } from '@ostoja/domain/i18n/services';
import type { CareService } from '@ostoja/domain/services/care-service';
import { politeName } from '@ostoja/domain/shared/declension';
import { polishDate } from '@ostoja/domain/shared/today';
import { type DecisionFrame, decisionDocument } from '../../shared/decision-document.ts';
import { SOCIAL_ASSISTANCE_DUTIES, UPS } from '../applications/decision-pdf.ts';

const pl = (key: keyof typeof services.pl) => services.pl[key];
const zl = (g: number) => formatMoney(g, 'pl');

// Art. 50 ust. 1–4 ups for care services; the regulation of 22 September 2005 (specjalistyczne usługi
// opiekuńcze) for the specialist kinds; art. 50 ust. 6 ups for the fee the council's resolution sets.
const BASIS: Record<CareService['serviceKind'], string> = {
  careService: 'art. 50 ust. 1–4 i ust. 6 oraz art. 106 ust. 1',
  specialistCareService: 'art. 50 ust. 1, 4 i 6 oraz art. 106 ust. 1',
  mentalDisorderCareService: 'art. 50 ust. 4 i 6 oraz art. 106 ust. 1',
  neighbourService: 'art. 50 ust. 1–2a i ust. 6 oraz art. 106 ust. 1',
};

export interface CareDecisionLetter
  extends Omit<
    DecisionFrame,
    'preamble' | 'ruling' | 'afterRuling' | 'justification' | 'explanationTitle' | 'explanation' | 'notices'
  > {
  submittedOn: string;
  care: CareService;
}

/** The care-service decision (art. 50 ups): scope, hours, period, provider and the fee per hour with its calculation. */
export function careDecisionPdf(d: CareDecisionLetter): Promise<Buffer> {
  const c = d.care;
  const r = d.recipient;
  const toWhom = politeName(r.firstName, r.surname, r.sex, 'dative');
  const whose = politeName(r.firstName, r.surname, r.sex, 'genitive');
  const provider =
    c.provider === 'own'
      ? 'przez opiekunki ośrodka'
      : `przez ${c.providerName ?? 'organizację, której ośrodek zlecił usługi'}`;
  const fee =
    c.hourlyFeeGrosze === 0
      ? 'bez odpłatności'
      : `z odpłatnością ${zl(c.hourlyFeeGrosze)} za godzinę usług (${c.feePct}% kosztu godziny ${zl(c.hourlyCostGrosze)})`;
  return decisionDocument({
    ...d,
    preamble: `Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz ${BASIS[c.serviceKind]} ${UPS}, uchwały nr ${c.feeTableNumber} w sprawie odpłatności za usługi, po rozpatrzeniu wniosku ${whose} nr ${c.applicationNumber} z dnia ${polishDate(d.submittedOn)} r. i przeprowadzeniu rodzinnego wywiadu środowiskowego,`,
    ruling: {
      text: [
        'przyznać ',
        { text: toWhom, bold: true },
        ` ${pl(`cs.kind.${c.serviceKind}`)} w wymiarze `,
        { text: `${c.hoursPerDay} godz. dziennie, ${c.daysPerWeek} dni w tygodniu`, bold: true },
        ` na okres od ${polishDate(c.periodFrom)} r. do ${polishDate(c.periodTo)} r., świadczone ${provider}, `,
        { text: fee, bold: true },
        '.',
      ],
    },
    afterRuling: [
      { text: 'Zakres usług:', margin: [0, 8, 0, 2] },
      { ul: c.tasks.map((task) => pl(`cs.task.${task}`)) },
      ...(c.exemption
        ? [
            {
              text: `Zwolnienie z odpłatności (art. 64 ustawy o pomocy społecznej): ${zl(c.exemptionGrosze)} za godzinę.`,
              margin: [0, 6, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
    ],
    justification: `Dochód rodziny wynosi ${c.incomeRatioPct}% kryterium dochodowego. Odpłatność za godzinę usług ustalono według tabeli uchwały nr ${c.feeTableNumber}: ${c.feePct}% kosztu godziny usług. Tygodniowo ${c.hoursPerWeek} godz., odpłatność tygodniowa ${zl(c.weeklyFeeGrosze)}.`,
    explanationTitle: 'Ustalenie dochodu i odpłatności:',
    explanation: renderExplanation(c.steps as ExplanationStep[], 'pl'),
    notices: [SOCIAL_ASSISTANCE_DUTIES],
  });
}
