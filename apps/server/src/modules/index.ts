import type { Config } from '../config.ts';
import type { RouteDef } from '../http/route.ts';
import { applicationsRoutes } from './applications/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { benefitsRoutes } from './benefits/routes.ts';
import { identityRoutes } from './identity/routes.ts';
import { orgRoutes } from './org/routes.ts';
import { registryRoutes } from './registry/routes.ts';

/** Every HTTP route of the API; the permission matrix test walks this list. */
export function allRoutes(config: Config): RouteDef[] {
  return [
    ...identityRoutes(config),
    ...auditRoutes(),
    ...orgRoutes(),
    ...registryRoutes(),
    ...benefitsRoutes(),
    ...applicationsRoutes(),
  ];
}
