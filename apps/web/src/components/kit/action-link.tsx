import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A link that looks like a secondary button: the page's way elsewhere (back, settings, cancel). */
export const ActionLink = ({ to, children }: { to: string; children: ReactNode }) => (
  <Link to={to} className="button secondary">
    {children}
  </Link>
);
