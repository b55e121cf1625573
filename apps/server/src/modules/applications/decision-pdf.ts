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
  /** A zasiłek celowy's purpose in Polish ("ubranie"), printed after the ruling. */
  purpose?: string | null;
  /** Clothing in kind (art. 48 ups): the items are handed out, nothing is paid. */
  inKind?: boolean;
  /** Clothing granted: the list printed with the ruling; the amount per item in cash only. */
  items?: { name: string; quantity: number; unitGrosze?: number | null }[];
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
  const items = d.items ?? [];
  const rulings: Record<DecisionLetter['outcome'], Content> = {
    grant: d.inKind
      ? {
          text: [
            'przyznać ',
            { text: toWhom, bold: true },
            ' pomoc w formie niezbędnego ubrania, wydanego w naturze z magazynu odzieży ośrodka, według wykazu:',
          ],
        }
      : {
          text: [
            'przyznać ',
            { text: toWhom, bold: true },
            ` ${d.benefitName} w kwocie `,
            { text: zl(d.amount), bold: true },
            // Every ruling is built, so a revocation's (no end date) must not break the grant's.
            d.periodFrom && d.periodTo
              ? ` miesięcznie na okres od ${from} do ${polishDate(d.periodTo)} r.`
              : '.',
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
  // Clothing (art. 48 ups): the items granted, with the amount per item when paid in cash.
  const itemList: Content[] =
    d.outcome === 'grant' && items.length
      ? [
          {
            text: d.inKind ? 'Wykaz wydawanych rzeczy:' : 'Zasiłek przeznacza się na zakup:',
            margin: [0, 8, 0, 2],
          },
          {
            table: {
              widths: d.inKind ? ['auto', '*', 'auto'] : ['auto', '*', 'auto', 'auto', 'auto'],
              body: [
                d.inKind
                  ? ['Lp.', 'Rzecz', 'Liczba']
                  : ['Lp.', 'Rzecz', 'Liczba', 'Kwota za sztukę', 'Razem'],
                ...items.map((x, n) =>
                  d.inKind
                    ? [`${n + 1}.`, x.name, String(x.quantity)]
                    : [
                        `${n + 1}.`,
                        x.name,
                        String(x.quantity),
                        zl(x.unitGrosze ?? 0),
                        zl(x.quantity * (x.unitGrosze ?? 0)),
                      ],
                ),
              ],
            },
            layout: 'lightHorizontalLines',
          },
        ]
      : [];
  const purpose: Content[] =
    d.outcome === 'grant' && d.purpose && !d.inKind
      ? [{ text: `Cel zasiłku: ${d.purpose}.`, margin: [0, 6, 0, 0] }]
      : [];
  return decisionDocument({
    centre: d.centre,
    authority: d.authority,
    number: d.number,
    decidedOn: d.decidedOn,
    recipient: r,
    preamble: `Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz ${d.legalBasis} ${UPS}, po rozpatrzeniu wniosku ${whose} nr ${d.applicationNumber} z dnia ${polishDate(d.submittedOn)} r. i przeprowadzeniu rodzinnego wywiadu środowiskowego,`,
    ruling: rulings[d.outcome],
    afterRuling: [...purpose, ...itemList, ...schedule],
    justification: d.justification,
    explanationTitle: 'Ustalenie dochodu i kwoty świadczenia:',
    explanation: d.explanation,
    notices: [SOCIAL_ASSISTANCE_DUTIES],
    signatory: d.signatory,
  });
}
