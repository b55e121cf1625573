import type { Config } from '../config.ts';
import type { RouteDef } from '../http/route.ts';
import { alcoholCommissionRoutes } from './alcohol-commission/routes.ts';
import { alimonyDebtorRoutes } from './alimony-fund/debtor-routes.ts';
import { alimonyFundRoutes } from './alimony-fund/routes.ts';
import { applicationsRoutes } from './applications/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { benefitsRoutes } from './benefits/routes.ts';
import { blueCardRoutes } from './blue-card/routes.ts';
import { centresRoutes } from './centres/routes.ts';
import { counsellingRoutes } from './counselling/routes.ts';
import { crisisInterventionRoutes } from './crisis-intervention/routes.ts';
import { dpsRoutes } from './dps/routes.ts';
import { familyBenefitsRoutes } from './family-benefits/routes.ts';
import { familySupportRoutes } from './family-support/routes.ts';
import { foodAidRoutes } from './food-aid/routes.ts';
import { funeralsRoutes } from './funerals/routes.ts';
import { healthCareRoutes } from './health-care/routes.ts';
import { housingAllowanceRoutes } from './housing-allowances/routes.ts';
import { identityRoutes } from './identity/routes.ts';
import { largeFamilyCardRoutes } from './large-family-cards/routes.ts';
import { operationsRoutes } from './operations/routes.ts';
import { orgRoutes } from './org/routes.ts';
import { paymentsRoutes } from './payments/routes.ts';
import { portalRoutes } from './portal/routes.ts';
import { programsRoutes } from './programs/routes.ts';
import { recordsRoutes } from './records/routes.ts';
import { registryRoutes } from './registry/routes.ts';
import { reportingRoutes } from './reporting/routes.ts';
import { selfChecksRoutes } from './self-checks/routes.ts';
import { billsRoutes } from './services/bills-routes.ts';
import { mealsRoutes } from './services/meals-routes.ts';
import { neighbourRoutes } from './services/neighbour-routes.ts';
import { servicesRoutes } from './services/routes.ts';
import { scheduleRoutes } from './services/schedule-routes.ts';
import { telecareRoutes } from './services/telecare-routes.ts';
import { sheltersRoutes } from './shelters/routes.ts';
import { socialWorkRoutes } from './social-work/routes.ts';
import { volunteersRoutes } from './volunteers/routes.ts';

/** Every HTTP route of the API; the permission matrix test walks this list. */
export function allRoutes(config: Config): RouteDef[] {
  return [
    ...identityRoutes(config),
    ...auditRoutes(),
    ...orgRoutes(),
    ...registryRoutes(),
    ...benefitsRoutes(),
    ...applicationsRoutes(),
    ...paymentsRoutes(),
    ...blueCardRoutes(),
    ...portalRoutes(),
    ...selfChecksRoutes(),
    ...counsellingRoutes(),
    ...volunteersRoutes(),
    ...reportingRoutes(),
    ...socialWorkRoutes(),
    ...familySupportRoutes(),
    ...recordsRoutes(),
    ...servicesRoutes(),
    ...scheduleRoutes(),
    ...telecareRoutes(),
    ...neighbourRoutes(),
    ...billsRoutes(),
    ...mealsRoutes(),
    ...familyBenefitsRoutes(),
    ...operationsRoutes(config),
    ...alcoholCommissionRoutes(),
    ...alimonyFundRoutes(),
    ...centresRoutes(),
    ...alimonyDebtorRoutes(),
    ...housingAllowanceRoutes(),
    ...largeFamilyCardRoutes(),
    ...programsRoutes(),
    ...foodAidRoutes(),
    ...sheltersRoutes(),
    ...dpsRoutes(),
    ...funeralsRoutes(),
    ...healthCareRoutes(),
    ...crisisInterventionRoutes(),
  ];
}
