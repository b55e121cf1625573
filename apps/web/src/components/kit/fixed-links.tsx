import { Link } from 'react-router-dom';

/** A fixed list of links (address, text), one a row, as a page's "see also". */
export function FixedLinks({ links }: { links: [to: string, text: string][] }) {
  return (
    <ul className="link-list">
      {links.map(([to, text]) => (
        <li key={to}>
          <Link to={to}>{text}</Link>
        </li>
      ))}
    </ul>
  );
}
