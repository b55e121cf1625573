import { type Area, page } from '../../app/area.ts';

export const alcoholCommissionArea: Area = {
  routes: [
    {
      path: '/alcohol-commission',
      permission: 'alcoholCommission.work',
      component: page(() => import('./ProceedingsPage.tsx'), 'ProceedingsPage'),
    },
    {
      path: '/alcohol-commission/proceedings/new',
      permission: 'alcoholCommission.work',
      component: page(() => import('./OpenProceedingPage.tsx'), 'OpenProceedingPage'),
    },
    {
      path: '/alcohol-commission/proceedings/:id',
      permission: 'alcoholCommission.work',
      component: page(() => import('./ProceedingPage.tsx'), 'ProceedingPage'),
    },
    {
      path: '/alcohol-commission/commission',
      permission: 'alcoholCommission.work',
      component: page(() => import('./CommissionPage.tsx'), 'CommissionPage'),
    },
    {
      path: '/alcohol-commission/permits',
      permission: 'alcoholCommission.work',
      component: page(() => import('./PermitsPage.tsx'), 'PermitsPage'),
    },
    {
      path: '/alcohol-commission/shops/:id',
      permission: 'alcoholCommission.work',
      component: page(() => import('./ShopPage.tsx'), 'ShopPage'),
    },
    {
      path: '/alcohol-commission/programme',
      permission: 'alcoholCommission.work',
      component: page(() => import('./ProgrammePage.tsx'), 'ProgrammePage'),
    },
    {
      path: '/consultation-point',
      permission: 'consultationPoint.work',
      component: page(() => import('./PointPage.tsx'), 'PointPage'),
    },
  ],
  nav: [
    {
      to: '/alcohol-commission',
      label: 'nav.alcoholProceedings',
      permission: 'alcoholCommission.work',
      end: true,
    },
    {
      to: '/alcohol-commission/commission',
      label: 'nav.alcoholCommission',
      permission: 'alcoholCommission.work',
    },
    {
      to: '/alcohol-commission/permits',
      label: 'nav.alcoholPermits',
      permission: 'alcoholCommission.work',
    },
    {
      to: '/alcohol-commission/programme',
      label: 'nav.alcoholProgramme',
      permission: 'alcoholCommission.work',
    },
    { to: '/consultation-point', label: 'nav.consultationPoint', permission: 'consultationPoint.work' },
  ],
};
