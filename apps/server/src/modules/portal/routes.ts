import type { RouteDef } from '../../http/route.ts';
import { contentRoutes } from './content-routes.ts';
import { intakeRoutes } from './intake-routes.ts';

/** The residents' portal: public content and offices, and online applications (intakes). */
export const portalRoutes = (): RouteDef[] => [...contentRoutes(), ...intakeRoutes()];
