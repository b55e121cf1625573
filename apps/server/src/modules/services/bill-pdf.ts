import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { careSchedule } from '@ostoja/domain/i18n/care-schedule';
import type { Bill } from '@ostoja/domain/services/bills';
import { polishDate } from '@ostoja/domain/shared/today';
import { type DecisionFrame, letterhead } from '../../shared/decision-document.ts';
import { renderPdf } from '../../shared/pdf.ts';

type Key = keyof typeof careSchedule.pl;
const pl = (key: Key, params: Record<string, string> = {}) =>
  careSchedule.pl[key].replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);
const zl = (g: number) => formatMoney(g, 'pl');
/** Hours as a Pole writes them: 12,5 or 7,25. */
const hoursText = (h: number) => String(h).replace('.', ',');

const MONTHS = [
  'styczeń',
  'luty',
  'marzec',
  'kwiecień',
  'maj',
  'czerwiec',
  'lipiec',
  'sierpień',
  'wrzesień',
  'październik',
  'listopad',
  'grudzień',
];
const monthName = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** A client's monthly bill for care services: hours delivered × the decision's hourly fee. */
export function billPdf(d: {
  centre: DecisionFrame['centre'];
  bill: Bill;
  decidedOn: string;
  address: string;
}): Promise<Buffer> {
  const b = d.bill;
  return renderPdf({
    info: { title: pl('bill.title', { number: b.number }) },
    content: [
      ...letterhead(d.centre, b.issuedOn, b.number),
      { text: [`${b.firstName} ${b.surname}`, '\n', d.address], margin: [280, 16, 0, 16] },
      { text: pl('bill.title', { number: b.number }), bold: true, fontSize: 13, alignment: 'center' },
      {
        text: pl('bill.subtitle', { month: monthName(b.month) }),
        alignment: 'center',
        margin: [0, 2, 0, 12],
      },
      {
        text: pl('bill.decision', { number: b.decisionNumber, date: polishDate(d.decidedOn) }),
        margin: [0, 0, 0, 8],
      },
      {
        table: {
          widths: ['*', 'auto'],
          body: [
            [pl('bill.hours'), hoursText(b.hours)],
            [pl('bill.fee'), zl(b.hourlyFeeGrosze)],
            [
              { text: pl('bill.amount'), bold: true },
              { text: zl(b.amountGrosze), bold: true },
            ],
          ],
        },
      },
      {
        text: pl('bill.calculation', {
          hours: hoursText(b.hours),
          fee: zl(b.hourlyFeeGrosze),
          amount: zl(b.amountGrosze),
        }),
        margin: [0, 8, 0, 0],
      },
      ...(b.paidGrosze > 0 ? [{ text: pl('bill.paid', { amount: zl(b.paidGrosze) }) }] : []),
      { text: pl('bill.due', { date: polishDate(b.dueOn) }), margin: [0, 8, 0, 0] },
      { text: pl('bill.basis'), fontSize: 8, margin: [0, 16, 0, 0] },
    ],
  });
}
