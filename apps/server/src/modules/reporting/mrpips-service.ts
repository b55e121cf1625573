import { type Locale, t } from '@ostoja/domain/i18n/index';
import {
  columnUnit,
  drillKind,
  type Figure,
  figureId,
  isServiceSection,
  type MrpipsPeriod,
  type MrpipsSection,
  parseFigure,
  periodRange,
  SECTION_COLUMNS,
  SECTION_ROWS,
  SERVICE_SECTIONS,
} from '@ostoja/domain/reporting/mrpips';
import { type FailedCheck, mrpipsChecks } from '@ostoja/domain/reporting/mrpips-checks';
import { polishDate, todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import type { After } from '../../db/rows.ts';
import { personsOf, type StaffContext } from '../../http/context.ts';
import { fieldError } from '../../http/errors.ts';
import { decodeCursor, keyId, keyText, toPage } from '../../shared/cursor.ts';
import { type ExportColumn, type ExportFormat, exportList } from '../../shared/export.ts';
import { contractsIn } from '../social-work/indicator-repo.ts';
import * as drillRepo from './drilldown-repo.ts';
import { tuneForReport } from './helped-repo.ts';
import * as repo from './mrpips-repo.ts';
import { serviceSection } from './mrpips-services-repo.ts';
import type { MrpipsOut, MrpipsSectionOut } from './mrpips-types.ts';
import { renderMrpipsXlsx } from './mrpips-xlsx.ts';

// MRPiPS-03: the sections computed by one aggregate each, every figure named so that the list
// behind it can be opened (GET …/figures/:figure) by those allowed to see lists.

export function rowLabel(locale: Locale, section: MrpipsSection, row: string): string {
  if (isServiceSection(section)) return t(locale, `mrpips.${section}.${row}`);
  if (row === 'total' && section !== 'familyTypes' && section !== 'socialWork')
    return t(locale, 'mrpips.row.total');
  if (section === 'staffing') return t(locale, `position.${row}`);
  if (section === 'benefits') return t(locale, `benefit.${row}`);
  if (section === 'reasons') return `${row}. ${t(locale, `helpReason.${row}`)}`;
  if (section === 'socialWork' || section === 'contracts') return t(locale, `mrpips.${section}.${row}`);
  return t(locale, `mrpips.family.${row}`);
}

function section(
  locale: Locale,
  s: MrpipsSection,
  values: (row: string) => Record<string, number>,
  to: string,
): MrpipsSectionOut {
  const columns = SECTION_COLUMNS[s].map((key) => ({
    key,
    label: t(locale, `mrpips.col.${key}`),
    unit: columnUnit(key),
  }));
  return {
    section: s,
    title: t(locale, `mrpips.section.${s}`, { date: polishDate(to) }),
    columns,
    rows: SECTION_ROWS[s].map((row) => {
      const v = values(row);
      const cells = Object.fromEntries(SECTION_COLUMNS[s].map((c) => [c, v[c] ?? 0]));
      const figures = Object.fromEntries(SECTION_COLUMNS[s].map((c) => [c, `${s}.${row}.${c}`]));
      return { row, label: rowLabel(locale, s, row), values: cells, figures };
    }),
  };
}

/** The report for a half-year (H1) or a year (Y): one aggregate query per section, then laid out. */
export async function compute(ctx: StaffContext, year: number, period: MrpipsPeriod): Promise<MrpipsOut> {
  const { from, to } = periodRange(year, period);
  await tuneForReport(ctx.q);
  const staff = await repo.staffing(ctx.q, to);
  const benefits = await repo.benefits(ctx.q, from, to);
  const reasons = await repo.reasons(ctx.q, from, to);
  const types = await repo.familyTypes(ctx.q, from, to);
  const social = await repo.socialWork(ctx.q, from, to);
  const contracts = await contractsIn(ctx.q, from, to);
  const today = todayInPoland();
  const services: MrpipsSectionOut[] = [];
  for (const s of SERVICE_SECTIONS) {
    const rows = await serviceSection(ctx.q, s, from, to, today);
    services.push(section(ctx.locale, s, (row) => rows.get(row) ?? {}, to));
  }
  const key = (x: string | null) => x ?? 'total';
  const l = ctx.locale;
  const out = {
    year,
    period,
    from,
    to,
    title: t(l, `mrpips.title.${period}`, { year }),
    sections: [
      section(
        l,
        'staffing',
        (row) => ({ headcount: staff.find((x) => key(x.position) === row)?.headcount ?? 0 }),
        to,
      ),
      section(
        l,
        'benefits',
        (row) => ({ ...benefits.find((x) => key(x.benefit) === row) }) as Record<string, number>,
        to,
      ),
      section(
        l,
        'reasons',
        (row) => ({ ...reasons.find((x) => key(x.reason) === row) }) as Record<string, number>,
        to,
      ),
      section(
        l,
        'familyTypes',
        (row) => ({
          families: types[`${row}.families`] ?? 0,
          personsInFamilies: types[`${row}.personsInFamilies`] ?? 0,
        }),
        to,
      ),
      section(
        l,
        'socialWork',
        (row) => {
          const x = social.find((y) => y.row === row);
          return { families: x?.families ?? 0, personsInFamilies: x?.personsInFamilies ?? 0 };
        },
        to,
      ),
      section(l, 'contracts', (row) => contracts[row as keyof typeof contracts], to),
      ...services,
    ],
  };
  return { ...out, checks: mrpipsChecks(out).map((c) => checkOut(l, out.sections, c)) };
}

/** A failed cross-check as the screen and the workbook print it: the figures named by their rows. */
function checkOut(locale: Locale, sections: MrpipsSectionOut[], c: FailedCheck) {
  const name = (id: string) => {
    const [s, row, column] = id.split('.');
    const sec = sections.find((x) => x.section === s);
    const label = sec?.rows.find((r) => r.row === row)?.label ?? row;
    const col = sec?.columns.find((x) => x.key === column)?.label ?? column;
    return `${sec?.title ?? s} — ${label} — ${col}`;
  };
  return {
    ...c,
    message: t(locale, `mrpips.check.${c.rule}`, {
      figure: name(c.figure),
      actual: c.actual,
      expected: c.expected,
    }),
  };
}

export async function report(ctx: StaffContext, year: number, period: MrpipsPeriod) {
  const out = await compute(ctx, year, period);
  await ctx.audit({ action: 'read', entity: 'mrpipsReport', details: { year, period } });
  return out;
}

export async function xlsx(ctx: StaffContext, year: number, period: MrpipsPeriod) {
  const out = await compute(ctx, year, period);
  await ctx.audit({ action: 'export', entity: 'mrpipsReport', details: { year, period, format: 'xlsx' } });
  return {
    body: await renderMrpipsXlsx({
      ...out,
      checksTitle: t(ctx.locale, 'mrpips.checks.title'),
      checksOk: t(ctx.locale, 'mrpips.checks.ok'),
    }),
    filename: `MRPiPS-03-${period === 'H1' ? 'P' : 'R'}-${year}.xlsx`,
  };
}

export function figureOf(id: string): Figure {
  const f = parseFigure(id);
  if (!f) throw fieldError('figure', 'validation.reporting.figure');
  return f;
}

const DrillCursor = z.tuple([keyText, keyId]);

/** A page of the list behind a figure over any period (also the dashboard's months), in the reader's row scope. */
export async function drillPage(
  ctx: StaffContext,
  f: Figure,
  range: { from: string; to: string },
  page: { after?: string | undefined; limit: number },
) {
  const after = decodeCursor(DrillCursor, page.after);
  const rows = await drillRepo.drill(ctx.q, ctx.actor, f, range, { after, limit: page.limit });
  return toPage(
    rows,
    page.limit,
    (r) => [r.sortKey, r.id],
    ({ sortKey: _s, ...rest }) => rest,
  );
}

/** The list behind one figure, a page at a time (keyset on sort key and id), in the reader's row scope. */
export async function drill(
  ctx: StaffContext,
  year: number,
  period: MrpipsPeriod,
  id: string,
  page: { after?: string | undefined; limit: number },
) {
  const f = figureOf(id);
  const { to } = periodRange(year, period);
  // The staffing table is short: one page, whatever the limit.
  let found: Awaited<ReturnType<typeof drillPage>>;
  if (f.section === 'staffing') {
    const rows = await drillRepo.staffList(ctx.q, f.row === 'total' ? null : f.row, to);
    found = toPage(
      rows,
      rows.length,
      (r) => [r.sortKey, r.id],
      ({ sortKey: _s, ...rest }) => rest,
    );
  } else {
    found = await drillPage(ctx, f, periodRange(year, period), page);
  }
  await ctx.audit({
    action: 'list',
    entity: 'mrpipsFigure',
    entityId: figureId(f),
    details: { year, period, results: found.items.length },
    persons: personsOf(found.items),
  });
  return { figure: figureId(f), kind: drillKind(f), ...found };
}

/** The person's name, first in the lists of persons and of payments. */
const NAME: ExportColumn[] = [
  { key: 'surname', label: 'Nazwisko' },
  { key: 'firstName', label: 'Imię' },
];

const COLUMNS: Record<string, ExportColumn[]> = {
  persons: [
    ...NAME,
    { key: 'birthDate', label: 'Data urodzenia' },
    { key: 'citizenship', label: 'Obywatelstwo' },
  ],
  families: [
    { key: 'surname', label: 'Nazwisko wnioskodawcy' },
    { key: 'firstName', label: 'Imię wnioskodawcy' },
    { key: 'address', label: 'Adres' },
    { key: 'members', label: 'Liczba osób', type: 'number' },
  ],
  payments: [
    ...NAME,
    { key: 'benefit', label: 'Świadczenie' },
    { key: 'month', label: 'Miesiąc' },
    { key: 'paidOn', label: 'Data wypłaty' },
    { key: 'decisionNumber', label: 'Decyzja' },
    { key: 'amount', label: 'Kwota (zł)', type: 'grosze' },
  ],
  staff: [
    { key: 'fullName', label: 'Imię i nazwisko' },
    { key: 'position', label: 'Stanowisko' },
    { key: 'fte', label: 'Etat', type: 'number' },
    { key: 'validFrom', label: 'Od' },
    { key: 'validTo', label: 'Do' },
  ],
};

/** The whole list behind a figure as CSV or XLSX (at most 200 000 rows), logged as an export. */
export async function drillExport(
  ctx: StaffContext,
  year: number,
  period: MrpipsPeriod,
  id: string,
  format: ExportFormat,
) {
  const f = figureOf(id);
  const kind = drillKind(f);
  const { to } = periodRange(year, period);
  let rows: drillRepo.DrillRow[] = [];
  if (kind === 'staff') rows = await drillRepo.staffList(ctx.q, f.row === 'total' ? null : f.row, to);
  else {
    let after: After = null;
    for (;;) {
      const page = await drillRepo.drill(ctx.q, ctx.actor, f, periodRange(year, period), {
        after,
        limit: 5000,
      });
      rows.push(...page.slice(0, 5000));
      const last = page[4999];
      if (page.length <= 5000 || !last || rows.length >= 200_000) break;
      after = [last.sortKey, last.id];
    }
  }
  const named = rows.map((r) => ({
    ...r,
    benefit: r.benefit ? t(ctx.locale, `benefit.${r.benefit}`) : null,
    position: r.position ? t(ctx.locale, `position.${r.position}`) : null,
  }));
  return exportList(ctx, format, {
    entity: 'mrpipsFigure',
    entityId: figureId(f),
    details: { year, period },
    name: `MRPiPS-03-${year}-${period}-${figureId(f)}`,
    columns: COLUMNS[kind]!,
    rows: named,
  });
}
