import { type CsvCell, classify, csvLine } from '@ostoja/domain/payments/accounting';
import { addMonths } from '@ostoja/domain/payments/schedule';
import ExcelJS from 'exceljs';
import type { StaffContext } from '../../http/context.ts';
import * as repo from './repo.ts';
import { benefitTitle } from './service.ts';

// The monthly accounting export: what was paid in a calendar month (cash basis: by payment
// date), per benefit kind, with its budget classification; bank returns of the month beside it.

export interface AccountingRow extends repo.BenefitTotals {
  name: string;
  dzial: string;
  rozdzial: string;
  paragraf: string;
}

export async function monthTotals(ctx: StaffContext, month: string) {
  const from = `${month}-01`;
  const to = `${addMonths(month, 1)}-01`;
  const totals = await repo.paidByBenefit(ctx.q, from, to);
  const rows: AccountingRow[] = totals.map((x) => ({
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
