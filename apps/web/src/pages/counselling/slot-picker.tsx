import { addDays } from '@ostoja/domain/calendar/working-days';
import { BOOKING_HORIZON_DAYS } from '@ostoja/domain/counselling/booking';
import { useEffect, useState } from 'react';
import { ApiError, api, withQuery } from '../../api/client.ts';
import type { PublicSlot } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../components/feedback.tsx';
import { PortalLoadError } from '../../components/portal-feedback.tsx';
import { todayIso } from '../../lib/format.ts';
import { useDayName } from './slot-text.tsx';

/** Two weeks at a time; the server lists at most 31 days per request and 60 days ahead. */
const WINDOW = 14;
export const slotKey = (s: Pick<PublicSlot, 'date' | 'start'>) => `${s.date}|${s.start}`;

/**
 * The free slots of one specialist as radio buttons, grouped by day: arrow keys move between
 * them, Tab leaves the list. `version` changes to load the slots again (after a clash).
 */
export function SlotPicker({
  id,
  specialistId,
  selected,
  onSelect,
  error,
  version,
}: {
  id: string;
  specialistId: string;
  selected: PublicSlot | null;
  onSelect(slot: PublicSlot | null): void;
  error?: string | undefined;
  version: number;
}) {
  const { t, tp } = useI18n();
  const dayName = useDayName();
  const [windows, setWindows] = useState(1);
  const [slots, setSlots] = useState<PublicSlot[] | null>(null);
  const [problem, setProblem] = useState<ApiError>();
  const today = todayIso();
  const lastDay = addDays(today, Math.min(windows * WINDOW, BOOKING_HORIZON_DAYS + 1) - 1);

  // biome-ignore lint/correctness/useExhaustiveDependencies: today is a day, not a dependency
  useEffect(() => {
    const ctrl = new AbortController();
    setProblem(undefined);
    const ranges = Array.from({ length: windows }, (_, i) => addDays(today, i * WINDOW)).map((from) => ({
      from,
      to: addDays(from, WINDOW - 1),
    }));
    Promise.all(
      ranges.map((r) =>
        api.get<{ items: PublicSlot[] }>(
          withQuery('/api/v1/counselling/slots', { ...r, specialistId }),
          ctrl.signal,
        ),
      ),
    )
      .then((answers) => setSlots(answers.flatMap((a) => a.items)))
      .catch((e: unknown) => {
        if ((e as Error).name === 'AbortError') return;
        setProblem(e instanceof ApiError ? e : new ApiError(0, 'network', ''));
      });
    return () => ctrl.abort();
  }, [specialistId, windows, version]);

  // A selection that is no longer free (taken meanwhile) is dropped.
  useEffect(() => {
    if (slots && selected && !slots.some((s) => slotKey(s) === slotKey(selected))) onSelect(null);
  }, [slots, selected, onSelect]);

  if (problem) return <PortalLoadError error={problem} />;
  if (!slots) return <Loading />;
  const days = [...new Set(slots.map((s) => s.date))];
  const canMore = windows * WINDOW <= BOOKING_HORIZON_DAYS;
  return (
    <div id={id} tabIndex={-1} className={error ? 'has-error' : undefined}>
      <p className="hint" aria-live="polite">
        {tp('couns.slots.count', slots.length)} ({t('couns.slots.until', { date: dayName(lastDay) })})
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {days.length === 0 ? <p className="empty">{t('couns.slots.none')}</p> : null}
      <div className="slot-days">
        {days.map((d) => (
          <fieldset key={d} className="slot-day">
            <legend>{dayName(d)}</legend>
            <div className="slot-list">
              {slots
                .filter((s) => s.date === d)
                .map((s) => (
                  <label key={slotKey(s)}>
                    <input
                      type="radio"
                      name="slot"
                      value={slotKey(s)}
                      checked={selected !== null && slotKey(selected) === slotKey(s)}
                      onChange={() => onSelect(s)}
                      aria-describedby={error ? `${id}-error` : undefined}
                    />
                    {s.start}–{s.end}
                    {s.mode === 'phone' ? ` (${t('mode.phone')})` : ''}
                  </label>
                ))}
            </div>
          </fieldset>
        ))}
      </div>
      {canMore ? (
        <p>
          <button type="button" className="button secondary" onClick={() => setWindows((w) => w + 1)}>
            {t('couns.slots.more')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
