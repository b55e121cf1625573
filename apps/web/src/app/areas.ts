import { accountArea } from '../pages/account/area.ts';
import { adminArea } from '../pages/admin/area.ts';
import { alcoholCommissionArea } from '../pages/alcohol-commission/area.ts';
import { alimonyFundArea } from '../pages/alimony-fund/area.ts';
import { benefitsArea } from '../pages/benefits/area.ts';
import { blueCardArea } from '../pages/blue-card/area.ts';
import { centresArea } from '../pages/centres/area.ts';
import { counsellingArea } from '../pages/counselling/area.ts';
import { crisisInterventionArea } from '../pages/crisis-intervention/area.ts';
import { dpsArea } from '../pages/dps/area.ts';
import { familyBenefitsArea } from '../pages/family-benefits/area.ts';
import { familySupportArea } from '../pages/family-support/area.ts';
import { funeralsArea } from '../pages/funerals/area.ts';
import { healthCareArea } from '../pages/health-care/area.ts';
import { housingAllowancesArea } from '../pages/housing-allowances/area.ts';
import { intakeArea } from '../pages/intake/area.ts';
import { largeFamilyCardsArea } from '../pages/large-family-cards/area.ts';
import { paymentsArea } from '../pages/payments/area.ts';
import { portalArea } from '../pages/portal/area.ts';
import { programsArea } from '../pages/programs/area.ts';
import { recordsArea } from '../pages/records/area.ts';
import { registryArea } from '../pages/registry/area.ts';
import { reportsArea } from '../pages/reports/area.ts';
import { servicesArea } from '../pages/services/area.ts';
import { sheltersArea } from '../pages/shelters/area.ts';
import { socialWorkArea } from '../pages/social-work/area.ts';
import { volunteersArea } from '../pages/volunteers/area.ts';
import type { Area } from './area.ts';

/** Every part of the app, in the order of the main menu. Each area adds one line here. */
export const AREAS: Area[] = [
  registryArea,
  benefitsArea,
  socialWorkArea,
  paymentsArea,
  intakeArea,
  counsellingArea,
  volunteersArea,
  blueCardArea,
  familySupportArea,
  servicesArea,
  sheltersArea,
  funeralsArea,
  healthCareArea,
  crisisInterventionArea,
  dpsArea,
  centresArea,
  programsArea,
  familyBenefitsArea,
  alcoholCommissionArea,
  alimonyFundArea,
  housingAllowancesArea,
  largeFamilyCardsArea,
  reportsArea,
  portalArea,
  adminArea,
  recordsArea,
  accountArea,
];
