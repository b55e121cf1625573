import type { Sex } from '@ostoja/domain/shared/pesel';
import { polishDate } from '@ostoja/domain/shared/today';
import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from './pdf.ts';

/** The centre as a letter's heading names it. */
export interface CentreAddress {
  name: string;
  street: string | null;
  building: string | null;
  postalCode: string | null;
  city: string | null;
}

/** What every administrative decision of the centre carries (KPA art. 107 § 1), whatever it decides. */
export interface DecisionFrame {
  centre: CentreAddress;
  /** Whose authority the head acts under (art. 110 ust. 8 ups) — configuration, it differs per gmina [M]. */
  authority: string;
  number: string;
  decidedOn: string;
  recipient: { firstName: string; surname: string; sex: Sex; pesel: string | null; address: string };
  /** "Na podstawie …, po rozpatrzeniu …," — the legal basis and what was considered. */
  preamble: string;
  ruling: Content;
  /** Under the ruling: a payment schedule, a table of hours. */
  afterRuling?: Content[];
  justification: string;
  explanationTitle: string;
  explanation: { article: string; text: string }[];
  /** The party's duties the act names, printed after the appeal instruction. */
  notices: string[];
  /** The authorised person who signed it, with the title and authorisation printed below. */
  signatory: { name: string; jobTitle: string | null; authorisation: string | null };
}

/** The centre's letterhead: its name and address, the place and date, the register number. */
export function letterhead(c: DecisionFrame['centre'], on: string, number: string): Content[] {
  return [
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
        { text: `${c.city ?? ''}, dnia ${polishDate(on)} r.`, alignment: 'right' },
      ],
    },
    { text: `Znak: ${number}`, margin: [0, 12, 0, 0] },
  ];
}

/** The decision as PDF: authority, date, addressee, basis, ruling, justification, appeal instruction, signature. */
export function decisionDocument(d: DecisionFrame): Promise<Buffer> {
  const r = d.recipient;
  const c = d.centre;
  const s = d.signatory;
  const addressee = `${r.sex === 'F' ? 'Pani' : 'Pan'} ${r.firstName} ${r.surname}`;
  return renderPdf({
    info: { title: `Decyzja ${d.number}`, author: c.name },
    content: [
      ...letterhead(c, d.decidedOn, d.number),
      {
        text: [addressee, '\n', r.address, r.pesel ? `\nPESEL: ${r.pesel}` : ''],
        margin: [280, 12, 0, 0],
      },
      { text: 'DECYZJA', fontSize: 14, bold: true, alignment: 'center', margin: [0, 18, 0, 10] },
      { text: d.preamble, alignment: 'justify' },
      { text: 'orzekam:', bold: true, alignment: 'center', margin: [0, 8, 0, 8] },
      d.ruling,
      ...(d.afterRuling ?? []),
      { text: 'UZASADNIENIE', bold: true, alignment: 'center', margin: [0, 14, 0, 6] },
      { text: d.justification, alignment: 'justify' },
      { text: d.explanationTitle, margin: [0, 8, 0, 2] },
      {
        ol: d.explanation.map((x) => ({
          text: [x.text, { text: ` (${x.article})`, italics: true, fontSize: 8 }],
        })),
        fontSize: 9,
      },
      { text: 'POUCZENIE', bold: true, alignment: 'center', margin: [0, 14, 0, 6] },
      {
        text: `Od niniejszej decyzji przysługuje odwołanie do Samorządowego Kolegium Odwoławczego za pośrednictwem ${c.name} w terminie 14 dni od dnia jej doręczenia (art. 127 § 1 i art. 129 § 1–2 Kodeksu postępowania administracyjnego). W trakcie biegu terminu do wniesienia odwołania strona może zrzec się prawa do jego wniesienia (art. 127a KPA).`,
        alignment: 'justify',
      },
      ...d.notices.map((text): Content => ({ text, alignment: 'justify', margin: [0, 6, 0, 0] })),
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
