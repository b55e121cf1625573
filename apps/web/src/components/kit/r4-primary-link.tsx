import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A link that looks like the primary button: a page's main action (open a new record), beside its title. */
export const PrimaryLink = ({ to, children }: { to: string; children: ReactNode }) => (
  <Link to={to} className="button primary">
    {children}
  </Link>
);
