import type { OpeningHours } from '@ostoja/domain/org/address';
import type { Translate } from '../../app/i18n.tsx';

/** The schema's day of the week: 1 (Monday) to 7 (Sunday), each with its `ctr.day.*` name. */
type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** "pon.–pt. 14:00–18:00"-like text: consecutive days with the same hours joined. */
export function hoursText(hours: OpeningHours, t: Translate): string {
  const sorted = [...hours].sort((a, b) => a.day - b.day);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    const h = sorted[i]!;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1]!.day === sorted[j]!.day + 1 &&
      sorted[j + 1]!.open === h.open &&
      sorted[j + 1]!.close === h.close
    )
      j++;
    const day = (d: number) => t(`ctr.day.${d as Weekday}`);
    const days = j > i ? `${day(h.day)}–${day(sorted[j]!.day)}` : day(h.day);
    out.push(`${days} ${h.open}–${h.close}`);
    i = j + 1;
  }
  return out.join(', ');
}
