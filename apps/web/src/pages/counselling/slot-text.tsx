import type { DutyHours, PublicSlot } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Details } from '../../components/kit/details.tsx';
import { formatAddress } from '../../lib/format.ts';

const TAG = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' } as const;

/** "poniedziałek, 23 listopada 2026" — a slot's day written out. */
export function useDayName() {
  const { locale } = useI18n();
  const fmt = new Intl.DateTimeFormat(TAG[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (iso: string) => fmt.format(new Date(`${iso}T12:00:00Z`));
}

/** Weekly duty hours as lines: "poniedziałek, środa, piątek: 09:00–13:00, w punkcie (wrzesień–czerwiec)". */
export function useDutyLines() {
  const { locale, t, tk } = useI18n();
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(TAG[locale], { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, m - 1, 15)),
    );
  return (duties: DutyHours[]): string[] => {
    const groups = new Map<string, { d: DutyHours; days: number[] }>();
    for (const d of duties) {
      const key = [d.start, d.end, d.mode, d.phone, d.months?.join(','), d.validFrom, d.validTo].join('|');
      const g = groups.get(key) ?? { d, days: [] };
      g.days.push(d.weekday);
      groups.set(key, g);
    }
    return [...groups.values()]
      .sort((a, b) => Math.min(...a.days) - Math.min(...b.days) || a.d.start.localeCompare(b.d.start))
      .map(({ d, days }) => {
        const parts = [
          `${days
            .sort((a, b) => a - b)
            .map((x) => tk('day', x))
            .join(', ')}: ${d.start}–${d.end}`,
          d.mode === 'phone' ? t('couns.duty.phone', { phone: d.phone ?? '' }) : t('couns.duty.inPerson'),
        ];
        if (d.months) parts.push(t('couns.duty.months', { months: d.months.map(monthName).join(', ') }));
        return parts.join(', ');
      });
  };
}

/** When and where a slot is: the day, the time, the place and room, or the phone line to call. */
export function SlotDetails({ slot }: { slot: PublicSlot }) {
  const { t } = useI18n();
  const dayName = useDayName();
  return (
    <Details
      items={[
        [t('couns.slot.who'), `${slot.publicName} (${t(`specialistKind.${slot.kind}`)})`],
        [t('couns.slot.when'), `${dayName(slot.date)}, ${slot.start}–${slot.end}`],
        [
          t('couns.slot.where'),
          slot.mode === 'phone'
            ? t('couns.slot.byPhone', { phone: slot.phoneLine ?? '' })
            : [slot.office?.name, slot.office ? formatAddress(slot.office) : '', slot.room]
                .filter(Boolean)
                .join(', '),
        ],
      ]}
    />
  );
}
