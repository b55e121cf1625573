import { addDays } from '@ostoja/domain/calendar/working-days';
import { BOOKING_HORIZON_DAYS } from '@ostoja/domain/counselling/booking';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { counsellingApi, type PublicSlot } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../components/feedback.tsx';
import { PortalLoadError } from '../../components/portal-feedback.tsx';
import { todayIso } from '../../lib/format.ts';
import { counsellingKeys } from './queries.ts';
import { useDayName } from './slot-text.tsx';

/** Two weeks at a time; the server lists at most 31 days per request and 60 days ahead. */
const WINDOW = 14;
export const slotKey = (s: Pick<PublicSlot, 'date' | 'start'>) => `${s.date}|${s.start}`;

/**
 * The free slots of one specialist as radio buttons, grouped by day: arrow keys move between
 * them, Tab leaves the list. A clash on booking invalidates `counsellingKeys.slots`: they load again.
 */
export function SlotPicker({
  id,
  specialistId,
  selected,
  onSelect,
  error,
}: {
  id: string;
  specialistId: string;
  selected: PublicSlot | null;
  onSelect(slot: PublicSlot | null): void;
  error?: string | undefined;
}) {
  const { t, tp } = useI18n();
  const dayName = useDayName();
  const [windows, setWindows] = useState(1);
  const today = todayIso();
  const lastDay = addDays(today, Math.min(windows * WINDOW, BOOKING_HORIZON_DAYS + 1) - 1);
  const query = useQuery<PublicSlot[], ApiError>({
    queryKey: [...counsellingKeys.slots(specialistId), windows],
    queryFn: async ({ signal }) => {
      const ranges = Array.from({ length: windows }, (_, i) => addDays(today, i * WINDOW));
      const answers = await Promise.all(
        ranges.map((from) =>
          counsellingApi.slots({ from, to: addDays(from, WINDOW - 1), specialistId }, signal),
        ),
      );
      return answers.flatMap((a) => a.items);
    },
    // "More" keeps the slots shown while the next weeks load (another specialist's never).
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[2] === specialistId ? prev : undefined),
  });
  const slots = query.data;

  // A selection that is no longer free (taken meanwhile) is dropped.
  useEffect(() => {
    if (slots && selected && !slots.some((s) => slotKey(s) === slotKey(selected))) onSelect(null);
  }, [slots, selected, onSelect]);

  if (query.error) return <PortalLoadError error={query.error} />;
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
