import { type CsvCell, classify, csvLine } from '@ostoja/domain/payments/accounting';
import { addMonths } from '@ostoja/domain/payments/schedule';
import ExcelJS from 'exceljs';
import type { StaffContext } from '../../http/context.ts';
import { benefitTitle } from './service.ts';

// The monthly accounting export: what was paid in a calendar month (cash basis: by payment
// date), per benefit kind, with its budget classification; bank returns of the month beside it.

export interface AccountingRow {
  benefit: string;
  name: string;
  dzial: string;
  rozdzial: string;
  paragraf: string;
  payments: number;
  gross: number;
  deductions: number;
  net: number;
  transfer: number;
  cash: number;
  returned: number;
}

export async function monthTotals(ctx: StaffContext, month: string) {
  const from = `${month}-01`;
  const to = `${addMonths(month, 1)}-01`;
  const r = await ctx.q.query<Omit<AccountingRow, 'name' | 'dzial' | 'rozdzial' | 'paragraf'>>(
    `WITH paid AS (
       SELECT benefit, count(*)::int AS payments, sum(amount) AS gross, sum(deduction) AS deductions,
              sum(amount - deduction) AS net,
              COALESCE(sum(amount - deduction) FILTER (WHERE method = 'transfer'), 0) AS transfer,
              COALESCE(sum(amount - deduction) FILTER (WHERE method = 'cashDesk'), 0) AS cash
         FROM payment_item WHERE paid_on >= $1 AND paid_on < $2 AND status IN ('paid', 'returned') GROUP BY benefit
     ), ret AS (
       SELECT benefit, sum(amount - deduction) AS returned
         FROM payment_item WHERE returned_on >= $1 AND returned_on < $2 GROUP BY benefit
     )
     SELECT COALESCE(p.benefit, r.benefit) AS benefit, COALESCE(p.payments, 0) AS payments,
            COALESCE(p.gross, 0) AS gross, COALESCE(p.deductions, 0) AS deductions, COALESCE(p.net, 0) AS net,
            COALESCE(p.transfer, 0) AS transfer, COALESCE(p.cash, 0) AS cash, COALESCE(r.returned, 0) AS returned
       FROM paid p FULL JOIN ret r ON r.benefit = p.benefit ORDER BY 1`,
    [from, to],
  );
  const rows: AccountingRow[] = r.rows.map((x) => ({
    ...x,
    name: benefitTitle(x.benefit),
    ...classify(x.benefit),
  }));
  const sum = (k: keyof AccountingRow) => rows.reduce((s, x) => s + (x[k] as number), 0);
  const total = {
    payments: sum('payments'),
    gross: sum('gross'),
    deductions: sum('deductions'),
    net: sum('net'),
    transfer: sum('transfer'),
    cash: sum('cash'),
    returned: sum('returned'),
  };
  await ctx.audit({ action: 'export', entity: 'accounting', entityId: null, details: { month } });
  return { month, rows, total };
}

const HEADERS = [
  'Miesiąc',
  'Świadczenie',
  'Dział',
  'Rozdział',
  'Paragraf',
  'Liczba wypłat',
  'Kwota brutto',
  'Potrącenia',
  'Wypłacono',
  'w tym przelewem',
  'w tym w kasie',
  'Zwroty bankowe',
];

type Totals = Awaited<ReturnType<typeof monthTotals>>;
type Line = Omit<AccountingRow, 'benefit'>;

const lines = (t: Totals): Line[] => [
  ...t.rows,
  { name: 'Razem', dzial: '', rozdzial: '', paragraf: '', ...t.total },
];

function cells(month: string, x: Line): CsvCell[] {
  const money = [x.gross, x.deductions, x.net, x.transfer, x.cash, x.returned].map((g) => ({ zloty: g }));
  return [month, x.name, x.dzial, x.rozdzial, x.paragraf, x.payments, ...money];
}

/** CSV for Polish spreadsheets: UTF-8 with BOM, semicolons, CRLF, decimal commas, text cells protected. */
export function toCsv(t: Totals): Buffer {
  const text = [csvLine(HEADERS), ...lines(t).map((l) => csvLine(cells(t.month, l)))].join('\r\n');
  return Buffer.from(`\ufeff${text}\r\n`, 'utf8');
}

/** XLSX: amounts as numbers in złoty with two decimals; classification codes as text. */
export async function toXlsx(t: Totals): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ostoja';
  const ws = wb.addWorksheet(`Wypłaty ${t.month}`);
  ws.addRow(HEADERS).font = { bold: true };
  for (const l of lines(t)) {
    const row = ws.addRow(cells(t.month, l).map((c) => (typeof c === 'object' ? c.zloty / 100 : c)));
    for (let j = 7; j <= 12; j++) row.getCell(j).numFmt = '#,##0.00';
  }
  ws.lastRow!.font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = i === 1 ? 28 : 14;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
