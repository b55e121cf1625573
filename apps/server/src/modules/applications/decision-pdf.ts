import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { politeName } from '@ostoja/domain/shared/declension';
import type { Sex } from '@ostoja/domain/shared/pesel';
import { polishDate } from '@ostoja/domain/shared/today';
import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';

export interface DecisionLetter {
  centre: {
    name: string;
    street: string | null;
    building: string | null;
    postalCode: string | null;
    city: string | null;
  };
  /** Whose authority the head acts under (art. 110 ust. 8 ups) — configuration, it differs per gmina [M]. */
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
  outcome: 'grant' | 'refuse' | 'change' | 'revoke';
  /** The decision a change or revocation amends. */
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
  /** The authorised person who signed (approved) it, with the title and authorisation printed below. */
  signatory: { name: string; jobTitle: string | null; authorisation: string | null };
}

const UPS = 'ustawy z dnia 12 marca 2004 r. o pomocy społecznej (t.j. Dz.U. 2023 poz. 901 ze zm.)';

/** The administrative decision (KPA art. 107 § 1): authority, date, addressee, basis, ruling, justification, appeal instruction, signature. */
export function decisionPdf(d: DecisionLetter): Promise<Buffer> {
  const zl = (g: number) => formatMoney(g, 'pl');
  const from = d.periodFrom ? `${polishDate(d.periodFrom)} r.` : '';
  const r = d.recipient;
  // Whom the benefit is granted to is in the dative ("przyznać Pani Annie Kowalskiej"), whose application in the genitive.
  const toWhom = politeName(r.firstName, r.surname, r.sex, 'dative');
  const whose = politeName(r.firstName, r.surname, r.sex, 'genitive');
  const addressee = `${r.sex === 'F' ? 'Pani' : 'Pan'} ${r.firstName} ${r.surname}`;
  const s = d.signatory;
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
  };
  const ruling = rulings[d.outcome];
  const schedule: Content[] =
    (d.outcome === 'grant' || d.outcome === 'change') && d.schedule.length > 1
      ? [
          { text: 'Harmonogram wypłat:', margin: [0, 8, 0, 2] },
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
  const c = d.centre;
  return renderPdf({
    info: { title: `Decyzja ${d.number}`, author: c.name },
    content: [
      {
        columns: [
          {
            text: [
              c.name,
              '\n',
              `${c.street ?? ''} ${c.building ?? ''}`,
              '\n',
              `${c.postalCode ?? ''} ${c.city ?? ''}`,
            ],
            fontSize: 9,
          },
          { text: `${c.city ?? ''}, dnia ${polishDate(d.decidedOn)} r.`, alignment: 'right' },
        ],
      },
      { text: `Znak: ${d.number}`, margin: [0, 12, 0, 0] },
      {
        text: [addressee, '\n', r.address, r.pesel ? `\nPESEL: ${r.pesel}` : ''],
        margin: [280, 12, 0, 0],
      },
      { text: 'DECYZJA', fontSize: 14, bold: true, alignment: 'center', margin: [0, 18, 0, 10] },
      {
        text: `Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz ${d.legalBasis} ${UPS}, po rozpatrzeniu wniosku ${whose} nr ${d.applicationNumber} z dnia ${polishDate(d.submittedOn)} r. i przeprowadzeniu rodzinnego wywiadu środowiskowego,`,
        alignment: 'justify',
      },
      { text: 'orzekam:', bold: true, alignment: 'center', margin: [0, 8, 0, 8] },
      ruling,
      ...schedule,
      { text: 'UZASADNIENIE', bold: true, alignment: 'center', margin: [0, 14, 0, 6] },
      { text: d.justification, alignment: 'justify' },
      { text: 'Ustalenie dochodu i kwoty świadczenia:', margin: [0, 8, 0, 2] },
      {
        ol: d.explanation.map((s) => ({
          text: [s.text, { text: ` (${s.article})`, italics: true, fontSize: 8 }],
        })),
        fontSize: 9,
      },
      { text: 'POUCZENIE', bold: true, alignment: 'center', margin: [0, 14, 0, 6] },
      {
        text: `Od niniejszej decyzji przysługuje odwołanie do Samorządowego Kolegium Odwoławczego za pośrednictwem ${c.name} w terminie 14 dni od dnia jej doręczenia (art. 127 § 1 i art. 129 § 1–2 Kodeksu postępowania administracyjnego). W trakcie biegu terminu do wniesienia odwołania strona może zrzec się prawa do jego wniesienia (art. 127a KPA).`,
        alignment: 'justify',
      },
      {
        text: 'Osoba korzystająca ze świadczeń z pomocy społecznej jest obowiązana niezwłocznie poinformować ośrodek o każdej zmianie w jej sytuacji osobistej, dochodowej i majątkowej, która wiąże się z podstawą do przyznania świadczeń (art. 109 ustawy o pomocy społecznej). Świadczenia nienależnie pobrane podlegają zwrotowi (art. 98 ustawy o pomocy społecznej).',
        alignment: 'justify',
        margin: [0, 6, 0, 0],
      },
      {
        text: [
          `z upoważnienia ${d.authority}`,
          '\n\n',
          { text: s.name, bold: true },
          s.jobTitle ? `\n${s.jobTitle}` : '',
          s.authorisation ? `\nupoważnienie nr ${s.authorisation}` : '',
          '\n',
          '(podpis osoby upoważnionej)',
        ],
        alignment: 'right',
        margin: [0, 24, 0, 0],
      },
      { text: 'Otrzymują:\n1. Adresat\n2. a/a', fontSize: 8, margin: [0, 24, 0, 0] },
    ],
  });
}
