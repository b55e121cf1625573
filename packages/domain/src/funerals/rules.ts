import { funerals } from '../i18n/funerals.ts';
import { registerMessages } from '../i18n/index.ts';
import { todayInPoland } from '../shared/today.ts';

registerMessages(funerals);

// Sprawienie pogrzebu (art. 17 ust. 1 pkt 15, art. 44 ups): the cost limit in force and what the
// centre may still recover. Pure rules.

/** The council's limit of a funeral's cost [M: dated data, one resolution per gmina]. */
export interface FuneralCostLimitRule {
  resolutionNumber: string;
  validFrom: string;
  limitGrosze: number;
}

// Art. 44 ups with the council's resolution [M]: the limit in force on the day the funeral is
// ordered — the latest valid from on or before that day.
export function limitOn<L extends FuneralCostLimitRule>(limits: readonly L[], on: string): L | null {
  let best: L | null = null;
  for (const l of limits) if (l.validFrom <= on && (!best || l.validFrom > best.validFrom)) best = l;
  return best;
}

export interface CostProblem {
  path: string;
  message: string;
}

// Art. 44 ups: a cost above the resolution's limit is paid only with the reason written down (the
// deceased's circumstances, the only funeral home able to act); a death is never in the future.
export function funeralProblems(
  f: { dateOfDeath: string; orderedOn: string; costGrosze: number; overLimitReason: string | null },
  limit: FuneralCostLimitRule | null,
  today = todayInPoland(),
): CostProblem[] {
  const out: CostProblem[] = [];
  if (f.dateOfDeath > today) out.push({ path: 'dateOfDeath', message: 'validation.funerals.deathInFuture' });
  if (f.orderedOn < f.dateOfDeath)
    out.push({ path: 'orderedOn', message: 'validation.funerals.orderedBeforeDeath' });
  if (!limit) out.push({ path: 'orderedOn', message: 'validation.funerals.noLimit' });
  else if (f.costGrosze > limit.limitGrosze && !f.overLimitReason)
    out.push({ path: 'overLimitReason', message: 'validation.funerals.overLimitReason' });
  return out;
}

export interface RecoveryEntry {
  kind: 'claimed' | 'received';
  amountGrosze: number;
}

// Art. 96 ust. 3 ups: the cost is recovered from the ZUS funeral allowance or from the estate;
// what is still due is the cost less what was received, never below zero.
export function recoveryBalance(costGrosze: number, entries: readonly RecoveryEntry[]) {
  const claimed = entries.filter((e) => e.kind === 'claimed').reduce((s, e) => s + e.amountGrosze, 0);
  const received = entries.filter((e) => e.kind === 'received').reduce((s, e) => s + e.amountGrosze, 0);
  return {
    claimedGrosze: claimed,
    receivedGrosze: received,
    outstandingGrosze: Math.max(0, costGrosze - received),
  };
}
