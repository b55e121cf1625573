import type { ReactNode } from 'react';

/** Label–value pairs of a record, as a description list (the `details` look). */
export function Details({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <dl className="details">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
