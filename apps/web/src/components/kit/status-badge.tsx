import type { ReactNode } from 'react';

/** The tones the stylesheet knows: ok (green), off (red), due-soon, overdue, neutral. */
export type BadgeTone = 'ok' | 'off' | 'due-soon' | 'overdue' | 'neutral';

/** A short state next to a record (active, published, urgent…); the words carry it, the colour helps. */
export function StatusBadge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge ${tone}`}>{children}</span>;
}
