import { type ExplanationStep, money, step } from '../benefits/explanation.ts';
import { registerMessages } from '../i18n/index.ts';
import { shelters } from '../i18n/shelters.ts';
import { feeOfCost, type IncomeFacts, incomeBand } from '../services/fee.ts';
import type { FeeBand } from '../services/fee-table.ts';
import type { ShelterKind } from './shelter.ts';

// Whoever renders a fee's steps needs their messages, whether or not it loaded the package index.
registerMessages(shelters);

// Referral to a shelter (art. 48a ups): whether it takes a decision, its days and its fee. Pure rules.

const UPS = 'ustawy o pomocy społecznej';
export const SHELTER_ART = {
  noDecision: `art. 106 ust. 2 ${UPS}`,
  fee: `art. 97 ust. 5 ${UPS}`,
} as const;

// Art. 106 ust. 2 ups: shelter in a night shelter or a heated room is given without a decision.
export const needsDecision = (kind: ShelterKind) => kind === 'shelter' || kind === 'shelterWithCare';

const DAY_MS = 86_400_000;
/** The days (nights) of a stay from–to, both counted: 1–31 March is 31 days. */
export const stayDays = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;

/** The part of the council's resolution the rule reads. */
export interface ShelterFeeRule {
  number: string;
  validFrom: string;
  dailyCostGrosze: number;
  bands: readonly FeeBand[];
}

export interface ShelterFee {
  dailyFeeGrosze: number;
  totalFeeGrosze: number;
  steps: ExplanationStep[];
}

// Art. 97 ust. 5 ups [M: the resolution's bands and daily cost]: the day's fee is the band's % of the
// daily cost by income against the criterion (single, or per person in the family), half up to the grosz.
export function shelterFee(r: ShelterFeeRule, income: IncomeFacts, days: number): ShelterFee {
  const { single, criterion, incomeRatioPct, band, feePct } = incomeBand(r.bands, income);
  const daily = feeOfCost(r.dailyCostGrosze, feePct);
  const total = daily * days;
  const a = SHELTER_ART.fee;
  return {
    dailyFeeGrosze: daily,
    totalFeeGrosze: total,
    steps: [
      step(a, 'shelters.step.resolution', { number: r.number, validFrom: r.validFrom }),
      step(a, 'shelters.step.cost', { cost: money(r.dailyCostGrosze) }),
      step(a, single ? 'services.step.ratioSingle' : 'services.step.ratioFamily', {
        income: money(income.income),
        size: income.size,
        criterion: money(criterion),
        ratio: incomeRatioPct,
      }),
      band
        ? step(a, 'shelters.step.band', {
            over: band.overPct,
            upTo: band.upToPct === null ? '∞' : band.upToPct,
            pct: String(feePct),
            fee: money(daily),
          })
        : step(a, 'shelters.step.free', { upTo: r.bands[0]?.overPct ?? 0 }),
      step(a, 'shelters.step.total', { days, fee: money(total) }),
    ],
  };
}
