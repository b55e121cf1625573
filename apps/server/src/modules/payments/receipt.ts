import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { amountInWords } from '@ostoja/domain/payments/words';
import { polishDate } from '@ostoja/domain/shared/today';
import { renderPdf } from '../../shared/pdf.ts';

export interface CashReceipt {
  centre: { name: string; address: string };
  number: string;
  paidOn: string;
  recipient: { name: string; pesel: string | null; address: string | null };
  document: { type: string; number: string };
  title: string;
  amount: number; // grosze, the benefit
  deduction: number; // withheld (art. 104 ust. 2 ups)
  cashier: string;
}

const DOCUMENT_NAMES: Record<string, string> = {
  idCard: 'dowód osobisty',
  passport: 'paszport',
  residenceCard: 'karta pobytu',
  other: 'inny dokument',
};

/** Dowód wypłaty (KW) of a benefit paid at the cash desk, with the amount in words and signature lines. */
export function receiptPdf(r: CashReceipt): Promise<Buffer> {
  const zl = (g: number) => formatMoney(g, 'pl');
  const net = r.amount - r.deduction;
  const row = (label: string, value: string, bold = false) => [
    { text: label, color: '#444' },
    { text: value, bold },
  ];
  return renderPdf({
    info: { title: `Dowód wypłaty ${r.number}`, author: r.centre.name },
    pageSize: 'A5',
    pageOrientation: 'landscape',
    pageMargins: [36, 30, 36, 30],
    content: [
      {
        columns: [
          { text: [{ text: `${r.centre.name}\n`, bold: true }, r.centre.address] },
          { text: `${polishDate(r.paidOn)} r.`, alignment: 'right' },
        ],
      },
      { text: 'DOWÓD WYPŁATY ŚWIADCZENIA (KW)', style: 'title', alignment: 'center', margin: [0, 12, 0, 2] },
      { text: `nr ${r.number}`, alignment: 'center', margin: [0, 0, 0, 10] },
      {
        table: {
          widths: [150, '*'],
          body: [
            row('Wypłacono', r.recipient.name, true),
            row('PESEL', r.recipient.pesel ?? '—'),
            row('Adres', r.recipient.address ?? '—'),
            row(
              'Dokument tożsamości',
              `${DOCUMENT_NAMES[r.document.type] ?? r.document.type} ${r.document.number}`,
            ),
            row('Tytułem', r.title),
            row('Kwota świadczenia', zl(r.amount)),
            ...(r.deduction > 0
              ? [row('Potrącenie (art. 104 ust. 2 ustawy o pomocy społecznej)', zl(r.deduction))]
              : []),
            row('Wypłacono kwotę', zl(net), true),
            row('Słownie', amountInWords(net)),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        columns: [
          {
            text: `Wypłacił (kasjer): ${r.cashier}\n\n.............................................`,
            fontSize: 9,
          },
          {
            text: 'Kwotę powyższą otrzymałem(-am):\n\n.............................................',
            fontSize: 9,
            alignment: 'right',
          },
        ],
        margin: [0, 18, 0, 0],
      },
    ],
    styles: { title: { fontSize: 13, bold: true } },
  });
}
