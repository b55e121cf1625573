import { parseChargeNotesCsv } from '@ostoja/domain/family-support/charge-notes-csv';
import {
  checkNote,
  daysInCare,
  monthlyShare,
  ratesOn,
  yearOfCare,
} from '@ostoja/domain/family-support/co-financing';
import type { ChargeNoteInput, CreateFosterChild } from '@ostoja/domain/family-support/foster-care';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { FieldError } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { badRequest, conflict, fieldConflict, fieldError, notFound } from '../../http/errors.ts';
import { loggedPage } from '../../http/logged.ts';
import { decodeCursor, keyId, keyText, toPage } from '../../shared/cursor.ts';
import { personScope } from '../registry/access.ts';
import * as repo from './repo.ts';

// Foster care co-financing (art. 191 ust. 9 uwr): the children, the powiat's notes checked against
// the rule, the yearly total. Each use case runs in the route's one transaction.

const ENTITY = 'fosterChild';

function summary(c: repo.ChildRow) {
  const { sortKey: _k, ...rest } = c;
  return { ...rest, yearOfCare: yearOfCare(c.placedOn, c.endedOn ?? todayInPoland()) };
}

const note = (n: repo.NoteRow) => ({ ...n, ...checkNote(n.chargedGrosze, n.expectedGrosze) });

const ChildCursor = z.tuple([keyText, keyId]);

export async function listChildren(ctx: StaffContext, after: string | undefined, limit: number) {
  const cursor = decodeCursor(ChildCursor, after);
  const rows = await repo.listChildren(ctx.q, personScope(ctx.actor), cursor, limit + 1);
  const page = toPage(rows, limit, (c) => [c.sortKey, c.id], summary);
  return loggedPage(ctx, ENTITY, page, null);
}

export async function getChild(ctx: StaffContext, id: string) {
  const child = await repo.findChild(ctx.q, id, personScope(ctx.actor));
  if (!child) throw notFound();
  const notes = await repo.notesOf(ctx.q, id);
  await ctx.audit({ action: 'read', entity: ENTITY, entityId: id, persons: [child.personId] });
  return { ...summary(child), notes: notes.map(note) };
}

export async function createChild(ctx: StaffContext, body: CreateFosterChild) {
  if (!(await repo.personVisible(ctx.q, body.personId, personScope(ctx.actor))))
    throw fieldError('personId', 'validation.fosterCare.unknownPerson');
  if (await repo.hasOpenPlacement(ctx.q, body.personId)) throw fieldConflict('fosterCare.placed', 'personId');
  const id = await repo.insertChild(ctx.q, body);
  await ctx.audit({ action: 'create', entity: ENTITY, entityId: id, details: { personId: body.personId } });
  return getChild(ctx, id);
}

/** The note's expected share by the rule; a month with no day in care is the user's mistake. */
async function computed(ctx: StaffContext, child: repo.ChildRow, input: ChargeNoteInput) {
  if (daysInCare(input.month, child.placedOn, child.endedOn).length === 0) return null;
  const rates = ratesOn(await repo.rates(ctx.q), `${input.month}-01`);
  const share = monthlyShare(input.costGrosze, input.month, child.placedOn, child.endedOn, rates);
  return { ...input, expectedGrosze: share.shareGrosze, daysByPct: share.daysByPct };
}

export async function addNote(ctx: StaffContext, childId: string, input: ChargeNoteInput) {
  const child = await repo.findChild(ctx.q, childId, personScope(ctx.actor));
  if (!child) throw notFound();
  const row = await computed(ctx, child, input);
  if (!row) throw fieldError('month', 'validation.fosterCare.outsideCare');
  if (await repo.noteExists(ctx.q, childId, input.month))
    throw conflict('fosterCare.duplicateNote', 'error.fosterCare.duplicateNote', [
      { path: 'month', message: 'validation.fosterCare.duplicateMonth' },
    ]);
  const saved = await repo.insertNote(ctx.q, childId, row, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'chargeNote', entityId: saved.id, details: { childId } });
  return note(saved);
}

/**
 * A CSV of notes: every row is checked (format, a child of the gmina in care that month, no note
 * for that month yet) before any is saved; one bad row → 400 naming its line and column.
 */
export async function importNotes(ctx: StaffContext, csv: string) {
  const parsed = parseChargeNotesCsv(csv);
  const firstBad = (errors: FieldError[]) => {
    const err = badRequest(errors, `error.fosterCare.csvRow?line=${errors[0]!.path.split('.')[1] ?? ''}`);
    return err;
  };
  if (parsed.errors.length) throw firstBad(parsed.errors);
  const children = await repo.childrenByPesel(
    ctx.q,
    [...new Set(parsed.rows.map((r) => r.pesel))],
    personScope(ctx.actor),
  );
  const errors: FieldError[] = [];
  const ready: { child: repo.ChildRow; row: Awaited<ReturnType<typeof computed>> & object }[] = [];
  const seen = new Set<string>();
  for (const r of parsed.rows) {
    const input = {
      month: r.month,
      number: r.number,
      costGrosze: r.costGrosze,
      chargedGrosze: r.chargedGrosze,
    };
    const ofPerson = children.filter((c) => c.pesel === r.pesel);
    if (ofPerson.length === 0) {
      errors.push({ path: `csv.${r.line}.pesel`, message: 'validation.fosterCare.unknownChild' });
      continue;
    }
    const child = ofPerson.find((c) => daysInCare(r.month, c.placedOn, c.endedOn).length > 0);
    const row = child && (await computed(ctx, child, input));
    if (!child || !row) {
      errors.push({ path: `csv.${r.line}.month`, message: 'validation.fosterCare.outsideCare' });
      continue;
    }
    const key = `${child.id}/${r.month}`;
    if (seen.has(key) || (await repo.noteExists(ctx.q, child.id, r.month))) {
      errors.push({ path: `csv.${r.line}.month`, message: 'validation.fosterCare.duplicateMonth' });
      continue;
    }
    seen.add(key);
    ready.push({ child, row });
  }
  if (errors.length) throw firstBad(errors);
  let discrepancies = 0;
  for (const { child, row } of ready) {
    const saved = await repo.insertNote(ctx.q, child.id, row, ctx.actor.id);
    if (saved.chargedGrosze !== saved.expectedGrosze) discrepancies++;
  }
  await ctx.audit({ action: 'import', entity: 'chargeNote', details: { rows: ready.length, discrepancies } });
  return { imported: ready.length, discrepancies };
}

/** The gmina's cost of a year for the budget: what the notes charge and what the rule says. */
export async function yearTotal(ctx: StaffContext, year: number) {
  const scope = personScope(ctx.actor);
  const months = await repo.yearByMonth(ctx.q, year, scope);
  const sum = (k: 'notes' | 'costGrosze' | 'chargedGrosze' | 'expectedGrosze' | 'discrepancies') =>
    months.reduce((a, m) => a + m[k], 0);
  await ctx.audit({ action: 'report', entity: ENTITY, details: { year } });
  return {
    year,
    children: await repo.childrenInYear(ctx.q, year, scope),
    notes: sum('notes'),
    costGrosze: sum('costGrosze'),
    chargedGrosze: sum('chargedGrosze'),
    expectedGrosze: sum('expectedGrosze'),
    discrepancies: sum('discrepancies'),
    months: months.map(({ month, chargedGrosze, expectedGrosze }) => ({
      month,
      chargedGrosze,
      expectedGrosze,
    })),
  };
}
