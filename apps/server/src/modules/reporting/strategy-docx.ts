import type { Locale } from '@ostoja/domain/i18n/index';
import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { ROW_KEYS, reportText } from './strategy-format.ts';
import type { StrategyReport } from './strategy-service.ts';

// The yearly strategy report as DOCX, so the centre can edit it before it goes to the council:
// the same text and table layout as the PDF (seed 002), in landscape.

const cell = (text: string, bold = false) =>
  new TableCell({
    children: text
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] })),
  });

export async function renderStrategyDocx(r: StrategyReport, locale: Locale): Promise<Buffer> {
  const x = reportText(r, locale);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: x.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: x.adopted }),
  ];
  if (x.mainGoal)
    children.push(
      new Paragraph({ children: [new TextRun({ text: x.mainGoalHeading, bold: true })] }),
      new Paragraph({ text: x.mainGoal }),
    );
  for (const g of x.goals) {
    children.push(new Paragraph({ text: g.heading, heading: HeadingLevel.HEADING_2 }));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: x.headers.map((h) => cell(h, true)) }),
          ...g.rows.map(
            (row) => new TableRow({ cantSplit: true, children: ROW_KEYS.map((k) => cell(row[k])) }),
          ),
        ],
      }),
    );
  }
  children.push(new Paragraph({ children: [new TextRun({ text: x.footer, size: 14 })] }));
  const doc = new Document({
    creator: 'Ostoja',
    title: x.title,
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return Packer.toBuffer(doc);
}
