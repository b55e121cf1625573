import { polishDate } from '@ostoja/domain/shared/today';
import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';
import type { ContractRow } from './repo.ts';

// Kontrakt socjalny (art. 108 ups) laid out on the parts of the official form: I A / II A when it
// solves a difficult life situation, I B / II B when it strengthens life and vocational activity.
// The form's exact wording is set by regulation [M]: the centre's lawyer should check the headings.

/** The stored contract as the letter shows it, with the centre and the worker who signs. */
export type ContractLetter = Pick<
  ContractRow,
  | 'number'
  | 'part'
  | 'concludedOn'
  | 'validTo'
  | 'reviewDue'
  | 'goals'
  | 'personObligations'
  | 'centreObligations'
> & {
  person: { fullName: string };
  centreName: string;
  city: string | null;
  address: string;
  worker: string;
};

const PART_TITLE = {
  A: 'rozwiązywanie trudnej sytuacji życiowej',
  B: 'wzmocnienie aktywności i samodzielności życiowej, zawodowej',
} as const;

const section = (title: string, body: string): Content[] => [
  { text: title, bold: true, margin: [0, 10, 0, 3] },
  { text: body, alignment: 'justify' },
];

export function socialContractPdf(k: ContractLetter): Promise<Buffer> {
  return renderPdf({
    info: { title: `Kontrakt socjalny ${k.number}`, author: k.centreName },
    content: [
      {
        text: `${k.city ?? ''}, dnia ${polishDate(k.concludedOn)} r.`,
        alignment: 'right',
        margin: [0, 0, 0, 12],
      },
      { text: 'KONTRAKT SOCJALNY', fontSize: 14, bold: true, alignment: 'center' },
      { text: `nr ${k.number}`, alignment: 'center' },
      { text: `(${PART_TITLE[k.part]})`, alignment: 'center', margin: [0, 2, 0, 12] },
      {
        text: `zawarty na podstawie art. 108 ustawy z dnia 12 marca 2004 r. o pomocy społecznej pomiędzy ${k.centreName}, reprezentowanym przez pracownika socjalnego: ${k.worker}, a Panią/Panem ${k.person.fullName}, zamieszkałą/ym: ${k.address}.`,
        alignment: 'justify',
      },
      ...section(`Część I ${k.part}. Cele kontraktu`, k.goals),
      ...section(`Część II ${k.part}. Zobowiązania osoby`, k.personObligations),
      ...section(`Część II ${k.part}. Zobowiązania ośrodka pomocy społecznej`, k.centreObligations),
      ...section(
        'Okres obowiązywania',
        `Kontrakt obowiązuje od ${polishDate(k.concludedOn)} r. do ${polishDate(k.validTo)} r.${
          k.reviewDue ? ` Ocena realizacji kontraktu: ${polishDate(k.reviewDue)} r.` : ''
        }`,
      ),
      ...section(
        'Skutki niedotrzymania kontraktu',
        'Nieprzestrzeganie postanowień kontraktu może stanowić podstawę odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia lub wstrzymania świadczeń pieniężnych (art. 11 ust. 2 ustawy o pomocy społecznej).',
      ),
      {
        columns: [
          { text: `\n\n……………………………………\n${k.person.fullName}`, alignment: 'center' },
          { text: `\n\n……………………………………\nPracownik socjalny\n${k.worker}`, alignment: 'center' },
        ],
        margin: [0, 30, 0, 0],
      },
    ],
  });
}
