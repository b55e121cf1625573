import { percentUp } from '../shared/money.ts';
import { ART } from './articles.ts';
import { type BenefitResult, type HouseholdIncomeFacts, incomeBelowCriterion } from './criterion.ts';
import { money, step } from './explanation.ts';
import type { LegalParameterPeriod } from './legal-parameters.ts';
import type { LocalResolution } from './local-resolutions.ts';

export interface ZasilekOkresowyResult extends BenefitResult {
  /** The lowest amount the law allows (equal to `amount`). */
  minimumAmount: number;
  /** The highest amount: the gap between criterion and income (art. 38 ust. 2), for a single
   * person no more than the cap in force (ust. 2 pkt 1). */
  maximumAmount: number;
}

export interface ZasilekOkresowyOptions {
  /** A council resolution raising the minimum share (art. 38 ust. 6); null = the statutory 50%. */
  localRaise?: LocalResolution | null;
}

/**
 * Art. 38. Eligible when income is lower than the criterion (ust. 1, "niższy od"; equal is not).
 * Amount between the minimum — the share of the gap (50%, or the council's raise), rounded up
 * because the law says "not less than", and at least 20 zł — and the maximum, the gap itself,
 * for a single person no more than the cap of the period (ust. 2 pkt 1). Where the gap is
 * under 20 zł (income just under the criterion) the 20 zł floor of ust. 4 wins over the gap.
 */
export function zasilekOkresowy(
  p: LegalParameterPeriod,
  h: HouseholdIncomeFacts,
  options: ZasilekOkresowyOptions = {},
): ZasilekOkresowyResult {
  const test = incomeBelowCriterion(p, h, ART.okresowy);
  const { criterion, incomePerPerson, single } = test;
  const steps = [...test.steps];
  if (!test.within) {
    steps.push(step(ART.okresowy, 'benefits.notEligible'));
    return {
      eligible: false,
      amount: 0,
      minimumAmount: 0,
      maximumAmount: 0,
      criterion,
      incomePerPerson,
      steps,
    };
  }
  const gap = test.householdCriterion - h.income;
  steps.push(
    step(ART.okresowyMax, 'benefits.okresowy.gap', {
      criterion: money(test.householdCriterion),
      income: money(h.income),
      gap: money(gap),
    }),
  );
  const raise = options.localRaise ?? null;
  const percent = raise ? raise.percent : p.zasilekOkresowyMinPercent;
  if (raise)
    steps.push(
      step(ART.okresowyLocalRaise, 'benefits.okresowy.localRaise', {
        number: raise.number,
        adoptedOn: raise.adoptedOn,
        percent,
        statutory: p.zasilekOkresowyMinPercent,
      }),
    );
  let minimum = percentUp(gap, percent);
  steps.push(
    step(raise ? ART.okresowyLocalRaise : ART.okresowyMinPercent, 'benefits.okresowy.share', {
      percent,
      gap: money(gap),
      amount: money(minimum),
    }),
  );
  if (minimum < p.zasilekOkresowyMinAmount) {
    minimum = p.zasilekOkresowyMinAmount;
    steps.push(step(ART.okresowyMinAmount, 'benefits.okresowy.raisedToMin', { min: money(minimum) }));
  }
  let maximum = gap;
  const cap = single ? p.zasilekOkresowySingleMax : null;
  if (cap !== null && maximum > cap) {
    // The cap bounds the amount itself, so a council's raised share cannot lift the minimum over it.
    maximum = cap;
    minimum = Math.min(minimum, cap);
    steps.push(step(ART.okresowySingleCap, 'benefits.okresowy.singleCap', { cap: money(cap) }));
  }
  if (maximum < minimum) {
    maximum = minimum;
    steps.push(step(ART.okresowyMinAmount, 'benefits.okresowy.floorAboveGap', { min: money(minimum) }));
  }
  steps.push(step(ART.okresowy, 'benefits.okresowy.amount', { min: money(minimum), max: money(maximum) }));
  return {
    eligible: true,
    amount: minimum,
    minimumAmount: minimum,
    maximumAmount: maximum,
    criterion,
    incomePerPerson,
    steps,
  };
}
