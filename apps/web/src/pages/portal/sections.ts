import type { UiKey } from '../../i18n/keys.ts';

/** A front-page tile: its title and line are `portal.tile.<key>` and `portal.tile.<key>.text`. */
export type PortalTile =
  | 'help'
  | 'selfCheck'
  | 'whichOffice'
  | 'counselling'
  | 'apply'
  | 'status'
  | 'offices'
  | 'volunteer';

interface PortalSection {
  to: string;
  /** The link's name in the menu or the footer. */
  label: UiKey;
  in: 'menu' | 'footer';
  /** Its tile on the front page, and the tile's place there. */
  tile?: { at: number; key: PortalTile };
}

/**
 * The portal's sections, once: the menu (in the order of the residents' questions) and the footer
 * take theirs in this order; the front page's tiles in the order of `tile.at`.
 */
const SECTIONS: PortalSection[] = [
  { to: '/portal', label: 'portal.nav.home', in: 'menu' },
  { to: '/portal/help', label: 'portal.nav.help', in: 'menu', tile: { at: 1, key: 'help' } },
  { to: '/portal/self-check', label: 'portal.nav.selfCheck', in: 'menu', tile: { at: 2, key: 'selfCheck' } },
  {
    to: '/portal/which-office',
    label: 'portal.nav.whichOffice',
    in: 'menu',
    tile: { at: 3, key: 'whichOffice' },
  },
  { to: '/portal/offices', label: 'portal.nav.offices', in: 'menu', tile: { at: 7, key: 'offices' } },
  {
    to: '/portal/counselling',
    label: 'portal.nav.counselling',
    in: 'menu',
    tile: { at: 4, key: 'counselling' },
  },
  { to: '/portal/apply', label: 'portal.nav.apply', in: 'menu', tile: { at: 5, key: 'apply' } },
  { to: '/portal/apply/status', label: 'portal.footer.status', in: 'footer', tile: { at: 6, key: 'status' } },
  { to: '/portal/news', label: 'portal.nav.news', in: 'menu' },
  { to: '/portal/volunteer', label: 'portal.nav.volunteer', in: 'menu', tile: { at: 8, key: 'volunteer' } },
  { to: '/portal/counselling/booking', label: 'portal.footer.booking', in: 'footer' },
  { to: '/portal/documents', label: 'portal.nav.documents', in: 'footer' },
  { to: '/portal/accessibility', label: 'portal.nav.accessibility', in: 'footer' },
  { to: '/portal/contact', label: 'portal.nav.contact', in: 'footer' },
  { to: '/login', label: 'portal.footer.staff', in: 'footer' },
];

/** The residents' main menu, or the footer's links. */
export const portalLinks = (where: PortalSection['in']) => SECTIONS.filter((s) => s.in === where);

/** What residents come for, as the front page's tiles. */
export const PORTAL_TILES = SECTIONS.flatMap((s) => (s.tile ? [{ to: s.to, ...s.tile }] : [])).sort(
  (a, b) => a.at - b.at,
);
