import { isoDate, optionalText, trimmed } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { fieldError } from '../../http/errors.ts';
import * as repo from './repo.ts';
import * as group from './repo-group.ts';
import { DIAGNOSTIC_GROUP_ROLES } from './service-group.ts';

// The interdisciplinary team's make-up, as the appointing order (zarządzenie) sets it. Who is the
// chair is data here, not a role: it decides who sees every procedure and forms the groups.

export const TeamInput = z
  .object({
    name: trimmed(300),
    on: isoDate,
    members: z
      .array(
        z.object({
          staffUserId: z.uuid().optional(),
          fullName: optionalText(200),
          institution: trimmed(300),
          isChair: z.boolean().default(false),
        }),
      )
      .min(1)
      .max(60),
  })
  .superRefine((t, ctx) => {
    if (t.members.filter((m) => m.isChair).length !== 1)
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'validation.blueCard.oneChair' });
    t.members.forEach((m, i) => {
      if (!m.staffUserId && !m.fullName)
        ctx.addIssue({ code: 'custom', path: ['members', i, 'fullName'], message: 'validation.required' });
    });
  });

export interface TeamMemberRow {
  id: string;
  staffUserId: string | null;
  fullName: string;
  institution: string;
  isChair: boolean;
  validFrom: string;
}

async function currentMembers(q: Queryable, teamId: string) {
  const r = await q.query<TeamMemberRow>(
    `SELECT id, staff_user_id AS "staffUserId", full_name AS "fullName", institution, is_chair AS "isChair",
            valid_from AS "validFrom"
       FROM interdisciplinary_team_member WHERE team_id = $1 AND valid_to IS NULL
      ORDER BY is_chair DESC, full_name`,
    [teamId],
  );
  return r.rows;
}

/** The team, its members, and the staff accounts that may be put into a group. */
export async function getTeam(ctx: StaffContext) {
  const team = await repo.currentTeam(ctx.q);
  return {
    team: team ? { id: team.id, name: team.name, chairId: team.chairId, chairName: team.chairName } : null,
    members: team ? await currentMembers(ctx.q, team.id) : [],
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
    const r = await ctx.q.query<{ id: string }>(
      'INSERT INTO interdisciplinary_team (name) VALUES ($1) RETURNING id',
      [input.name],
    );
    team = { id: r.rows[0]!.id, name: input.name, chairId: null, chairName: null };
  } else
    await ctx.q.query('UPDATE interdisciplinary_team SET name = $2 WHERE id = $1', [team.id, input.name]);
  await ctx.q.query(
    `UPDATE interdisciplinary_team_member SET valid_to = GREATEST($2::date, valid_from)
      WHERE team_id = $1 AND valid_to IS NULL`,
    [team.id, input.on],
  );
  for (const m of members)
    await ctx.q.query(
      `INSERT INTO interdisciplinary_team_member (team_id, staff_user_id, full_name, institution, is_chair, valid_from)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [team.id, m.staffUserId, m.fullName, m.institution, m.isChair, input.on],
    );
  await ctx.audit({
    action: 'update',
    entity: 'interdisciplinaryTeam',
    entityId: team.id,
    details: { chair: members.find((m) => m.isChair)!.staffUserId, members: members.length, on: input.on },
  });
  return getTeam(ctx);
}
