import type { ComponentType } from 'react';
import { type Area, lightPage, menu, screen, screens } from '../../app/area.ts';
import { portalPage, portalScreen } from '../../components/portal-shell.tsx';

/** A reading page: with the portal's own strings only, not every module's (quicker to open). */
const read = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  portalScreen(lightPage(async () => (await Promise.all([load(), import('./strings.ts')]))[0], name));

const InfoPage = () => import('./InfoPage.tsx');
const contentEditor = screen('portal/content/HelpFormEditPage');
const newsEditor = screen('portal/content/NewsEditPage');

/** The residents' portal (public) and the editing of its content by staff (portal.manage). */
export const portalArea: Area = [
  ...screens('public', {
    // The front page is the first load of most residents: it needs no strings but its own.
    '/portal': portalScreen(lightPage(() => import('./PortalHomePage.tsx'), 'PortalHomePage')),
    '/portal/help': read(() => import('./HelpFormsPage.tsx'), 'HelpFormsPage'),
    '/portal/help/:slug': read(() => import('./HelpFormPage.tsx'), 'HelpFormPage'),
    '/portal/self-check': portalPage(() => import('./SelfCheckPage.tsx'), 'SelfCheckPage'),
    '/portal/self-check/:kind': portalPage(() => import('./PortalSelfCheckPage.tsx'), 'PortalSelfCheckPage'),
    '/portal/family-self-check': portalPage(() => import('./FamilySelfCheckPage.tsx'), 'FamilySelfCheckPage'),
    '/portal/large-family-card': portalPage(() => import('./KdrApplyPage.tsx'), 'KdrApplyPage'),
    '/portal/which-office': portalPage(() => import('./WhichOfficePage.tsx'), 'WhichOfficePage'),
    '/portal/offices': read(() => import('./OfficesPage.tsx'), 'OfficesPage'),
    '/portal/news': read(() => import('./NewsPage.tsx'), 'NewsPage'),
    '/portal/news/:id': read(() => import('./NewsItemPage.tsx'), 'NewsItemPage'),
    '/portal/documents': read(() => import('./DocumentsPage.tsx'), 'DocumentsPage'),
    '/portal/accessibility': read(InfoPage, 'AccessibilityPage'),
    '/portal/contact': read(InfoPage, 'ContactPage'),
    '/portal/*': read(InfoPage, 'PortalNotFound'),
  }),
  ...screens('portal.manage', {
    '/content': menu('nav.portalContent', 'portal/content/ContentPage'),
    '/content/help-forms/new': contentEditor,
    '/content/help-forms/:id': contentEditor,
    '/content/news/new': newsEditor,
    '/content/news/:id': newsEditor,
    '/content/documents': screen('portal/content/DocumentsAdminPage'),
    '/content/pages/:key': screen('portal/content/PageEditPage'),
  }),
];
