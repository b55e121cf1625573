import { addDaysKpa, addMonthsKpa, addWorkingDays } from '../calendar/working-days.ts';
import type { ApplicationAction } from './workflow.ts';

export interface ApplicationDeadlines {
  /** Rozp. w sprawie RWS § 3 ust. 2–3: 14 working days, 2 in urgent cases. */
  wywiadDue: string;
  /** KPA art. 35 § 3: one month (two for a particularly complicated case). */
  decisionDue: string;
  /** KPA art. 129 § 2: 14 days from delivery of the decision. */
  appealUntil: string | null;
  /** KPA art. 133: the appeal goes to the SKO within 7 days of its receipt. */
  appealForwardDue: string | null;
  /** Art. 107 ust. 4 ups: for continuing benefits, an update of the wywiad at least every 6 months. */
  wywiadUpdateDue: string | null;
}

const lastOf = (actions: readonly ApplicationAction[], type: ApplicationAction['type']) =>
  actions.findLast((a) => a.type === type);

/** Every deadline of an application, computed from its log; none is ever typed in. */
export function applicationDeadlines(
  actions: readonly ApplicationAction[],
  opts: { urgent: boolean; complicated?: boolean; continuing?: boolean },
): ApplicationDeadlines {
  const submitted = actions.find((a) => a.type === 'submit')!.on;
  const delivered = lastOf(actions, 'recordDelivery')?.on ?? null;
  const appeal = lastOf(actions, 'registerAppeal')?.on ?? null;
  const wywiad = lastOf(actions, 'recordWywiad')?.on ?? null;
  return {
    wywiadDue: addWorkingDays(submitted, opts.urgent ? 2 : 14),
    decisionDue: addMonthsKpa(submitted, opts.complicated ? 2 : 1),
    appealUntil: delivered ? addDaysKpa(delivered, 14) : null,
    appealForwardDue: appeal ? addDaysKpa(appeal, 7) : null,
    wywiadUpdateDue: wywiad && opts.continuing ? addMonthsKpa(wywiad, 6) : null,
  };
}
