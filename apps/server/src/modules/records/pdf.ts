import { t } from '@ostoja/domain/i18n/index';
import type { DueRecord } from '@ostoja/domain/records/records';
import { polishDate, todayInPoland } from '@ostoja/domain/shared/today';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';
import type { ProtocolRow } from './repo.ts';

// The destruction protocol (protokół brakowania dokumentacji niearchiwalnej) and the data
// subject's access export. The protocol's layout follows archival practice [M]: the list of
// records with their JRWA symbol and category, the committee's signatures, the archive's consent.

const KIND: Record<string, string> = {
  application: 'wniosek i decyzje',
  payment: 'lista wypłat',
  blueCard: 'procedura Niebieska Karta',
  counselling: 'konsultacja specjalistyczna',
  caseFile: 'teczka pracy socjalnej',
  familyAssistance: 'asysta rodzinna',
  fosterCare: 'piecza zastępcza',
};

const head = (cells: string[]): TableCell[] => cells.map((text) => ({ text, bold: true }));

export function protocolPdf(p: ProtocolRow, items: DueRecord[], centreName: string): Promise<Buffer> {
  const rows: TableCell[][] = items.map((i, n) => [
    String(n + 1),
    i.jrwaSymbol,
    `${i.category}${i.category === 'B' ? i.years : ''}`,
    KIND[i.recordKind] ?? i.recordKind,
    { text: i.number ?? i.recordId, noWrap: true },
    i.closedOn.slice(0, 4),
    polishDate(i.dueOn),
  ]);
  const content: Content[] = [
    { text: centreName, margin: [0, 0, 0, 12] },
    {
      text: 'PROTOKÓŁ BRAKOWANIA DOKUMENTACJI NIEARCHIWALNEJ',
      fontSize: 13,
      bold: true,
      alignment: 'center',
    },
    { text: `nr ${p.number}`, alignment: 'center', margin: [0, 2, 0, 10] },
    {
      text: `Komisja w składzie wymienionym niżej oceniła dokumentację, której okres przechowywania upłynął do końca miesiąca ${p.month}, i uznała ją za nieprzydatną do celów praktycznych. Liczba pozycji spisu: ${items.length}.`,
      alignment: 'justify',
    },
    {
      margin: [0, 10, 0, 10],
      table: {
        headerRows: 1,
        // The reference (a register number or the record's id) is never broken across lines.
        widths: ['auto', 'auto', 'auto', '*', 'auto', 'auto', 'auto'],
        body: [
          head(['Lp.', 'Symbol JRWA', 'Kat.', 'Rodzaj akt', 'Znak / nr', 'Rok zamkn.', 'Termin']),
          ...rows,
        ],
      },
    },
    p.archiveConsent
      ? { text: `Zgoda archiwum państwowego: ${p.archiveConsent}`, margin: [0, 0, 0, 6] }
      : { text: 'Zgoda archiwum państwowego: oczekuje', margin: [0, 0, 0, 6] },
    p.signedOn ? { text: `Podpisano dnia ${polishDate(p.signedOn)} r.` } : { text: 'Projekt — niepodpisany' },
    { text: 'Komisja:', bold: true, margin: [0, 14, 0, 4] },
    ...p.committee.map(
      (m): Content => ({
        columns: [{ text: `${m.name} — ${m.function}` }, { text: '……………………………………', alignment: 'right' }],
        margin: [0, 8, 0, 0],
      }),
    ),
  ];
  return renderPdf({ info: { title: `Protokół brakowania ${p.number}`, author: centreName }, content });
}

interface ExportData {
  generatedAt: Date;
  person: {
    firstName: string;
    secondName: string | null;
    surname: string;
    pesel: string | null;
    birthDate: string;
  };
  households: { since: string; until: string | null; address: string; relation: string }[];
  events: {
    kind: string;
    on: string;
    number: string | null;
    benefit: string | null;
    status: string | null;
  }[];
  caseFiles: { openedOn: string; closedOn: string | null }[];
  consultations: { heldOn: string; kind: string }[];
  rectifications: { version: number; changedAt: Date; changes: Record<string, unknown> }[];
  ukrStatusHistory: {
    status: string;
    since: string | null;
    lostOn: string | null;
    lostReason: string | null;
    changedAt: Date;
  }[];
}

export function subjectAccessPdf(d: ExportData, centreName: string): Promise<Buffer> {
  const p = d.person;
  const table = (header: string[], body: string[][]): Content =>
    body.length === 0
      ? { text: 'brak', italics: true }
      : { table: { headerRows: 1, body: [head(header), ...body] }, margin: [0, 2, 0, 8] };
  return renderPdf({
    info: { title: 'Informacja o przetwarzanych danych osobowych', author: centreName },
    content: [
      { text: centreName, margin: [0, 0, 0, 12] },
      { text: 'INFORMACJA O PRZETWARZANYCH DANYCH OSOBOWYCH', fontSize: 13, bold: true, alignment: 'center' },
      { text: '(art. 15 RODO)', alignment: 'center', margin: [0, 0, 0, 10] },
      { text: `Sporządzono: ${polishDate(todayInPoland(d.generatedAt))}` },
      {
        text: `Osoba: ${[p.firstName, p.secondName, p.surname].filter(Boolean).join(' ')}, PESEL: ${p.pesel ?? '—'}, data urodzenia: ${polishDate(p.birthDate)}`,
        margin: [0, 6, 0, 8],
      },
      { text: 'Gospodarstwa domowe', bold: true },
      table(
        ['Od', 'Do', 'Adres', 'Relacja'],
        d.households.map((h) => [h.since, h.until ?? '', h.address, h.relation]),
      ),
      { text: 'Sprawy, decyzje, wypłaty i procedury', bold: true },
      table(
        ['Data', 'Rodzaj', 'Numer', 'Świadczenie', 'Stan'],
        d.events.map((e) => [e.on, e.kind, e.number ?? '', e.benefit ?? '', e.status ?? '']),
      ),
      { text: 'Teczki pracy socjalnej', bold: true },
      table(
        ['Założona', 'Zamknięta'],
        d.caseFiles.map((f) => [f.openedOn, f.closedOn ?? '']),
      ),
      { text: 'Konsultacje specjalistyczne', bold: true },
      table(
        ['Data', 'Rodzaj'],
        d.consultations.map((c) => [c.heldOn, c.kind]),
      ),
      { text: 'Historia sprostowań', bold: true },
      table(
        ['Wersja', 'Kiedy', 'Zmiany'],
        d.rectifications.map((r) => [
          String(r.version),
          polishDate(todayInPoland(r.changedAt)),
          JSON.stringify(r.changes),
        ]),
      ),
      { text: 'Status UKR (ustawa z 12.03.2022 o pomocy obywatelom Ukrainy)', bold: true },
      table(
        ['Zmieniono', 'Status', 'Od', 'Utracony', 'Przyczyna utraty'],
        d.ukrStatusHistory.map((u) => [
          polishDate(todayInPoland(u.changedAt)),
          t('pl', `ukr.status.${u.status}`),
          u.since ? polishDate(u.since) : '',
          u.lostOn ? polishDate(u.lostOn) : '',
          u.lostReason ? t('pl', `ukr.reason.${u.lostReason}`) : '',
        ]),
      ),
    ],
  });
}
