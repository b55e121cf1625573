import type { IndicatorReport } from '@ostoja/domain/programs/programme';
import { polishDate } from '@ostoja/domain/shared/today';
import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';

// The indicator report a project sends its funder (Polish, as the funder reads it): the targets
// against what was achieved, then the participants with the support each received.

const KIND_PL = {
  euProject: 'projekt współfinansowany ze środków Unii Europejskiej',
  governmentProgramme: 'program rządowy',
  ownProgramme: 'program własny gminy',
} as const;
const STATUS_PL = { active: 'w trakcie', completed: 'ukończył(a)', left: 'przerwał(a)' } as const;
const ROW_PL: Record<string, string> = {
  participants: 'Liczba osób objętych wsparciem',
  completions: 'Liczba osób, które ukończyły udział',
};

const zloty = (grosze: number) =>
  new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' }).format(grosze / 100);

export function indicatorReportPdf(d: { centreName: string; report: IndicatorReport }): Promise<Buffer> {
  const { programme: g, rows, participants, asOf } = d.report;
  const header = (cells: string[]) => cells.map((text) => ({ text, bold: true }));
  const content: Content[] = [
    { text: d.centreName, bold: true },
    { text: `Stan na dzień ${polishDate(asOf)} r.`, alignment: 'right', margin: [0, 0, 0, 12] },
    { text: 'SPRAWOZDANIE ZE WSKAŹNIKÓW', fontSize: 14, bold: true, alignment: 'center' },
    { text: `„${g.name}”`, fontSize: 12, bold: true, alignment: 'center', margin: [0, 4, 0, 12] },
    {
      text: [
        `Rodzaj: ${KIND_PL[g.kind]}. Finansowanie: ${g.funder}. `,
        `Okres realizacji: ${polishDate(g.startsOn)} – ${polishDate(g.endsOn)}. Budżet: ${zloty(g.budgetGrosze)}.`,
      ].join(''),
      margin: [0, 0, 0, 12],
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 'auto', 'auto', 'auto'],
        body: [
          header(['Wskaźnik', 'Wartość docelowa', 'Osiągnięto', '%']),
          ...rows.map((r) => [
            ROW_PL[r.key] ?? r.name,
            String(r.target),
            String(r.achieved),
            r.percent === null ? '—' : `${r.percent}%`,
          ]),
        ],
      },
      margin: [0, 0, 0, 16],
    },
    { text: 'Uczestnicy', bold: true, margin: [0, 0, 0, 6] },
    {
      table: {
        headerRows: 1,
        widths: ['auto', '*', 'auto', 'auto', 'auto'],
        body: [
          header(['Lp.', 'Imię i nazwisko', 'Przystąpienie', 'Status', 'Formy wsparcia']),
          ...participants.map((x, i) => [
            String(i + 1),
            `${x.firstName} ${x.surname}`,
            polishDate(x.joinedOn),
            STATUS_PL[x.status],
            String(x.supports),
          ]),
        ],
      },
    },
  ];
  return renderPdf({
    info: { title: `Sprawozdanie ze wskaźników — ${g.name}`, author: d.centreName },
    content,
  });
}
