import { z } from 'zod';
import { timestamp } from '../shared/response.ts';
import { isoDate, todayInPoland } from '../shared/validation.ts';

// The UKR status of a PESEL (art. 4 ustawy z 12.03.2022 o pomocy obywatelom Ukrainy w związku
// z konfliktem zbrojnym na terytorium tego państwa): the municipality gives the PESEL with the
// status UKR, which makes the stay legal under that act (art. 2 ust. 1); it is lost e.g. when the
// person leaves Poland for over a month (art. 11 ust. 2) [M: later amendments moved the rules].

export const UKR_STATUSES = ['ukr', 'lost', 'none'] as const;
export type UkrStatusValue = (typeof UKR_STATUSES)[number];

/**
 * Why the status was lost [M]: leaving Poland for over a month (art. 11 ust. 2), a residence permit
 * granted (art. 4 ust. 16 in its later wording), temporary protection in another state, another reason.
 */
export const UKR_LOSS_REASONS = ['leftPoland', 'residencePermit', 'protectionElsewhere', 'other'] as const;
export type UkrLossReason = (typeof UKR_LOSS_REASONS)[number];

/** Setting a person's UKR status (PUT /persons/:id/ukr-status). Dates never later than today. */
export const SetUkrStatus = z
  .object({
    status: z.enum(UKR_STATUSES),
    since: isoDate.nullish(),
    lostOn: isoDate.nullish(),
    lostReason: z.enum(UKR_LOSS_REASONS).nullish(),
  })
  .superRefine((s, ctx) => {
    const today = todayInPoland();
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (s.status === 'none') return;
    if (!s.since) issue('since', 'validation.required');
    else if (s.since > today) issue('since', `validation.ukrStatus.future?max=${today}`);
    if (s.status !== 'lost') return;
    if (!s.lostOn) issue('lostOn', 'validation.required');
    else if (s.lostOn > today) issue('lostOn', `validation.ukrStatus.future?max=${today}`);
    else if (s.since && s.lostOn < s.since) issue('lostOn', 'validation.ukrStatus.lostBeforeSince');
    if (!s.lostReason) issue('lostReason', 'validation.required');
  })
  .transform((s) => ({
    status: s.status,
    since: s.status === 'none' ? null : s.since!,
    lostOn: s.status === 'lost' ? s.lostOn! : null,
    lostReason: s.status === 'lost' ? s.lostReason! : null,
  }));
export type SetUkrStatus = z.input<typeof SetUkrStatus>;
export type UkrStatusData = z.output<typeof SetUkrStatus>;

/** The status as the person record holds it now. */
export const UkrStatusFields = z.object({
  ukrStatus: z.enum(UKR_STATUSES),
  ukrSince: z.string().nullable(),
  ukrLostOn: z.string().nullable(),
  ukrLostReason: z.enum(UKR_LOSS_REASONS).nullable(),
});

/** One change of the status: what was set, by whom, when. */
export const UkrStatusChange = z.object({
  status: z.enum(UKR_STATUSES),
  since: z.string().nullable(),
  lostOn: z.string().nullable(),
  lostReason: z.enum(UKR_LOSS_REASONS).nullable(),
  changedBy: z.string().nullable(),
  changedAt: timestamp,
});
export type UkrStatusChange = z.input<typeof UkrStatusChange>;

/** GET/PUT /persons/:id/ukr-status: the status now and its history, newest first. */
export const UkrStatus = z.object({
  personId: z.uuid(),
  status: z.enum(UKR_STATUSES),
  since: z.string().nullable(),
  lostOn: z.string().nullable(),
  lostReason: z.enum(UKR_LOSS_REASONS).nullable(),
  history: z.array(UkrStatusChange),
});
export type UkrStatus = z.input<typeof UkrStatus>;

/** Whether the person held the UKR status on the day: given on or before it, not lost by then. */
export function holdsUkrStatus(
  s: { status: UkrStatusValue; since: string | null; lostOn: string | null },
  on: string,
): boolean {
  if (s.status === 'none' || !s.since || s.since > on) return false;
  return s.status === 'ukr' || (s.lostOn !== null && s.lostOn > on);
}
