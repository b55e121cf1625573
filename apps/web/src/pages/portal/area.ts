import type { ComponentType } from 'react';
import { type Area, lightPage, page } from '../../app/area.ts';
import { portalScreen } from '../../components/portal-shell.tsx';

/** A public page: no login, in the portal's own frame; its code loads on first use. */
const pub = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  portalScreen(page(load, name));

/** A reading page: with the portal's own strings only, not every module's (quicker to open). */
const read = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  portalScreen(lightPage(async () => (await Promise.all([load(), import('./strings.ts')]))[0], name));

const InfoPage = () => import('./InfoPage.tsx');
const contentEditor = page(() => import('./content/HelpFormEditPage.tsx'), 'HelpFormEditPage');
const newsEditor = page(() => import('./content/NewsEditPage.tsx'), 'NewsEditPage');

/** The residents' portal (public) and the editing of its content by staff (portal.manage). */
export const portalArea: Area = {
  routes: [
    // The front page is the first load of most residents: it needs no strings but its own.
    {
      path: '/portal',
      public: true,
      component: portalScreen(lightPage(() => import('./PortalHomePage.tsx'), 'PortalHomePage')),
    },
    {
      path: '/portal/help',
      public: true,
      component: read(() => import('./HelpFormsPage.tsx'), 'HelpFormsPage'),
    },
    {
      path: '/portal/help/:slug',
      public: true,
      component: read(() => import('./HelpFormPage.tsx'), 'HelpFormPage'),
    },
    {
      path: '/portal/self-check',
      public: true,
      component: pub(() => import('./SelfCheckPage.tsx'), 'SelfCheckPage'),
    },
    {
      path: '/portal/which-office',
      public: true,
      component: pub(() => import('./WhichOfficePage.tsx'), 'WhichOfficePage'),
    },
    {
      path: '/portal/offices',
      public: true,
      component: read(() => import('./OfficesPage.tsx'), 'OfficesPage'),
    },
    { path: '/portal/news', public: true, component: read(() => import('./NewsPage.tsx'), 'NewsPage') },
    {
      path: '/portal/news/:id',
      public: true,
      component: read(() => import('./NewsItemPage.tsx'), 'NewsItemPage'),
    },
    {
      path: '/portal/documents',
      public: true,
      component: read(() => import('./DocumentsPage.tsx'), 'DocumentsPage'),
    },
    { path: '/portal/accessibility', public: true, component: read(InfoPage, 'AccessibilityPage') },
    { path: '/portal/contact', public: true, component: read(InfoPage, 'ContactPage') },
    { path: '/portal/*', public: true, component: read(InfoPage, 'PortalNotFound') },
    {
      path: '/content',
      permission: 'portal.manage',
      component: page(() => import('./content/ContentPage.tsx'), 'ContentPage'),
    },
    { path: '/content/help-forms/new', permission: 'portal.manage', component: contentEditor },
    { path: '/content/help-forms/:id', permission: 'portal.manage', component: contentEditor },
    { path: '/content/news/new', permission: 'portal.manage', component: newsEditor },
    { path: '/content/news/:id', permission: 'portal.manage', component: newsEditor },
    {
      path: '/content/documents',
      permission: 'portal.manage',
      component: page(() => import('./content/DocumentsAdminPage.tsx'), 'DocumentsAdminPage'),
    },
    {
      path: '/content/pages/:key',
      permission: 'portal.manage',
      component: page(() => import('./content/PageEditPage.tsx'), 'PageEditPage'),
    },
  ],
  nav: [{ to: '/content', label: 'nav.portalContent', permission: 'portal.manage' }],
};
