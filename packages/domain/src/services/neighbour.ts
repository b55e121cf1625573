import { z } from 'zod';
import { Month } from '../records/records.ts';
import { pageQuery } from '../shared/list.ts';
import { divideHalfUp } from '../shared/money.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';

// Neighbour services (usługi sąsiedzkie, art. 50 ust. 2a ups): a neighbour helps a client under the
// client's neighbour-service decision; the centre pays the neighbour hours × the rate in force.

export const CreateNeighbour = z.strictObject({
  fullName: trimmed(200),
  address: trimmed(300),
  phone: optionalText(40),
  /** NRB: 26 digits (spaces allowed); empty: paid at the cash desk. */
  bankAccount: optionalText(40).refine(
    (v) => v === null || v === undefined || /^\d{26}$/.test(v.replace(/\s/g, '')),
    'validation.neighbour.account',
  ),
});
export type CreateNeighbour = z.input<typeof CreateNeighbour>;

export const Neighbour = z.object({
  id: z.uuid(),
  fullName: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  bankAccount: z.string().nullable(),
});
export type Neighbour = z.input<typeof Neighbour>;
export const NeighbourPage = cursorPage(Neighbour);
export type NeighbourPage = z.input<typeof NeighbourPage>;
export const NeighbourQuery = pageQuery(100, 50);

/** Hours given to the hundredth, at most a month's 744. */
const hours = (max: number) =>
  z
    .number()
    .min(0)
    .max(max, `validation.neighbour.hoursMax?max=${max}`)
    .refine((h) => Math.abs(h * 100 - Math.round(h * 100)) < 1e-9, 'validation.schedule.hundredths');

/** The rate the centre pays a neighbour for an hour, from a day [M: configurable, the director's order]. */
export const CreateNeighbourRate = z.strictObject({
  validFrom: isoDate,
  hourlyRateGrosze: z.number().int().min(1).max(100_000),
  basis: trimmed(300),
});
export type CreateNeighbourRate = z.input<typeof CreateNeighbourRate>;
export const NeighbourRate = CreateNeighbourRate.extend({ id: z.uuid() });
export const NeighbourRateList = z.object({ items: z.array(NeighbourRate) });
export type NeighbourRateList = z.input<typeof NeighbourRateList>;

/** A neighbour assigned to a client's neighbour-service decision for hours a month within a period. */
export const CreateAssignment = z
  .strictObject({
    careServiceId: z.uuid(),
    neighbourId: z.uuid(),
    hoursPerMonth: hours(744).refine((h) => h > 0, 'validation.services.hoursPositive'),
    periodFrom: isoDate,
    periodTo: isoDate,
  })
  .superRefine((d, ctx) => {
    if (d.periodTo < d.periodFrom)
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'validation.services.periodToBeforeFrom' });
  });
export type CreateAssignment = z.input<typeof CreateAssignment>;

export const Assignment = z.object({
  id: z.uuid(),
  careServiceId: z.uuid(),
  decisionNumber: z.string(),
  neighbourId: z.uuid(),
  neighbourName: z.string(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  hoursPerMonth: z.number(),
  periodFrom: isoDate,
  periodTo: isoDate,
});
export type Assignment = z.input<typeof Assignment>;
export const AssignmentPage = cursorPage(Assignment);
export type AssignmentPage = z.input<typeof AssignmentPage>;

/** Hours a neighbour helped under an assignment in a month (entered again, replaces the month's). */
export const EnterHours = z.strictObject({ assignmentId: z.uuid(), month: Month, hours: hours(744) });
export type EnterHours = z.input<typeof EnterHours>;
export const MonthHours = z.object({ assignmentId: z.uuid(), month: Month, hours: z.number() });

export const PaymentQuery = z.object({ month: Month });
export const PaymentLine = z.object({
  neighbourId: z.uuid(),
  fullName: z.string(),
  bankAccount: z.string().nullable(),
  clients: z.number().int(),
  hours: z.number(),
  amountGrosze: z.number().int(),
});
/** The month's payment list to neighbours: hours × the rate in force on the month's first day. */
export const PaymentList = z.object({
  month: Month,
  hourlyRateGrosze: z.number().int().nullable(),
  basis: z.string().nullable(),
  items: z.array(PaymentLine),
  totalGrosze: z.number().int(),
});
export type PaymentList = z.input<typeof PaymentList>;

/**
 * Art. 50 ust. 2a ups with the rate the centre set [M]: a neighbour's pay for a month is the hours
 * (to the hundredth, summed over their clients first) × the hourly rate, rounded half up to the grosz.
 */
export function neighbourPay(hours: number, hourlyRateGrosze: number): number {
  return divideHalfUp(Math.round(hours * 100) * hourlyRateGrosze, 100);
}
