import type { ActionEntry } from '@ostoja/domain/applications/responses';
import { useI18n } from '../../app/i18n.tsx';

/** What an entry adds to its name, read from its payload. */
function useDetails() {
  const { money, t, tk } = useI18n();
  return (a: ActionEntry): string => {
    const p = a.payload ?? {};
    const text = (k: string) => (typeof p[k] === 'string' && p[k] ? (p[k] as string) : null);
    const parts: (string | null)[] = [];
    if (a.type === 'submit' && text('channel')) parts.push(tk('channel', text('channel')!));
    if (a.type === 'propose') {
      if (text('benefit')) parts.push(tk('benefit', text('benefit')!));
      if (typeof p.amount === 'number') parts.push(money(p.amount));
    }
    if (a.type === 'issueDecision') {
      parts.push(text('number'));
      if (text('outcome')) parts.push(tk('decision.outcome', text('outcome')!));
      if (p.outcome === 'grant' && typeof p.amount === 'number') parts.push(money(p.amount));
    }
    if (a.type === 'recordAppealOutcome' && text('outcome'))
      parts.push(tk('appeal.outcome', text('outcome')!));
    if ((a.type === 'registerAppeal' || a.type === 'forwardAppeal') && p.late === true)
      parts.push(t(a.type === 'registerAppeal' ? 'timeline.lateAppeal' : 'timeline.lateForward'));
    if (a.type === 'draftDecision' && text('outcome')) parts.push(tk('decision.outcome', text('outcome')!));
    if (a.type === 'returnProposal' || a.type === 'withdraw' || a.type === 'rejectDecision')
      parts.push(text('reason'));
    return parts.filter(Boolean).join(' · ');
  };
}

/** The application's action log, oldest first: the legal date, what happened, who recorded it and when. */
export function Timeline({ actions }: { actions: ActionEntry[] }) {
  const { t, date, dateTime } = useI18n();
  const details = useDetails();
  return (
    <ol className="timeline">
      {actions.map((a) => {
        const what = details(a);
        return (
          <li key={a.id}>
            <span className="when">{date(a.on)}</span> — <strong>{t(`action.${a.type}`)}</strong>
            {what ? <span className="what">{what}</span> : null}
            <span className="who">
              {t('timeline.recorded', { who: a.actorName ?? t('timeline.system'), at: dateTime(a.at) })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
