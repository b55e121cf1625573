import { polishDate } from '@ostoja/domain/shared/today';
import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';

// The commission's letters (invitation, experts' referral, petition to the court), the minutes of
// a meeting and the monthly pay list, as A4 PDFs. The wording follows the act on upbringing in
// sobriety; the gmina's lawyer should check it against the commission's rules [M].

export interface Letterhead {
  commission: string;
  city: string;
}

interface Letter {
  head: Letterhead;
  date: string;
  number: string;
  addressee: string[];
  title: string;
  body: string[];
  /** "Załączniki": listed under the signature. */
  attachments?: string[];
  signature: string;
}

const money = (grosze: number) =>
  new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' }).format(grosze / 100);

function letter(l: Letter): Promise<Buffer> {
  const content: Content[] = [
    { text: `${l.head.city}, dnia ${polishDate(l.date)} r.`, alignment: 'right' },
    { text: l.head.commission, bold: true, margin: [0, 0, 0, 2] },
    { text: `Znak sprawy: ${l.number}`, fontSize: 9, margin: [0, 0, 0, 16] },
    { stack: l.addressee, margin: [260, 0, 0, 18] },
    { text: l.title, bold: true, fontSize: 13, alignment: 'center', margin: [0, 0, 0, 12] },
    ...l.body.map((p): Content => ({ text: p, alignment: 'justify', margin: [0, 0, 0, 8] })),
    {
      columns: [{ text: '' }, { text: `\n\n……………………………………\n${l.signature}`, alignment: 'center' }],
      margin: [0, 24, 0, 0],
    },
  ];
  if (l.attachments?.length)
    content.push(
      { text: 'Załączniki:', bold: true, margin: [0, 20, 0, 4] },
      { ol: l.attachments, fontSize: 9 },
    );
  return renderPdf({ info: { title: `${l.title} ${l.number}`, author: l.head.commission }, content });
}

export interface PersonOnLetter {
  fullName: string;
  address: string;
  birthDate: string | null;
  pesel: string | null;
}

export function invitationLetter(d: {
  head: Letterhead;
  number: string;
  on: string;
  addresseeName: string;
  address: string;
  person: string;
  aboutFamily: boolean;
  appointmentOn: string;
  appointmentAt: string;
  place: string;
}) {
  return letter({
    head: d.head,
    date: d.on,
    number: d.number,
    addressee: [d.addresseeName, d.address],
    title: 'WEZWANIE',
    body: [
      `Na podstawie art. 4¹ ust. 1 pkt 2 oraz art. 24 i 25 ustawy z dnia 26 października 1982 r. o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi ${d.head.commission} wzywa ${d.aboutFamily ? `Panią/Pana jako członka rodziny ${d.person}` : 'Panią/Pana'} do osobistego stawiennictwa w dniu ${polishDate(d.appointmentOn)} r. o godz. ${d.appointmentAt} w: ${d.place}.`,
      d.aboutFamily
        ? 'Celem spotkania jest rozmowa o sytuacji w rodzinie w związku ze zgłoszeniem, które wpłynęło do Komisji.'
        : 'Celem spotkania jest rozmowa motywująca do podjęcia leczenia w związku ze zgłoszeniem, które wpłynęło do Komisji.',
      'W razie niemożności stawienia się prosimy o kontakt w celu ustalenia innego terminu. Niestawiennictwo nie wstrzymuje dalszego postępowania.',
    ],
    signature: 'Przewodniczący Komisji',
  });
}

export function expertReferralLetter(d: {
  head: Letterhead;
  number: string;
  on: string;
  person: PersonOnLetter;
  psychiatrist: string;
  psychologist: string;
  examinationOn: string;
}) {
  return letter({
    head: d.head,
    date: d.on,
    number: d.number,
    addressee: [
      d.psychiatrist,
      '(biegły sądowy – lekarz psychiatra)',
      d.psychologist,
      '(biegły sądowy – psycholog)',
    ],
    title: 'ZLECENIE WYDANIA OPINII',
    body: [
      `Na podstawie art. 24 i 25 ustawy z dnia 26 października 1982 r. o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi ${d.head.commission} kieruje na badanie przez biegłych w przedmiocie uzależnienia od alkoholu:`,
      `${d.person.fullName}${d.person.birthDate ? `, ur. ${polishDate(d.person.birthDate)} r.` : ''}${d.person.pesel ? `, PESEL ${d.person.pesel}` : ''}, zam. ${d.person.address || '—'}.`,
      `Termin badania: ${polishDate(d.examinationOn)} r. Prosimy o wydanie opinii w przedmiocie uzależnienia od alkoholu i wskazanie rodzaju zakładu leczniczego oraz o przesłanie jej wraz z rachunkiem na adres Komisji. Koszt opinii pokrywa gmina ze środków gminnego programu profilaktyki i rozwiązywania problemów alkoholowych.`,
    ],
    signature: 'Przewodniczący Komisji',
  });
}

export function courtPetition(d: {
  head: Letterhead;
  number: string;
  on: string;
  court: string;
  person: PersonOnLetter;
  grounds: string[];
  facts: string[];
  attachments: string[];
}) {
  return letter({
    head: d.head,
    date: d.on,
    number: d.number,
    addressee: [d.court, 'Wydział Rodzinny i Nieletnich'],
    title: 'WNIOSEK O ZOBOWIĄZANIE DO PODDANIA SIĘ LECZENIU W PODMIOCIE LECZNICZYM',
    body: [
      `Wnioskodawca: ${d.head.commission}.`,
      `Uczestnik postępowania: ${d.person.fullName}${d.person.birthDate ? `, ur. ${polishDate(d.person.birthDate)} r.` : ''}${d.person.pesel ? `, PESEL ${d.person.pesel}` : ''}, zam. ${d.person.address || '—'}.`,
      'Na podstawie art. 26 ustawy z dnia 26 października 1982 r. o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi wnoszę o zobowiązanie uczestnika do poddania się leczeniu odwykowemu w podmiocie leczniczym.',
      `Uzasadnienie: uczestnik w związku z nadużywaniem alkoholu ${d.grounds.join('; ')} (art. 24 ustawy).`,
      ...d.facts,
    ],
    attachments: d.attachments,
    signature: 'Przewodniczący Komisji',
  });
}

