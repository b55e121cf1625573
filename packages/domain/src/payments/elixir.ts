import { encodeCp1250, oneLine, toAscii, wrap } from './bank-text.ts';
import { normalizeIban, nrbOf, sortCodeOf } from './iban.ts';
import { romaniseCyrillic } from './romanise.ts';

// Elixir-0: the text format of KIR's Elixir clearing that Polish banks' corporate modules
// import as a bulk of domestic transfers (files *.pli). One transfer per line, CRLF, fields
// separated by commas, text fields in double quotes, multi-line texts joined with "|"
// (4 lines × 35 characters). The layout below is the one bank manuals publish for message
// type 110 (an ordinary transfer):
//   1 type 110 · 2 execution date YYYYMMDD · 3 amount in grosze · 4 payer's bank sort code
//   5 "0" · 6 payer's NRB · 7 payee's NRB · 8 payer's name and address · 9 payee's name and
//   address · 10 "0" · 11 payee's bank sort code · 12 title · 13 "" · 14 "" · 15 "51"
//   (classification: an ordinary transfer) · 16 client–bank reference.
// [M] Not checked against KIR's "Specyfikacja techniczna nr 2" itself: banks differ in details
// (field 16's length, whether fields 4 and 11 may stay empty, the code page). We write
// Windows-1250, which is what most import modules take; `ascii` transliterates instead for
// banks that accept no Polish letters.

export interface ElixirParty {
  name: string;
  /** Street and town; goes to lines 2–4 of the name-and-address field. */
  address?: string | null;
  iban: string;
}

export interface ElixirTransfer {
  payee: ElixirParty;
  amount: number; // grosze, > 0
  title: string;
  /** Our reference of the transfer, echoed back on statements and returns. */
  reference: string;
}

export interface ElixirFile {
  payer: ElixirParty;
  executionDate: string; // YYYY-MM-DD
  transfers: ElixirTransfer[];
  encoding?: 'windows-1250' | 'ascii';
}

const LINE = 35;
/**
 * Quotes and the line separator cannot be escaped in the format, so they are left out; Cyrillic
 * (which Windows-1250 lacks) is romanised, while Polish letters stay as they are.
 */
const safe = (s: string) => romaniseCyrillic(oneLine(s)).replace(/["|]/g, ' ').replace(/\s+/g, ' ').trim();
const quoted = (s: string) => `"${s}"`;
const lines = (text: string, max: number) => wrap(safe(text), LINE, max);

function nameAndAddress(p: ElixirParty): string {
  const name = lines(p.name, 2);
  return [...name, ...lines(p.address ?? '', 4 - name.length)].join('|');
}

/** One record (without the line end), as text before encoding. */
export function elixirRecord(f: ElixirFile, t: ElixirTransfer): string {
  if (!Number.isSafeInteger(t.amount) || t.amount <= 0)
    throw new Error(`Elixir transfer amount must be positive grosze: ${t.amount}`);
  const payer = normalizeIban(f.payer.iban);
  const payee = normalizeIban(t.payee.iban);
  if (!payer.startsWith('PL') || !payee.startsWith('PL'))
    throw new Error('Elixir carries domestic (PL) accounts only');
  return [
    '110',
    f.executionDate.replaceAll('-', ''),
    String(t.amount),
    sortCodeOf(payer),
    '0',
    quoted(nrbOf(payer)),
    quoted(nrbOf(payee)),
    quoted(nameAndAddress(f.payer)),
    quoted(nameAndAddress(t.payee)),
    '0',
    sortCodeOf(payee),
    quoted(lines(t.title, 4).join('|')),
    quoted(''),
    quoted(''),
    quoted('51'),
    quoted(safe(t.reference).slice(0, 16)),
  ].join(',');
}

/** The whole file, encoded; every line ends with CRLF. */
export function elixirFile(f: ElixirFile): Uint8Array {
  const ascii = f.encoding === 'ascii';
  const text = f.transfers
    .map((t) => `${ascii ? toAscii(elixirRecord(f, t)) : elixirRecord(f, t)}\r\n`)
    .join('');
  return ascii ? new TextEncoder().encode(text) : encodeCp1250(text);
}

export interface ParsedElixirRecord {
  type: string;
  date: string;
  amount: number;
  payerSortCode: string;
  payerNrb: string;
  payeeNrb: string;
  payer: string[];
  payee: string[];
  payeeSortCode: string;
  title: string[];
  classification: string;
  reference: string;
}

/** Splits a record at the commas outside double quotes; quotes are removed. */
function splitFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inQuotes = false;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ',' && !inQuotes) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Reads records back (decoded text): used by tests and to match bank returns to transfers. */
export function parseElixir(text: string): ParsedElixirRecord[] {
  return text
    .split('\r\n')
    .filter((l) => l.length > 0)
    .map((line) => {
      const fields = splitFields(line);
      if (fields.length !== 16) throw new Error(`Elixir record has ${fields.length} fields, not 16`);
      const f = (i: number) => fields[i - 1]!;
      return {
        type: f(1),
        date: `${f(2).slice(0, 4)}-${f(2).slice(4, 6)}-${f(2).slice(6, 8)}`,
        amount: Number(f(3)),
        payerSortCode: f(4),
        payerNrb: f(6),
        payeeNrb: f(7),
        payer: f(8).split('|'),
        payee: f(9).split('|'),
        payeeSortCode: f(11),
        title: f(12).split('|'),
        classification: f(15),
        reference: f(16),
      };
    });
}
