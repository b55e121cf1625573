import type { Content } from 'pdfmake/interfaces';
import { letterhead } from '../../shared/decision-document.ts';
import { renderPdf } from '../../shared/pdf.ts';
import type { Centre } from '../org/repo.ts';

// Letters of the debtor proceedings (uFA), as A4 PDFs: the centre's letterhead, the register
// number, the addressee, the title, the body and the place for the signature. The wording is the
// centre's practice; the gmina's lawyer should check it [M].

export interface DebtorLetter {
  centre: Centre;
  number: string;
  on: string;
  addressee: string[];
  title: string;
  body: string[];
}

export function debtorLetter(l: DebtorLetter): Promise<Buffer> {
  const c = l.centre;
  const content: Content[] = [
    ...letterhead(c, l.on, l.number),
    { stack: l.addressee, margin: [260, 12, 0, 18] },
    { text: l.title, bold: true, fontSize: 13, alignment: 'center', margin: [0, 0, 0, 12] },
    ...l.body.map((p): Content => ({ text: p, alignment: 'justify', margin: [0, 0, 0, 8] })),
    {
      columns: [{ text: '' }, { text: `\n\n……………………………………\n${c.name}`, alignment: 'center' }],
      margin: [0, 24, 0, 0],
    },
  ];
  return renderPdf({ info: { title: `${l.title} ${l.number}`, author: c.name }, content });
}

/** Grosze as the letters print them: 2 100,00 zł. */
export const money = (grosze: number) =>
  new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' }).format(grosze / 100);

/** The creditor's organ asks the debtor's organ to act towards the debtor (art. 8 ust. 1 uFA [M]). */
export function actionRequestBody(d: {
  debtorName: string;
  debtorAddress: string;
  pesel: string | null;
  paid: number;
}) {
  return [
    `Na podstawie art. 8 ust. 1 ustawy z dnia 7 września 2007 r. o pomocy osobom uprawnionym do alimentów informujemy, że osobie uprawnionej do alimentów od dłużnika alimentacyjnego ${d.debtorName}${d.pesel ? ` (PESEL ${d.pesel})` : ''}, zamieszkałego: ${d.debtorAddress}, przyznano świadczenia z funduszu alimentacyjnego.`,
    `Wnosimy o podjęcie wobec dłużnika działań, o których mowa w art. 5 ustawy: przeprowadzenie wywiadu alimentacyjnego i odebranie oświadczenia majątkowego, zobowiązanie do zarejestrowania się jako bezrobotny albo poszukujący pracy, a w razie uchylania się od zobowiązań alimentacyjnych — wydanie decyzji o uznaniu dłużnika za uchylającego się, wniosek o zatrzymanie prawa jazdy i zawiadomienie o podejrzeniu popełnienia przestępstwa z art. 209 Kodeksu karnego.`,
    `Do dnia sporządzenia pisma z funduszu alimentacyjnego wypłacono ${money(d.paid)}. Prosimy o informację o podjętych działaniach.`,
  ];
}

export function actionsTakenBody(d: { debtorName: string; note: string | null }) {
  return [
    `Na podstawie art. 8 ust. 2 ustawy z dnia 7 września 2007 r. o pomocy osobom uprawnionym do alimentów informujemy o działaniach podjętych wobec dłużnika alimentacyjnego ${d.debtorName}.`,
    d.note ?? '',
  ];
}

export function debtorMovedBody(d: { debtorName: string; note: string | null }) {
  return [
    `Informujemy, że dłużnik alimentacyjny ${d.debtorName} zmienił miejsce zamieszkania; prosimy o przejęcie działań wobec dłużnika (art. 8 ustawy o pomocy osobom uprawnionym do alimentów).`,
    d.note ?? '',
  ];
}