export function minutesPdf(d: {
  head: Letterhead;
  heldOn: string;
  agenda: string;
  minutes: string;
  resolutions: string | null;
  deciding: boolean;
  present: string[];
  membersInTerm: number;
}) {
  return renderPdf({
    info: { title: `Protokół posiedzenia ${d.heldOn}`, author: d.head.commission },
    content: [
      { text: `${d.head.city}, dnia ${polishDate(d.heldOn)} r.`, alignment: 'right' },
      { text: 'PROTOKÓŁ POSIEDZENIA', bold: true, fontSize: 14, alignment: 'center', margin: [0, 12, 0, 0] },
      { text: d.head.commission, alignment: 'center', margin: [0, 0, 0, 12] },
      {
        text: `Obecni: ${d.present.length} z ${d.membersInTerm} członków Komisji${d.deciding ? ' — kworum, posiedzenie uchwałodawcze' : ''}.`,
      },
      { ul: d.present.length ? d.present : ['—'], margin: [0, 4, 0, 8] },
      { text: 'Porządek posiedzenia', bold: true },
      { text: d.agenda, margin: [0, 2, 0, 8] },
      { text: 'Przebieg posiedzenia', bold: true },
      { text: d.minutes, alignment: 'justify', margin: [0, 2, 0, 8] },
      ...(d.resolutions
        ? [{ text: 'Podjęte uchwały', bold: true }, { text: d.resolutions, margin: [0, 2, 0, 8] } as Content]
        : []),
      {
        columns: [
          { text: '\n\n……………………………………\nProtokolant (sekretarz Komisji)', alignment: 'center' },
          { text: '\n\n……………………………………\nPrzewodniczący Komisji', alignment: 'center' },
        ],
        margin: [0, 24, 0, 0],
      },
    ],
  });
}

export function payListPdf(d: {
  head: Letterhead;
  month: string;
  rows: { fullName: string; meetings: string[]; amount: number }[];
  total: number;
}) {
  return renderPdf({
    info: { title: `Lista wypłat ${d.month}`, author: d.head.commission },
    content: [
      { text: d.head.commission, bold: true },
      {
        text: `LISTA WYNAGRODZEŃ CZŁONKÓW KOMISJI ZA UDZIAŁ W POSIEDZENIACH — ${d.month}`,
        bold: true,
        alignment: 'center',
        margin: [0, 12, 0, 12],
      },
      {
        table: {
          headerRows: 1,
          widths: [20, '*', '*', 80],
          body: [
            ['Lp.', 'Imię i nazwisko', 'Posiedzenia', 'Kwota'],
            ...d.rows.map((r, i) => [
              String(i + 1),
              r.fullName,
              r.meetings.map(polishDate).join(', '),
              { text: money(r.amount), alignment: 'right' as const },
            ]),
            [
              '',
              { text: 'Razem', bold: true },
              '',
              { text: money(d.total), bold: true, alignment: 'right' as const },
            ],
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        text: 'Podstawa: gminny program profilaktyki i rozwiązywania problemów alkoholowych (art. 4¹ ust. 5 ustawy).',
        fontSize: 8,
        margin: [0, 12, 0, 0],
      },
    ],
  });
}

export function inspectionProtocol(d: {
  head: Letterhead;
  on: string;
  shopName: string;
  shopAddress: string;
  operator: string;
  inspectors: string;
  findings: string;
  result: 'compliant' | 'irregularities';
  recommendations: string | null;
}) {
  return renderPdf({
    info: { title: `Protokół kontroli ${d.on}`, author: d.head.commission },
    content: [
      { text: `${d.head.city}, dnia ${polishDate(d.on)} r.`, alignment: 'right' },
      {
        text: 'PROTOKÓŁ KONTROLI PUNKTU SPRZEDAŻY NAPOJÓW ALKOHOLOWYCH',
        bold: true,
        alignment: 'center',
        margin: [0, 12, 0, 0],
      },
      { text: d.head.commission, alignment: 'center', margin: [0, 0, 0, 12] },
      `Punkt sprzedaży: ${d.shopName}, ${d.shopAddress}.`,
      `Przedsiębiorca: ${d.operator}.`,
      { text: `Kontrolujący: ${d.inspectors}.`, margin: [0, 0, 0, 8] },
      'Podstawa: art. 18 ust. 8 ustawy z dnia 26 października 1982 r. o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi.',
      { text: 'Ustalenia', bold: true, margin: [0, 8, 0, 2] },
      { text: d.findings, alignment: 'justify' },
      {
        text: `Wynik kontroli: ${d.result === 'compliant' ? 'nie stwierdzono nieprawidłowości' : 'stwierdzono nieprawidłowości'}.`,
        bold: true,
        margin: [0, 8, 0, 0],
      },
      ...(d.recommendations
        ? [{ text: 'Zalecenia', bold: true, margin: [0, 8, 0, 2] } as Content, { text: d.recommendations }]
        : []),
      {
        columns: [
          { text: '\n\n……………………………………\nKontrolujący', alignment: 'center' },
          { text: '\n\n……………………………………\nPrzedsiębiorca lub osoba go reprezentująca', alignment: 'center' },
        ],
        margin: [0, 24, 0, 0],
      },
    ],
  });
}
