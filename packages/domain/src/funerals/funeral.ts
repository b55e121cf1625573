import { z } from 'zod';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { checkInForceAfterAdoption, isoDate, optionalText, trimmed } from '../shared/validation.ts';

// Sprawienie pogrzebu (art. 44 ups): the contracted funeral homes, the council's cost limit as
// dated data, the funerals the centre arranges and the recovery of their cost (art. 96 ust. 3 ups).
// The requests and answers of the API.

const grosze = z.number().int().min(1, 'validation.funerals.amountMin').max(100_000_00);

export const FuneralHomeInput = z.strictObject({
  name: trimmed(200),
  address: trimmed(300),
  /** The contract (umowa) the gmina signed with the funeral home. */
  contractNumber: trimmed(120),
});
export type FuneralHomeInput = z.input<typeof FuneralHomeInput>;
export const FuneralHome = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string(),
  contractNumber: z.string(),
});
export type FuneralHome = z.input<typeof FuneralHome>;
export const FuneralHomePage = cursorPage(FuneralHome);
export type FuneralHomePage = z.input<typeof FuneralHomePage>;
export const FuneralPageQuery = pageQuery(200, 100);

/** The council's resolution limiting a funeral's cost, valid from a date [M]. */
export const FuneralCostLimitInput = z
  .strictObject({
    resolutionNumber: trimmed(120),
    adoptedOn: isoDate,
    validFrom: isoDate,
    limitGrosze: grosze,
  })
  .superRefine(checkInForceAfterAdoption);
export type FuneralCostLimitInput = z.input<typeof FuneralCostLimitInput>;
export const FuneralCostLimit = z.object({
  id: z.uuid(),
  resolutionNumber: z.string(),
  adoptedOn: isoDate,
  validFrom: isoDate,
  limitGrosze: z.number().int(),
});
export type FuneralCostLimit = z.input<typeof FuneralCostLimit>;
export const FuneralCostLimitPage = cursorPage(FuneralCostLimit);
export type FuneralCostLimitPage = z.input<typeof FuneralCostLimitPage>;

export const CreateFuneral = z.strictObject({
  /** The deceased, registered in the registry first. */
  personId: z.uuid(),
  dateOfDeath: isoDate,
  placeOfDeath: optionalText(300),
  /** Who reported the death to the centre (a neighbour, the hospital, the police). */
  reportedBy: trimmed(200),
  reportedOn: isoDate,
  funeralHomeId: z.uuid(),
  /** The day the centre orders the funeral; the limit in force on it applies. */
  orderedOn: isoDate,
  /** The cost agreed with the funeral home, grosze. */
  costGrosze: grosze,
  /** Why the cost exceeds the limit; required then. */
  overLimitReason: optionalText(2000),
});
export type CreateFuneral = z.input<typeof CreateFuneral>;

export const FuneralInvoiceInput = z.strictObject({
  invoiceNumber: trimmed(120),
  issuedOn: isoDate,
  /** The invoice's amount, grosze (named apart from a recovery's amount: both forms share a screen). */
  invoiceGrosze: grosze,
  overLimitReason: optionalText(2000),
});
export type FuneralInvoiceInput = z.input<typeof FuneralInvoiceInput>;

export const RECOVERY_SOURCES = ['zusAllowance', 'estate'] as const;
export const RECOVERY_KINDS = ['claimed', 'received'] as const;
export const FuneralRecoveryInput = z.strictObject({
  /** Art. 96 ust. 3 ups: the ZUS zasiłek pogrzebowy, or the estate (masa spadkowa). */
  source: z.enum(RECOVERY_SOURCES),
  /** claimed: a demand sent (to ZUS, to the heirs or the court); received: money paid in. */
  kind: z.enum(RECOVERY_KINDS),
  amountGrosze: grosze,
  on: isoDate,
  reference: optionalText(200),
});
export type FuneralRecoveryInput = z.input<typeof FuneralRecoveryInput>;

export const FuneralRecovery = z.object({
  id: z.uuid(),
  source: z.enum(RECOVERY_SOURCES),
  kind: z.enum(RECOVERY_KINDS),
  amountGrosze: z.number().int(),
  on: isoDate,
  reference: z.string().nullable(),
});

export const Funeral = z.object({
  id: z.uuid(),
  number: z.string(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  dateOfDeath: isoDate,
  placeOfDeath: z.string().nullable(),
  reportedBy: z.string(),
  reportedOn: isoDate,
  funeralHomeId: z.uuid(),
  funeralHomeName: z.string(),
  orderedOn: isoDate,
  limitResolution: z.string(),
  limitGrosze: z.number().int(),
  costGrosze: z.number().int(),
  overLimitReason: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  invoiceIssuedOn: isoDate.nullable(),
  claimedGrosze: z.number().int(),
  receivedGrosze: z.number().int(),
  outstandingGrosze: z.number().int(),
  recoveries: z.array(FuneralRecovery),
});
export type Funeral = z.input<typeof Funeral>;
export const FuneralPage = cursorPage(Funeral);
export type FuneralPage = z.input<typeof FuneralPage>;
export const FuneralQuery = z
  .object({
    personId: z.uuid().optional(),
    /** Only funerals whose cost is not yet recovered in full. */
    outstanding: z.enum(['true', 'false']).optional(),
  })
  .extend(pageQuery(100, 50).shape);
