import type { ButtonHTMLAttributes } from 'react';

/**
 * A small button acting on one row of a list ("Odwołaj"); a screen reader hears which row after
 * the dash ("Odwołaj — 10:00 Jan Kowalski"), the eye sees it in the row. `tone` is its look.
 */
export function RowButton({
  label,
  what,
  tone = 'secondary',
  ...button
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'type' | 'children'> & {
  label: string;
  what: string;
  tone?: 'primary' | 'secondary' | 'danger';
}) {
  return (
    <button type="button" className={`button ${tone} small`} {...button}>
      {label}
      <span className="visually-hidden"> — {what}</span>
    </button>
  );
}
