import { z } from 'zod';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';

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
export type TeamInput = z.input<typeof TeamInput>;

/** The interdisciplinary team, its current members, and the staff who may sit in a group. */
export const InterdisciplinaryTeam = z.object({
  team: z
    .object({
      id: z.uuid(),
      name: z.string(),
      chairId: z.uuid().nullable(),
      chairName: z.string().nullable(),
    })
    .nullable(),
  members: z.array(
    z.object({
      id: z.uuid(),
      staffUserId: z.uuid().nullable(),
      fullName: z.string(),
      institution: z.string(),
      isChair: z.boolean(),
      validFrom: z.string(),
    }),
  ),
  candidates: z.array(z.object({ id: z.uuid(), fullName: z.string(), roles: z.array(z.string()) })),
});
export type InterdisciplinaryTeam = z.input<typeof InterdisciplinaryTeam>;
