import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv, toXlsx } from './export.ts';

// Formula injection (OWASP CSV injection): a cell starting with =, +, -, @, tab or CR would be
// run by a spreadsheet; it is written with a leading apostrophe, in CSV and in XLSX alike.
const columns = [
  { key: 'name', label: 'Nazwisko' },
  { key: 'amount', label: 'Kwota', type: 'grosze' as const },
  { key: 'n', label: 'Liczba', type: 'number' as const },
];
const evil = ['=1+1', '+48 600', '-2', '@SUM(A1)', '\tx', '\rx', 'Łącka'];

describe('list exports', () => {
  it('CSV: BOM, semicolons, protected text, amounts with a decimal comma, numbers as they are', () => {
    const csv = toCsv(
      columns,
      evil.map((name, i) => ({ name, amount: -12345, n: -i })),
    ).toString('utf8');
    expect(csv.startsWith('\ufeffNazwisko;Kwota;Liczba\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe("'=1+1;-123,45;0");
    expect(lines[2]).toBe("'+48 600;-123,45;-1");
    expect(lines[4]).toBe("'@SUM(A1);-123,45;-3");
    expect(lines[5]).toBe("'\tx;-123,45;-4");
    expect(csv).toContain('"\'\rx";');
    expect(lines[7]).toBe('Łącka;-123,45;-6');
  });

  it('XLSX: protected strings, numbers and money as numbers', async () => {
    const buf = await toXlsx(
      'Lista: test/1',
      columns,
      evil.map((name) => ({ name, amount: 100050, n: 3 })),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Lista  test 1');
    expect(ws.getCell('A2').value).toBe("'=1+1");
    expect(ws.getCell('A5').value).toBe("'@SUM(A1)");
    expect(ws.getCell('A8').value).toBe('Łącka');
    expect(ws.getCell('B2').value).toBe(1000.5);
    expect(ws.getCell('C2').value).toBe(3);
    expect(ws.getCell('A2').formula).toBeUndefined();
  });
});
