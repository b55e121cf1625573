import { Fragment, type ReactNode } from 'react';

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

/** One fact: its label, its value, and the value's `data-testid` where a test finds it. */
export type Fact = [label: string, value: ReactNode, testId?: string];

/**
 * A record's facts as a plain description list (`dl.facts`): each label, then its value; a fact
 * given as `false` or `null` (one the record does not have) is left out. Unlike `Details` it has no
 * card look and no wrapper around a pair.
 */
export function Facts({ items }: { items: (Fact | false | null)[] }) {
  return (
    <dl className="facts">
      {items.map((fact) =>
        fact ? (
          <Fragment key={fact[0]}>
            <dt>{fact[0]}</dt>
            <dd data-testid={fact[2]}>{fact[1]}</dd>
          </Fragment>
        ) : null,
      )}
    </dl>
  );
}
