import { type Area, menu, page, screens } from '../../app/area.ts';

export const alcoholCommissionArea: Area = [
  ...screens('alcoholCommission.work', {
    '/alcohol-commission': menu(
      'nav.alcoholProceedings',
      () => import('./ProceedingsPage.tsx'),
      'ProceedingsPage',
      { end: true },
    ),
    '/alcohol-commission/proceedings/new': page(
      () => import('./OpenProceedingPage.tsx'),
      'OpenProceedingPage',
    ),
    '/alcohol-commission/proceedings/:id': page(() => import('./ProceedingPage.tsx'), 'ProceedingPage'),
    '/alcohol-commission/commission': menu(
      'nav.alcoholCommission',
      () => import('./CommissionPage.tsx'),
      'CommissionPage',
    ),
    '/alcohol-commission/permits': menu(
      'nav.alcoholPermits',
      () => import('./PermitsPage.tsx'),
      'PermitsPage',
    ),
    '/alcohol-commission/shops/:id': page(() => import('./ShopPage.tsx'), 'ShopPage'),
    '/alcohol-commission/programme': menu(
      'nav.alcoholProgramme',
      () => import('./ProgrammePage.tsx'),
      'ProgrammePage',
    ),
  }),
  ...screens('consultationPoint.work', {
    '/consultation-point': menu('nav.consultationPoint', () => import('./PointPage.tsx'), 'PointPage'),
  }),
];
