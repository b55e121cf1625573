import type { OpeningHours } from '@ostoja/domain/org/address';

/** "pon.–pt. 14:00–18:00"-like text: consecutive days with the same hours joined. */
export function hoursText(hours: OpeningHours, t: (key: string) => string): string {
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
    const days = j > i ? `${t(`ctr.day.${h.day}`)}–${t(`ctr.day.${sorted[j]!.day}`)}` : t(`ctr.day.${h.day}`);
    out.push(`${days} ${h.open}–${h.close}`);
    i = j + 1;
  }
  return out.join(', ');
}
