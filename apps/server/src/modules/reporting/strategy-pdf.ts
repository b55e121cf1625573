import type { Locale } from '@ostoja/domain/i18n/index';
import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';
import { ROW_KEYS, reportText } from './strategy-format.ts';
import type { StrategyReport } from './strategy-service.ts';

// The yearly strategy report as a landscape PDF: one table per strategic goal (seed 002 layout).

export async function renderStrategyPdf(r: StrategyReport, locale: Locale): Promise<Buffer> {
  const x = reportText(r, locale);
  const tables: Content[] = x.goals.flatMap((g): Content[] => [
    { text: g.heading, style: 'goal' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [90, 110, '*', 55, 55, 55, 80, 90],
        body: [
          x.headers.map((h) => ({ text: h, bold: true, fillColor: '#eeeeee' })),
          ...g.rows.map((row) =>
            ROW_KEYS.map((k) => ({
              text: row[k],
              alignment:
                k === 'value' || k === 'previous' || k === 'change' ? ('right' as const) : ('left' as const),
            })),
          ),
        ],
      },
      fontSize: 8,
    },
  ]);
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [30, 30, 30, 40],
    info: { title: x.title },
    content: [
      { text: x.title, style: 'title' },
      { text: x.adopted, margin: [0, 0, 0, 6] },
      ...(x.mainGoal
        ? [
            { text: x.mainGoalHeading, bold: true },
            { text: x.mainGoal, margin: [0, 0, 0, 8] as [number, number, number, number] },
          ]
        : []),
      ...tables,
    ],
    footer: (page: number, pages: number) => ({
      text: `${x.footer}   ${page}/${pages}`,
      alignment: 'center',
      fontSize: 7,
      margin: [0, 10, 0, 0],
    }),
    styles: {
      title: { fontSize: 14, bold: true, margin: [0, 0, 0, 6] },
      goal: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
    },
  });
}
