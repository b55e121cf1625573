import type { Content, TableCell } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';

/** One part of a Niebieska Karta document: label/value rows, paragraphs, and/or a table. */
export interface DocSection {
  heading: string;
  rows?: [string, string][];
  paragraphs?: string[];
  /** Column widths as pdfmake takes them ('*', 'auto', points); equal shares when absent. */
  table?: { head: string[]; body: string[][]; widths?: (string | number)[] };
}

export interface BlueCardDoc {
  /** "NIEBIESKA KARTA – A" */
  title: string;
  subtitle: string;
  /** The procedure's register number; printed on every page. */
  number: string;
  centre: string;
  legalBasis: string;
  sections: DocSection[];
  /** Signature lines at the end ("podpis osoby wypełniającej formularz"). */
  signatures: string[];
  /** Printed in the footer: which copy this is (for the team's file, for a party…). */
  copyFor: string;
}

const cell = (text: string, bold = false): TableCell => ({ text, bold });

function section(s: DocSection): Content[] {
  const out: Content[] = [{ text: s.heading, style: 'h2' }];
  if (s.rows?.length)
    out.push({
      table: { widths: [170, '*'], body: s.rows.map(([k, v]) => [cell(k, true), cell(v || '—')]) },
      layout: 'lightHorizontalLines',
    });
  for (const p of s.paragraphs ?? []) out.push({ text: p, margin: [0, 2, 0, 4] });
  if (s.table)
    out.push(
      s.table.body.length === 0
        ? { text: '—', italics: true }
        : {
            table: {
              headerRows: 1,
              widths: s.table.widths ?? s.table.head.map(() => '*'),
              body: [
                s.table.head.map((h) => cell(h, true)),
                ...s.table.body.map((r) => r.map((c) => cell(c || '—'))),
              ],
            },
            layout: 'lightHorizontalLines',
          },
    );
  return out;
}

/** A Niebieska Karta form or the minutes of a meeting, as an A4 PDF with Polish glyphs (Roboto). */
export function blueCardPdf(d: BlueCardDoc): Promise<Buffer> {
  return renderPdf({
    info: { title: `${d.title} — ${d.number}`, author: d.centre },
    pageMargins: [50, 50, 50, 60],
    footer: (page, pages) => ({
      text: `${d.title} · ${d.number} · ${d.copyFor} · strona ${page} z ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
    content: [
      { text: d.centre, alignment: 'right', fontSize: 9 },
      { text: d.title, style: 'h1', margin: [0, 12, 0, 0] },
      { text: d.subtitle, alignment: 'center', margin: [0, 0, 0, 4] },
      { text: `Nr procedury: ${d.number}`, alignment: 'center', bold: true, margin: [0, 0, 0, 8] },
      ...d.sections.flatMap(section),
      { text: `Podstawa prawna: ${d.legalBasis}`, fontSize: 8, margin: [0, 14, 0, 0] },
      ...d.signatures.map(
        (s): Content => ({
          margin: [0, 30, 0, 0],
          columns: [{ text: '' }, { text: `…………………………………………\n${s}`, alignment: 'center', fontSize: 9 }],
        }),
      ),
    ],
    styles: {
      h1: { fontSize: 15, bold: true, alignment: 'center' },
      h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
    },
  });
}
