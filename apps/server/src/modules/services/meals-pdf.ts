import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { mealsProgramme } from '@ostoja/domain/i18n/meals-programme';
import type { MealsReport } from '@ostoja/domain/services/meals';
import { renderPdf } from '../../shared/pdf.ts';

type Key = keyof typeof mealsProgramme.pl;
const pl = (key: Key, params: Record<string, string | number> = {}) =>
  mealsProgramme.pl[key].replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m));
const zl = (g: number) => formatMoney(g, 'pl');

/** The programme's yearly report as the voivode's office asks for it: one row per form of help. */
export function mealsReportPdf(r: MealsReport): Promise<Buffer> {
  const title = pl('meals.report.title', { year: r.year });
  const head = (
    ['meals.report.line', 'meals.report.persons', 'meals.report.meals', 'meals.report.cost'] as const
  ).map((k) => ({ text: pl(k), bold: true }));
  return renderPdf({
    info: { title },
    content: [
      { text: title, bold: true, fontSize: 13, margin: [0, 0, 0, 12] },
      {
        table: {
          headerRows: 1,
          widths: ['*', 'auto', 'auto', 'auto'],
          body: [
            head,
            ...r.lines.map((l) => [
              pl(`meals.line.${l.line}`),
              String(l.persons),
              String(l.meals),
              zl(l.costGrosze),
            ]),
            [
              { text: pl('meals.report.total'), bold: true },
              { text: String(r.persons), bold: true },
              { text: String(r.meals), bold: true },
              { text: zl(r.costGrosze), bold: true },
            ],
          ],
        },
      },
      { text: pl('meals.report.exceptions', { n: r.exceptionPupils }), margin: [0, 8, 0, 0] },
    ],
  });
}
