import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { polishDate } from '@ostoja/domain/shared/today';
import type { TableCell } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';

export interface CashReport {
  day: string;
  centre: string;
  closedBy: string;
  closedAt: string;
  payouts: { receiptNumber: string; recipientName: string; title: string; amount: number }[];
  count: number;
  total: number;
  expired: { count: number; total: number };
}

/** Raport kasowy of one cash-desk day: every payout with its KW number, the total, what expired. */
export function cashReportPdf(r: CashReport): Promise<Buffer> {
  const zl = (g: number) => formatMoney(g, 'pl');
  const body: TableCell[][] = [
    ['Lp.', 'Dowód KW', 'Odbiorca', 'Tytułem', { text: 'Kwota', alignment: 'right' }],
    ...r.payouts.map((p, i): TableCell[] => [
      String(i + 1),
      p.receiptNumber,
      p.recipientName,
      { text: p.title, fontSize: 8 },
      { text: zl(p.amount), alignment: 'right' },
    ]),
    [
      '',
      '',
      { text: `Razem: ${r.count} wypł.`, bold: true },
      '',
      { text: zl(r.total), bold: true, alignment: 'right' },
    ],
  ];
  return renderPdf({
    info: { title: `Raport kasowy ${r.day}`, author: r.centre },
    pageMargins: [40, 40, 40, 40],
    content: [
      { text: r.centre, bold: true },
      {
        text: `RAPORT KASOWY — wypłaty świadczeń z dnia ${polishDate(r.day)} r.`,
        style: 'title',
        margin: [0, 12, 0, 10],
      },
      {
        table: {
          headerRows: 1,
          widths: ['auto', 'auto', '*', '*', 'auto'],
          body,
        },
        layout: 'lightHorizontalLines',
      },
      {
        text: `Niepodjęte w terminie i zwrócone do harmonogramu: ${r.expired.count} (${zl(r.expired.total)}).`,
        margin: [0, 12, 0, 0],
      },
      {
        text: `Dzień zamknął: ${r.closedBy}, ${new Date(r.closedAt).toLocaleString('pl-PL', { timeZone: 'Europe/Warsaw' })}`,
        margin: [0, 6, 0, 0],
        fontSize: 9,
      },
    ],
    styles: { title: { fontSize: 13, bold: true } },
  });
}
