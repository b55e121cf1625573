import {
  type AddProgramme,
  type AddSpending,
  type Figure,
  g1AnswersProblem,
  MONEY_FIGURES,
  PARPA_G1_LAYOUT,
  spendingDateProblem,
} from '@ostoja/domain/alcohol-commission/programme';
import { t } from '@ostoja/domain/i18n/index';
import { todayInPoland } from '@ostoja/domain/shared/today';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { fieldError, notFound } from '../../http/errors.ts';
import { safeText } from '../../shared/export.ts';
import * as counselling from '../counselling/work.ts';
import * as repo from './programme-repo.ts';
import { groupsOfYear } from './repo.ts';

// The municipal programme: its tasks and budget lines, the spending on each from the permit fees,
// and the yearly report whose figures are counted from the commission's and the point's records.

type Out<S extends z.ZodType> = z.output<S>;
const ENTITY = 'alcoholProgramme';

async function view(ctx: StaffContext, year: number) {
  const p = await repo.findProgramme(ctx.q, year);
  if (!p) return null;
  const tasks = await repo.tasks(ctx.q, year);
  return {
    ...p,
    tasks,
    budget: tasks.reduce((s, x) => s + x.budget, 0),
    spent: tasks.reduce((s, x) => s + x.spent, 0),
    spending: await repo.spending(ctx.q, year),
  };
}

export async function getProgramme(ctx: StaffContext, year: number) {
  const p = await view(ctx, year);
  if (!p) throw notFound();
  await ctx.audit({ action: 'read', entity: ENTITY, details: { year } });
  return p;
}

export async function addProgramme(ctx: StaffContext, body: Out<typeof AddProgramme>) {
  if (!(await repo.insertProgramme(ctx.q, body, ctx.actor.id)))
    throw fieldError('year', 'validation.alcohol.programmeExists');
  await ctx.audit({ action: 'create', entity: ENTITY, details: { year: body.year } });
  return (await view(ctx, body.year))!;
}

export async function addSpending(ctx: StaffContext, year: number, body: Out<typeof AddSpending>) {
  const tasks = await repo.tasks(ctx.q, year);
  if (tasks.length === 0) throw notFound();
  if (!tasks.some((x) => x.id === body.taskId))
    throw fieldError('taskId', 'validation.alcohol.taskNotInProgramme');
  const problem = spendingDateProblem(year, body.spentOn, todayInPoland());
  if (problem) throw fieldError('spentOn', problem);
  const id = await repo.insertSpending(ctx.q, body, ctx.actor.id);
  await ctx.audit({
    action: 'spend',
    entity: ENTITY,
    details: { year, spendingId: id, amount: body.amount },
  });
  return (await view(ctx, year))!;
}

/** The yearly report: the figures of the data, the tasks' spending, and PARPA-G1 filled in. */
async function compute(ctx: StaffContext, year: number) {
  const [commission, point, groups, programme, answers] = [
    await repo.commissionFigures(ctx.q, year),
    await counselling.yearCounts(ctx, year, true),
    await groupsOfYear(ctx.q, year),
    await view(ctx, year),
    await repo.g1Answers(ctx.q, year),
  ];
  const figures = {
    ...commission,
    consultations: point.consultations.total,
    consultationPersons: point.persons,
    anonymousConsultations: point.anonymous,
    groupMinutes: groups.reduce((n, g) => n + g.minutes, 0),
    programmeBudget: programme?.budget ?? 0,
    programmeSpent: programme?.spent ?? 0,
    permitFees: programme?.permitFees ?? 0,
  } as Record<Figure, number>;
  const g1 = PARPA_G1_LAYOUT.map((s) => ({
    key: s.key,
    title: s.title,
    rows: s.rows.map((r) => ({
      key: r.key,
      label: r.label,
      entered: !r.figure,
      value: r.figure
        ? r.figure === 'groupMinutes'
          ? Math.round((figures.groupMinutes / 60) * 10) / 10
          : figures[r.figure]
        : (answers.get(r.key) ?? null),
    })),
  }));
  return {
    year,
    figures,
    groups: groups.map((g) => ({ name: g.name, minutes: g.minutes })),
    tasks: programme?.tasks ?? [],
    g1,
  };
}

export async function report(ctx: StaffContext, year: number) {
  const r = await compute(ctx, year);
  await ctx.audit({ action: 'read', entity: 'alcoholProgrammeReport', details: { year } });
  return r;
}

export async function saveG1(ctx: StaffContext, year: number, values: Record<string, number>) {
  const problem = g1AnswersProblem(values);
  if (problem) throw fieldError(problem[0], problem[1]);
  await repo.saveG1Answers(ctx.q, year, values, ctx.actor.id);
  await ctx.audit({
    action: 'update',
    entity: 'alcoholProgrammeReport',
    details: { year, rows: Object.keys(values) },
  });
  return report(ctx, year);
}

const zl = (g: number) => g / 100;

/** The report as a workbook: the figures, the tasks with their spending, PARPA-G1 by section. */
export async function reportXlsx(ctx: StaffContext, year: number) {
  const r = await compute(ctx, year);
  await ctx.audit({ action: 'export', entity: 'alcoholProgrammeReport', details: { year, format: 'xlsx' } });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ostoja';
  const money = (cell: ExcelJS.Cell) => {
    cell.numFmt = '#,##0.00';
  };
  const figures = wb.addWorksheet('Sprawozdanie');
  figures.addRow([`Sprawozdanie z realizacji gminnego programu za rok ${year}`]).font = { bold: true };
  figures.addRow([]);
  for (const [key, value] of Object.entries(r.figures) as [Figure, number][]) {
    const isMoney = MONEY_FIGURES.includes(key);
    const row = figures.addRow([
      safeText(t('pl', `alcoholProgramme.figure.${key}`)),
      isMoney ? zl(value) : key === 'groupMinutes' ? value / 60 : value,
    ]);
    if (isMoney) money(row.getCell(2));
  }
  for (const g of r.groups) figures.addRow([safeText(`— ${g.name} (godz.)`), g.minutes / 60]);
  figures.getColumn(1).width = 60;
  figures.getColumn(2).width = 18;
  const tasks = wb.addWorksheet('Zadania');
  tasks.addRow(['Lp.', 'Zadanie', 'Plan (zł)', 'Wykonanie (zł)']).font = { bold: true };
  for (const x of r.tasks) {
    const row = tasks.addRow([x.position, safeText(x.title), zl(x.budget), zl(x.spent)]);
    money(row.getCell(3));
    money(row.getCell(4));
  }
  tasks.getColumn(2).width = 60;
  const g1 = wb.addWorksheet('PARPA-G1');
  for (const s of r.g1) {
    g1.addRow([safeText(s.title)]).font = { bold: true };
    for (const row of s.rows) {
      const money = s.key === 'finance' && row.value !== null;
      const xl = g1.addRow([safeText(row.label), money ? zl(row.value!) : row.value]);
      if (money) xl.getCell(2).numFmt = '#,##0.00';
      if (row.entered) xl.getCell(1).note = 'wypełnia gmina';
    }
    g1.addRow([]);
  }
  g1.getColumn(1).width = 70;
  return {
    body: Buffer.from(await wb.xlsx.writeBuffer()),
    filename: `program-alkoholowy-${year}.xlsx`,
  };
}
