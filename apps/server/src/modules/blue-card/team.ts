import type { TeamInput } from '@ostoja/domain/blue-card/team';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { fieldError } from '../../http/errors.ts';
import * as repo from './repo.ts';
import * as group from './repo-group.ts';
import { DIAGNOSTIC_GROUP_ROLES } from './service-group.ts';

/** The team, its members, and the staff accounts that may be put into a group. */
export async function getTeam(ctx: StaffContext) {
  const team = await repo.currentTeam(ctx.q);
  return {
    team: team ? { id: team.id, name: team.name, chairId: team.chairId, chairName: team.chairName } : null,
    members: team ? await group.currentMembers(ctx.q, team.id) : [],
    candidates: await group.eligibleStaff(ctx.q, DIAGNOSTIC_GROUP_ROLES),
  };
}

/** Replaces the make-up from `on` (the old rows end that day and stay as history). */
export async function setTeam(ctx: StaffContext, input: z.output<typeof TeamInput>) {
  const eligible = new Map((await group.eligibleStaff(ctx.q, DIAGNOSTIC_GROUP_ROLES)).map((s) => [s.id, s]));
  const members = input.members.map((m, i) => {
    if (!m.staffUserId) return { ...m, staffUserId: null, fullName: m.fullName! };
    const s = eligible.get(m.staffUserId);
    if (!s) throw fieldError(`members.${i}.staffUserId`, 'validation.blueCard.staffNotEligible');
    // The chair sees every procedure: only someone whose role is to work in the team.
    if (m.isChair && !s.roles.includes('blueCardTeamMember'))
      throw fieldError(`members.${i}.staffUserId`, 'validation.blueCard.chairRole');
    return { ...m, staffUserId: s.id, fullName: s.fullName };
  });
  let team = await repo.currentTeam(ctx.q);
  if (!team) {
    team = {
      id: await group.insertTeam(ctx.q, input.name),
      name: input.name,
      chairId: null,
      chairName: null,
    };
  } else await group.renameTeam(ctx.q, team.id, input.name);
  await group.endMembers(ctx.q, team.id, input.on);
  for (const m of members) await group.insertTeamMember(ctx.q, team.id, m, input.on);
  await ctx.audit({
    action: 'update',
    entity: 'interdisciplinaryTeam',
    entityId: team.id,
    details: { chair: members.find((m) => m.isChair)!.staffUserId, members: members.length, on: input.on },
  });
  return getTeam(ctx);
}
