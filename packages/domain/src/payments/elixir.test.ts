import { describe, expect, it } from 'vitest';
import { type ElixirFile, elixirFile, parseElixir } from './elixir.ts';
import { makeIban } from './iban.ts';

const payer = {
  name: 'Miejski Ośrodek Pomocy Społecznej w Pruszkowie',
  address: 'ul. Helenowska 3A, 05-800 Pruszków',
  iban: makeIban('PL', '102010550000000000000000'),
};
const acc = (n: number) => makeIban('PL', `10901014${String(n).padStart(16, '0')}`);

const file: ElixirFile = {
  payer,
  executionDate: '2026-11-10',
  transfers: [
    {
      payee: {
        name: 'Żaneta Łączyńska-Gęślarz',
        address: 'ul. Źródlana 5/12, 05-800 Pruszków',
        iban: acc(1),
      },
      amount: 38667,
      title: 'Zasiłek okresowy za 11/2026, decyzja OPS.8111.1.2026',
      reference: 'OST1',
    },
    {
      payee: { name: 'Jan "Janek" Kowalski | junior', address: null, iban: acc(2) },
      amount: 122900,
      title: 'Zasiłek stały za 11/2026, decyzja OPS.8111.2.2026',
      reference: 'OST2',
    },
    {
      payee: { name: 'Olena Шевченко', address: 'ul. Jasna 3', iban: acc(3) },
      amount: 1,
      title: 'Zasiłek celowy',
      reference: 'OST3',
    },
  ],
};

describe('Elixir-0 file', () => {
  const bytes = elixirFile(file);
  const text = new TextDecoder('windows-1250').decode(bytes);
  const records = parseElixir(text);

  it('has one CRLF-terminated record of 16 fields per transfer', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(records).toHaveLength(3);
  });

  it('carries message type, date, amounts in grosze summing to the list total, and classification 51', () => {
    expect(records.map((r) => r.type)).toEqual(['110', '110', '110']);
    expect(records.map((r) => r.date)).toEqual(['2026-11-10', '2026-11-10', '2026-11-10']);
    expect(records.map((r) => r.amount)).toEqual([38667, 122900, 1]);
    expect(records.reduce((s, r) => s + r.amount, 0)).toBe(161568);
    expect(records.every((r) => r.classification === '51')).toBe(true);
    expect(records.map((r) => r.reference)).toEqual(['OST1', 'OST2', 'OST3']);
  });

  it('carries both accounts as NRB and the sort codes taken from them', () => {
    const first = records[0]!;
    expect(first.payerNrb).toBe(payer.iban.slice(2));
    expect(first.payerSortCode).toBe('10201055');
    expect(first.payeeNrb).toBe(acc(1).slice(2));
    expect(first.payeeSortCode).toBe('10901014');
  });

  it('keeps Polish letters in Windows-1250 and splits names and titles into lines of at most 35', () => {
    expect(records[0]!.payee).toEqual(['Żaneta Łączyńska-Gęślarz', 'ul. Źródlana 5/12, 05-800 Pruszków']);
    expect(records[0]!.payer).toEqual([
      'Miejski Ośrodek Pomocy Społecznej w',
      'Pruszkowie',
      'ul. Helenowska 3A, 05-800 Pruszków',
    ]);
    expect(records[0]!.title).toEqual(['Zasiłek okresowy za 11/2026,', 'decyzja OPS.8111.1.2026']);
    for (const r of records)
      for (const l of [...r.payer, ...r.payee, ...r.title]) expect(l.length).toBeLessThanOrEqual(35);
    expect(bytes.includes(0xaf)).toBe(true); // Ż
    expect(bytes.includes(0xa3)).toBe(true); // Ł
  });

  it('leaves out quotes and the line separator that the format cannot escape', () => {
    expect(records[1]!.payee).toEqual(['Jan Janek Kowalski junior']);
  });

  it('romanises a Ukrainian name (national system) instead of writing "?", and keeps Polish letters', () => {
    expect(records[2]!.payee).toEqual(['Olena Shevchenko', 'ul. Jasna 3']);
    expect(records[0]!.payee[0]).toBe('Żaneta Łączyńska-Gęślarz');
  });

  it('writes ASCII for banks that take no Polish letters', () => {
    const ascii = new TextDecoder().decode(elixirFile({ ...file, encoding: 'ascii' }));
    expect(parseElixir(ascii)[0]!.payee[0]).toBe('Zaneta Laczynska-Geslarz');
    expect(ascii).toMatch(/^[\x20-\x7e\r\n]*$/);
  });

  it('refuses a zero amount and a foreign account', () => {
    const t = file.transfers[0]!;
    expect(() => elixirFile({ ...file, transfers: [{ ...t, amount: 0 }] })).toThrow();
    expect(() =>
      elixirFile({ ...file, transfers: [{ ...t, payee: { ...t.payee, iban: 'DE89370400440532013000' } }] }),
    ).toThrow();
  });
});
