import {
  type FieldTeamStreetInput,
  houseNumber,
  type OrgUnit,
  type OrgUnitInput,
  ruleCovers,
  ruleSpecificity,
  streetKey,
  type UpdateOrgUnit,
} from '@ostoja/domain/org/address';
import { polishSortKey } from '@ostoja/domain/shared/polish-text';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { fieldError, notFound, versionConflict } from '../../http/errors.ts';
import * as repo from './repo.ts';

/** The most specific street rule covering the number; `known` says whether the street has any rule at all. */
async function matchStreet(q: Queryable, street: string, building: string) {
  const n = houseNumber(building);
  const all = await repo.streetsByKey(q, streetKey(street));
  const rules = all.filter((r) => ruleCovers(r, n));
  rules.sort((a, b) => ruleSpecificity(a) - ruleSpecificity(b));
  return { known: all.length > 0, fieldTeamId: rules[0]?.fieldTeamId ?? null };
}

/** The field team serving an address: the most specific street rule that covers the number. */
export async function findFieldTeamId(
  q: Queryable,
  street: string,
  building: string,
): Promise<string | null> {
  return (await matchStreet(q, street, building)).fieldTeamId;
}

export async function lookupAddress(q: Queryable, street: string, number: string) {
  const { known, fieldTeamId: teamId } = await matchStreet(q, street, number);
  // An unknown street and a number outside the street's ranges are different mistakes to fix.
  if (!teamId)
    throw known
      ? fieldError('number', 'validation.address.numberNotServed')
      : fieldError('street', 'validation.address.noFieldTeam');
  const team = (await repo.findUnit(q, teamId))!;
  const office = team.officeId ? await repo.findUnit(q, team.officeId) : null;
  return { fieldTeam: unitContact(team), office: office ? unitContact(office) : null };
}

/** A unit as a resident may see it: where it is, how to reach it, its hours. */
export const unitContact = (u: OrgUnit) => ({
  id: u.id,
  name: u.name,
  street: u.street,
  building: u.building,
  postalCode: u.postalCode,
  city: u.city,
  phone: u.phone,
  email: u.email,
  openingHours: u.openingHours,
});

export const listUnits = (ctx: StaffContext) => repo.listUnits(ctx.q);

async function checkParent(q: Queryable, input: z.output<typeof OrgUnitInput>) {
  if (input.parentId && !(await repo.findUnit(q, input.parentId)))
    throw fieldError('parentId', 'validation.invalidOption');
  if (input.officeId) {
    const office = await repo.findUnit(q, input.officeId);
    if (office?.kind !== 'office') throw fieldError('officeId', 'validation.invalidOption');
  }
}

export async function createUnit(ctx: StaffContext, input: z.output<typeof OrgUnitInput>) {
  await checkParent(ctx.q, input);
  const id = await repo.insertUnit(ctx.q, { ...input, sortKey: polishSortKey(input.name) });
  await ctx.audit({
    action: 'create',
    entity: 'orgUnit',
    entityId: id,
    details: { name: input.name, kind: input.kind },
  });
  return (await repo.findUnit(ctx.q, id))!;
}

export async function updateUnit(ctx: StaffContext, id: string, input: z.output<typeof UpdateOrgUnit>) {
  if (!(await repo.findUnit(ctx.q, id))) throw notFound();
  if (input.parentId === id) throw fieldError('parentId', 'validation.invalidOption');
  await checkParent(ctx.q, input);
  if (!(await repo.updateUnit(ctx.q, id, input.version, { ...input, sortKey: polishSortKey(input.name) })))
    throw versionConflict();
  await ctx.audit({ action: 'update', entity: 'orgUnit', entityId: id, details: { name: input.name } });
  return (await repo.findUnit(ctx.q, id))!;
}

async function getFieldTeam(q: Queryable, id: string) {
  const unit = await repo.findUnit(q, id);
  if (unit?.kind !== 'fieldTeam') throw notFound();
  return unit;
}

export async function listStreets(ctx: StaffContext, fieldTeamId: string) {
  await getFieldTeam(ctx.q, fieldTeamId);
  return repo.listStreets(ctx.q, fieldTeamId);
}

export async function addStreet(
  ctx: StaffContext,
  fieldTeamId: string,
  input: z.output<typeof FieldTeamStreetInput>,
) {
  await getFieldTeam(ctx.q, fieldTeamId);
  const row = {
    fieldTeamId,
    street: input.street,
    streetKey: streetKey(input.street),
    city: input.city,
    numberFrom: input.numberFrom ?? null,
    numberTo: input.numberTo ?? null,
    parity: input.parity,
  };
  const id = await repo.insertStreet(ctx.q, row);
  await ctx.audit({ action: 'create', entity: 'fieldTeamStreet', entityId: id, details: { ...row } });
  return { id, ...row };
}

export async function removeStreet(ctx: StaffContext, id: string) {
  const removed = await repo.deleteStreet(ctx.q, id);
  if (!removed) throw notFound();
  await ctx.audit({ action: 'delete', entity: 'fieldTeamStreet', entityId: id, details: removed });
  return { ok: true as const };
}
