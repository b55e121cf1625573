import { polishDate } from '@ostoja/domain/shared/today';
import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';

// The family assistant's opinion for the family court (art. 15 ust. 1 pkt 15 uwr [M]: "sporządzanie,
// na wniosek sądu, opinii o rodzinie i jej członkach"): the family, the course of the work, the
// plan and its effects, and the assistant's assessment, dated the day it is made.

export interface OpinionLetter {
  centreName: string;
  madeOn: string;
  court: string;
  caseNumber: string;
  familyName: string;
  address: string;
  assistantName: string;
  basis: 'head' | 'court';
  courtOrder: string | null;
  assignedOn: string | null;
  consentOn: string | null;
  plan: { goal: string; action: string; deadline: string; expectedEffect: string }[];
  visits: number;
  lastVisitOn: string | null;
  opinion: string;
}

const date = (d: string | null) => (d ? polishDate(d) : '—');

export function familyOpinionPdf(o: OpinionLetter): Promise<Buffer> {
  const plan: Content = o.plan.length
    ? {
        table: {
          headerRows: 1,
          widths: ['*', '*', 'auto', '*'],
          body: [
            ['Cel', 'Działanie', 'Termin', 'Oczekiwany efekt'].map((t) => ({ text: t, bold: true })),
            ...o.plan.map((p) => [p.goal, p.action, date(p.deadline), p.expectedEffect]),
          ],
        },
      }
    : { text: 'Plan pracy z rodziną nie został jeszcze sporządzony.' };
  return renderPdf({
    info: { title: `Opinia asystenta rodziny — ${o.familyName}` },
    content: [
      { text: o.centreName, alignment: 'left' },
      { text: `${date(o.madeOn)}`, alignment: 'right' },
      { text: o.court, margin: [250, 20, 0, 0], bold: true },
      { text: `Sygn. akt ${o.caseNumber}`, margin: [250, 0, 0, 20] },
      {
        text: 'OPINIA ASYSTENTA RODZINY O RODZINIE',
        style: 'title',
        alignment: 'center',
        bold: true,
        fontSize: 13,
      },
      {
        text: 'sporządzona na wniosek sądu (ustawa o wspieraniu rodziny i systemie pieczy zastępczej)',
        alignment: 'center',
        margin: [0, 0, 0, 15],
      },
      { text: `Rodzina: ${o.familyName}, ${o.address}` },
      {
        text:
          o.basis === 'court'
            ? `Podstawa pracy z rodziną: zobowiązanie sądu (${o.courtOrder ?? ''}).`
            : 'Podstawa pracy z rodziną: skierowanie kierownika ośrodka po rodzinnym wywiadzie środowiskowym.',
      },
      {
        text: `Asystent rodziny: ${o.assistantName}; praca od ${date(o.assignedOn)}, zgoda rodziny z ${date(o.consentOn)}.`,
      },
      {
        text: `Liczba wizyt i kontaktów: ${o.visits}; ostatnia: ${date(o.lastVisitOn)}.`,
        margin: [0, 0, 0, 10],
      },
      { text: 'Plan pracy z rodziną', bold: true, margin: [0, 0, 0, 5] },
      plan,
      { text: 'Opinia', bold: true, margin: [0, 15, 0, 5] },
      { text: o.opinion },
      { text: '……………………………………………\npodpis asystenta rodziny', alignment: 'right', margin: [0, 40, 0, 0] },
    ],
  });
}
