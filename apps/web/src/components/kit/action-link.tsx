import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/**
 * A link that looks like a secondary button: the page's way elsewhere (back, settings, cancel);
 * `primary` for the page's main step (a new record).
 */
export const ActionLink = ({
  to,
  primary,
  children,
}: {
  to: string;
  primary?: boolean;
  children: ReactNode;
}) => (
  <Link to={to} className={primary ? 'button primary' : 'button secondary'}>
    {children}
  </Link>
);
