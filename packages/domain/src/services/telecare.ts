import { z } from 'zod';
import { type ExplanationStep, money, step } from '../benefits/explanation.ts';
import { registerMessages } from '../i18n/index.ts';
import { telecare } from '../i18n/telecare.ts';
import { Month } from '../records/records.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, trimmed } from '../shared/validation.ts';
import { ExplanationStepSchema } from './care-service.ts';
import { type FeeRuleTable, hourlyFee, type IncomeFacts, incomeBand, SERVICES_ART } from './fee.ts';

// Whoever renders a telecare fee's steps needs their messages.
registerMessages(telecare);

// Telecare (teleopieka): devices lent to persons under a decision (art. 50 ups, a form of care
// services), the lending contract, and the alarms the monitoring centre logs.

export const DEVICE_KINDS = ['bracelet', 'keyBox', 'base'] as const;
/** inStock: never lent; lent: with a person; returned: back and lendable again; lost: never lent again. */
export const DEVICE_STATUSES = ['inStock', 'lent', 'returned', 'lost'] as const;
export const ALARM_KINDS = ['button', 'fall', 'inactivity', 'technical'] as const;
export const ALARM_OUTCOMES = ['talk', 'family', 'ambulance', 'police', 'falseAlarm'] as const;

export const CreateDevice = z.strictObject({
  kind: z.enum(DEVICE_KINDS),
  serialNumber: trimmed(60).regex(/^[A-Za-z0-9][A-Za-z0-9-/]*$/, 'validation.telecare.serial'),
});
export type CreateDevice = z.input<typeof CreateDevice>;

export const Device = z.object({
  id: z.uuid(),
  kind: z.enum(DEVICE_KINDS),
  serialNumber: z.string(),
  status: z.enum(DEVICE_STATUSES),
  /** The person holding it now (lent), else null. */
  holder: z.object({ personId: z.uuid(), firstName: z.string(), surname: z.string() }).nullable(),
});
export type Device = z.input<typeof Device>;
export const DevicePage = cursorPage(Device);
export type DevicePage = z.input<typeof DevicePage>;
export const DeviceQuery = pageQuery(100, 50).extend({ status: z.enum(DEVICE_STATUSES).optional() });

/** A decision granting telecare on an application with a home visit (the income comes from it). */
export const CreateTelecare = z
  .strictObject({
    applicationId: z.uuid(),
    personId: z.uuid(),
    periodFrom: isoDate,
    periodTo: isoDate,
    decidedOn: isoDate,
  })
  .superRefine((d, ctx) => {
    if (d.periodTo < d.periodFrom)
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'validation.services.periodToBeforeFrom' });
  });
export type CreateTelecare = z.input<typeof CreateTelecare>;

export const TelecareSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  periodFrom: isoDate,
  periodTo: isoDate,
  monthlyFeeGrosze: z.number().int(),
  decidedOn: isoDate,
});
export type TelecareSummary = z.input<typeof TelecareSummary>;
export const TelecarePage = cursorPage(TelecareSummary);
export type TelecarePage = z.input<typeof TelecarePage>;

export const Loan = z.object({
  id: z.uuid(),
  contractNumber: z.string(),
  deviceId: z.uuid(),
  deviceKind: z.enum(DEVICE_KINDS),
  serialNumber: z.string(),
  telecareServiceId: z.uuid(),
  personId: z.uuid(),
  lentOn: isoDate,
  returnedOn: isoDate.nullable(),
  lost: z.boolean(),
});
export type Loan = z.input<typeof Loan>;

/** A decision with the table it was priced with, its calculation and the devices lent under it. */
export const Telecare = TelecareSummary.extend({
  applicationId: z.uuid(),
  feeTableId: z.uuid(),
  feeTableNumber: z.string(),
  /** The resolution's monthly cost of telecare; null when it prices none (telecare is then free). */
  monthlyCostGrosze: z.number().int().nullable(),
  feePct: z.number(),
  incomeRatioPct: z.number(),
  steps: z.array(ExplanationStepSchema),
  loans: z.array(Loan),
});
export type Telecare = z.input<typeof Telecare>;

export const CreateLoan = z.strictObject({
  telecareServiceId: z.uuid(),
  deviceId: z.uuid(),
  lentOn: isoDate,
});
export type CreateLoan = z.input<typeof CreateLoan>;

/** The end of a loan: the device came back, or it was reported lost. */
export const EndLoan = z.strictObject({ returnedOn: isoDate, lost: z.boolean().default(false) });
export type EndLoan = z.input<typeof EndLoan>;

export const ImportAlarms = z.strictObject({ csv: z.string().max(1_000_000) });
export const AlarmImportResult = z.object({ imported: z.number().int(), duplicates: z.number().int() });
export type AlarmImportResult = z.input<typeof AlarmImportResult>;

export const AlarmQuery = pageQuery(200, 100).extend({ personId: z.uuid(), month: Month });
export const Alarm = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  kind: z.enum(ALARM_KINDS),
  outcome: z.enum(ALARM_OUTCOMES),
  serialNumber: z.string(),
});
export type Alarm = z.input<typeof Alarm>;
export const AlarmPage = cursorPage(Alarm);
export type AlarmPage = z.input<typeof AlarmPage>;

/**
 * Art. 50 ust. 6 ups: telecare costs the person the resolution's percentage of its monthly cost by
 * the band of their income, as the care services' hourly fee does; a resolution that prices no
 * telecare leaves it free.
 */
export interface TelecareFee {
  monthlyCostGrosze: number | null;
  feePct: number;
  incomeRatioPct: number;
  feeGrosze: number;
  steps: ExplanationStep[];
}

export function telecareMonthlyFee(table: FeeRuleTable, f: IncomeFacts): TelecareFee {
  if (!table.hourlyCosts.some((c) => c.serviceKind === 'telecare'))
    return {
      monthlyCostGrosze: null,
      feePct: 0,
      incomeRatioPct: incomeBand(table.bands, f).incomeRatioPct,
      feeGrosze: 0,
      steps: [step(SERVICES_ART.localFee, 'telecare.step.notPriced', { number: table.number })],
    };
  const r = hourlyFee(table, { ...f, serviceKind: 'telecare' });
  // The table's cost of telecare is a month's, not an hour's: its step says so.
  const steps = r.steps.map((s) =>
    s.key === 'services.step.cost'
      ? step(s.article, 'telecare.step.cost', { cost: money(r.hourlyCostGrosze) })
      : s,
  );
  return {
    monthlyCostGrosze: r.hourlyCostGrosze,
    feePct: r.feePct,
    incomeRatioPct: r.incomeRatioPct,
    feeGrosze: r.hourlyFeeGrosze,
    steps,
  };
}
