import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A list page's button to a new record's form, above the list; nothing for those who may not add one. */
export function NewLink({ to, allowed, children }: { to: string; allowed: boolean; children: ReactNode }) {
  if (!allowed) return null;
  return (
    <p>
      <Link className="button primary" to={to}>
        {children}
      </Link>
    </p>
  );
}
