import { type Area, menu, screen, screens } from '../../app/area.ts';

export const alcoholCommissionArea: Area = [
  ...screens('alcoholCommission.work', {
    '/alcohol-commission': menu('nav.alcoholProceedings', 'alcohol-commission/ProceedingsPage', {
      end: true,
    }),
    '/alcohol-commission/proceedings/new': screen('alcohol-commission/OpenProceedingPage'),
    '/alcohol-commission/proceedings/:id': screen('alcohol-commission/ProceedingPage'),
    '/alcohol-commission/commission': menu('nav.alcoholCommission', 'alcohol-commission/CommissionPage'),
    '/alcohol-commission/permits': menu('nav.alcoholPermits', 'alcohol-commission/PermitsPage'),
    '/alcohol-commission/shops/:id': screen('alcohol-commission/ShopPage'),
    '/alcohol-commission/programme': menu('nav.alcoholProgramme', 'alcohol-commission/ProgrammePage'),
  }),
  ...screens('consultationPoint.work', {
    '/consultation-point': menu('nav.consultationPoint', 'alcohol-commission/PointPage'),
  }),
];
