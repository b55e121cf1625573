import { type ExplanationStep, money, step } from '../benefits/explanation.ts';
import { registerMessages } from '../i18n/index.ts';
import { services } from '../i18n/services.ts';
import { divideHalfUp } from '../shared/money.ts';
import type { ExemptionGround, FeeBand, FeeTableKind, ServiceKind } from './fee-table.ts';

// Whoever renders a fee's steps needs their messages, whether or not it loaded the package index.
registerMessages(services);

// The client's fee for an hour of a care service: pure rules, no I/O.

const UPS = 'ustawy o pomocy społecznej';
export const SERVICES_ART = {
  localFee: `art. 50 ust. 6 ${UPS}`,
  regulationFee: `art. 50 ust. 7 ${UPS} i § 4 rozporządzenia w sprawie specjalistycznych usług opiekuńczych`,
  exemption: `art. 64 ${UPS}`,
} as const;

/** The part of a fee table the rule reads. */
export interface FeeRuleTable {
  kind: FeeTableKind;
  number: string;
  validFrom: string;
  hourlyCosts: readonly { serviceKind: ServiceKind; costGrosze: number }[];
  bands: readonly FeeBand[];
  exemptions: readonly { ground: ExemptionGround; maxPct: number }[];
}

export interface FeeFacts {
  serviceKind: ServiceKind;
  /** Household income per art. 8 (grosze) and the persons in it; 1 = osoba samotnie gospodarująca. */
  income: number;
  size: number;
  criterionSingle: number;
  criterionPerPerson: number;
  exemption?: { ground: ExemptionGround; pct: number } | null;
}

export interface FeeResult {
  hourlyCostGrosze: number;
  /** Income per person as % of the criterion, to the hundredth (shown, not used to decide). */
  incomeRatioPct: number;
  /** The fee as % of the cost the band gives (0 below the first band). */
  feePct: number;
  feeBeforeExemptionGrosze: number;
  exemptionGrosze: number;
  /** What the client pays per hour. */
  hourlyFeeGrosze: number;
  steps: ExplanationStep[];
}

export class FeeRuleError extends Error {
  constructor(
    readonly path: string,
    readonly key: string,
  ) {
    super(key);
  }
}

/** Hundredths of a percent, exact for the two decimals a table allows. */
const hundredths = (pct: number) => Math.round(pct * 100);

/**
 * The band the household's income falls in. Compared on whole-household sums so rounding never
 * decides: income > X % of the criterion ⇔ income × 100 > X × criterion × persons.
 */
export function bandOf(
  bands: readonly FeeBand[],
  income: number,
  householdCriterion: number,
): FeeBand | null {
  const above = (pct: number) => income * 100 > pct * householdCriterion;
  return bands.find((b) => above(b.overPct) && (b.upToPct === null || !above(b.upToPct))) ?? null;
}

/** Income facts a fee table is read with: household income (grosze), its persons, the criteria in force. */
export interface IncomeFacts {
  income: number;
  size: number;
  criterionSingle: number;
  criterionPerPerson: number;
}

/**
 * Where a household's income stands against the criterion (single, or per person in a family) and
 * the band of the table it falls in, with that band's percentage for a single person or a family.
 */
export function incomeBand(bands: readonly FeeBand[], f: IncomeFacts) {
  const single = f.size === 1;
  const criterion = single ? f.criterionSingle : f.criterionPerPerson;
  const householdCriterion = criterion * f.size;
  const band = bandOf(bands, f.income, householdCriterion);
  return {
    single,
    criterion,
    householdCriterion,
    incomeRatioPct: divideHalfUp(f.income * 10_000, householdCriterion) / 100,
    band,
    feePct: band ? (single ? band.singlePct : band.familyPct) : 0,
  };
}

/** A percentage (to the hundredth) of a cost, half up to the grosz. */
export const feeOfCost = (costGrosze: number, pct: number) =>
  divideHalfUp(costGrosze * hundredths(pct), 10_000);

/**
 * Art. 50 ust. 6 ups (the council's resolution) or art. 50 ust. 7 ups with the minister's
 * regulation (specialist care services for persons with mental disorders): the fee for an hour is
 * the table's percentage of the hourly cost, by the ratio of income to the criterion (single or
 * per person in the family), rounded half up to the grosz; art. 64 ups then lowers it by the
 * exemption granted, at most as far as the table allows on that ground.
 */
export function hourlyFee(table: FeeRuleTable, f: FeeFacts): FeeResult {
  const cost = table.hourlyCosts.find((c) => c.serviceKind === f.serviceKind);
  if (!cost) throw new FeeRuleError('serviceKind', 'validation.services.noCost');
  const { single, criterion, incomeRatioPct, band, feePct } = incomeBand(table.bands, f);
  const article = table.kind === 'localResolution' ? SERVICES_ART.localFee : SERVICES_ART.regulationFee;
  const before = feeOfCost(cost.costGrosze, feePct);
  const steps: ExplanationStep[] = [
    step(article, 'services.step.table', { number: table.number, validFrom: table.validFrom }),
    step(article, 'services.step.cost', { cost: money(cost.costGrosze) }),
    step(article, single ? 'services.step.ratioSingle' : 'services.step.ratioFamily', {
      income: money(f.income),
      size: f.size,
      criterion: money(criterion),
      ratio: incomeRatioPct,
    }),
    band
      ? step(article, 'services.step.band', {
          over: band.overPct,
          upTo: band.upToPct === null ? '∞' : band.upToPct,
          pct: String(feePct),
          fee: money(before),
        })
      : step(article, 'services.step.free', { upTo: table.bands[0]?.overPct ?? 0 }),
  ];
  let exemption = 0;
  if (f.exemption && before > 0) {
    const rule = table.exemptions.find((e) => e.ground === f.exemption!.ground);
    if (!rule) throw new FeeRuleError('exemption.ground', 'validation.services.exemptionNotInTable');
    if (f.exemption.pct > rule.maxPct)
      throw new FeeRuleError('exemption.pct', `validation.services.exemptionTooHigh?max=${rule.maxPct}`);
    exemption = divideHalfUp(before * f.exemption.pct, 100);
    steps.push(
      step(SERVICES_ART.exemption, 'services.step.exemption', {
        ground: { message: `services.exemptionGround.${f.exemption.ground}`, fallback: f.exemption.ground },
        pct: f.exemption.pct,
        amount: money(exemption),
      }),
    );
  }
  const fee = before - exemption;
  steps.push(step(article, 'services.step.fee', { fee: money(fee) }));
  return {
    hourlyCostGrosze: cost.costGrosze,
    incomeRatioPct,
    feePct,
    feeBeforeExemptionGrosze: before,
    exemptionGrosze: exemption,
    hourlyFeeGrosze: fee,
    steps,
  };
}

/** The table of a kind in force on `date`: the one valid from the latest day on or before it. */
export function tableOn<T extends { kind: FeeTableKind; validFrom: string; adoptedOn: string }>(
  tables: readonly T[],
  kind: FeeTableKind,
  date: string,
): T | null {
  return (
    tables
      .filter((t) => t.kind === kind && t.validFrom <= date)
      .sort((a, b) => b.validFrom.localeCompare(a.validFrom) || b.adoptedOn.localeCompare(a.adoptedOn))[0] ??
    null
  );
}

/** Art. 50 ups: the fee for a number of hours (to the quarter hour) at the hourly fee, half up to the grosz. */
export function feeForHours(hourlyFeeGrosze: number, hours: number): number {
  return divideHalfUp(Math.round(hours * 4) * hourlyFeeGrosze, 4);
}
