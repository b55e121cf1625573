import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { politeName } from '@ostoja/domain/shared/declension';
import type { Sex } from '@ostoja/domain/shared/pesel';
import { polishDate } from '@ostoja/domain/shared/today';
import type { Content } from 'pdfmake/interfaces';
import { type DecisionFrame, decisionDocument } from '../../shared/decision-document.ts';

export interface DecisionLetter {
  centre: DecisionFrame['centre'];
  authority: string;
  number: string;
  decidedOn: string;
  applicationNumber: string;
  submittedOn: string;
  recipient: {
    firstName: string;
    surname: string;
    /** Sex from the person record (as PESEL encodes it): the letter addresses the party by it. */
    sex: Sex;
    pesel: string | null;
    address: string;
  };
  outcome: 'grant' | 'refuse' | 'change' | 'revoke' | 'suspend';
  /** The decision a change, revocation or suspension amends. */
  amends?: string | null;
  benefitName: string;
  /** The benefit in the genitive ("odmówić przyznania zasiłku okresowego"). */
  benefitNameGenitive: string;
  legalBasis: string;
  amount: number;
  periodFrom: string | null;
  periodTo: string | null;
  schedule: { month: string; amount: number; days: number | null }[];
  paymentMethod: string | null;
  justification: string;
  explanation: { article: string; text: string }[];
  /** Who signed (approved) it. */
  signatory: DecisionFrame['signatory'];
}

export const UPS = 'ustawy z dnia 12 marca 2004 r. o pomocy społecznej (t.j. Dz.U. 2023 poz. 901 ze zm.)';

/** Art. 109 and art. 98 ups, printed on every social assistance decision. */
export const SOCIAL_ASSISTANCE_DUTIES =
  'Osoba korzystająca ze świadczeń z pomocy społecznej jest obowiązana niezwłocznie poinformować ośrodek o każdej zmianie w jej sytuacji osobistej, dochodowej i majątkowej, która wiąże się z podstawą do przyznania świadczeń (art. 109 ustawy o pomocy społecznej). Świadczenia nienależnie pobrane podlegają zwrotowi (art. 98 ustawy o pomocy społecznej).';

/** The administrative decision (KPA art. 107 § 1): authority, date, addressee, basis, ruling, justification, appeal instruction, signature. */
export function decisionPdf(d: DecisionLetter): Promise<Buffer> {
  const zl = (g: number) => formatMoney(g, 'pl');
  const from = d.periodFrom ? `${polishDate(d.periodFrom)} r.` : '';
  const r = d.recipient;
  // Whom the benefit is granted to is in the dative ("przyznać Pani Annie Kowalskiej"), whose application in the genitive.
  const toWhom = politeName(r.firstName, r.surname, r.sex, 'dative');
  const whose = politeName(r.firstName, r.surname, r.sex, 'genitive');
  const rulings: Record<DecisionLetter['outcome'], Content> = {
    grant: {
      text: [
        'przyznać ',
        { text: toWhom, bold: true },
        ` ${d.benefitName} w kwocie `,
        { text: zl(d.amount), bold: true },
        // Every ruling is built, so a revocation's (no end date) must not break the grant's.
        d.periodFrom && d.periodTo ? ` miesięcznie na okres od ${from} do ${polishDate(d.periodTo)} r.` : '.',
        d.paymentMethod === 'transfer'
          ? ' Świadczenie będzie przekazywane na rachunek bankowy.'
          : ' Świadczenie będzie wypłacane w kasie ośrodka.',
      ],
    },
    refuse: { text: ['odmówić ', { text: toWhom, bold: true }, ` przyznania ${d.benefitNameGenitive}.`] },
    change: {
      text: [
        `zmienić decyzję nr ${d.amends ?? ''} w ten sposób, że od dnia ${from} `,
        { text: toWhom, bold: true },
        ` przysługuje ${d.benefitName} w kwocie `,
        { text: zl(d.amount), bold: true },
        ` miesięcznie do dnia ${d.periodTo ? polishDate(d.periodTo) : ''} r.`,
      ],
    },
    revoke: {
      text: [
        `uchylić decyzję nr ${d.amends ?? ''} przyznającą `,
        { text: toWhom, bold: true },
        ` ${d.benefitName} — od dnia ${from}`,
      ],
    },
    suspend: {
      text: [
        `wstrzymać od dnia ${from} wypłatę ${d.benefitNameGenitive} przyznanego `,
        { text: toWhom, bold: true },
        ` decyzją nr ${d.amends ?? ''}.`,
      ],
    },
  };
  // A grant's or change's payments, or the months a suspension holds back.
  const scheduleTitle =
    d.outcome === 'suspend'
      ? d.schedule.length > 0 && 'Wstrzymana wypłata za miesiące:'
      : (d.outcome === 'grant' || d.outcome === 'change') && d.schedule.length > 1 && 'Harmonogram wypłat:';
  const schedule: Content[] = scheduleTitle
    ? [
        { text: scheduleTitle, margin: [0, 8, 0, 2] },
        {
          table: {
            widths: ['auto', 'auto', '*'],
            body: [
              ['Miesiąc', 'Kwota', 'Uwagi'],
              ...d.schedule.map((s) => [
                s.month,
                zl(s.amount),
                s.days ? `za ${s.days} dni (art. 106 ust. 3 ustawy o pomocy społecznej)` : '',
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
      ]
    : [];
  return decisionDocument({
    centre: d.centre,
    authority: d.authority,
    number: d.number,
    decidedOn: d.decidedOn,
    recipient: r,
    preamble: `Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz ${d.legalBasis} ${UPS}, po rozpatrzeniu wniosku ${whose} nr ${d.applicationNumber} z dnia ${polishDate(d.submittedOn)} r. i przeprowadzeniu rodzinnego wywiadu środowiskowego,`,
    ruling: rulings[d.outcome],
    afterRuling: schedule,
    justification: d.justification,
    explanationTitle: 'Ustalenie dochodu i kwoty świadczenia:',
    explanation: d.explanation,
    notices: [SOCIAL_ASSISTANCE_DUTIES],
    signatory: d.signatory,
  });
}
