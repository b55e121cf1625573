import type { AreaNavItem, AreaRoute } from '../../app/area.ts';
import type { UiKey } from '../../i18n/keys.ts';

/**
 * A main-menu entry for one of an area's routes, shown to those who may open it: the permission is
 * the route's, not written again. `end` marks the entry current only on its own path.
 */
export function menuEntry(routes: AreaRoute[], to: AreaRoute['path'], label: UiKey, end?: true): AreaNavItem {
  const route = routes.find((r) => r.path === to);
  if (!route) throw new Error(`No route for the menu entry ${to}`);
  return {
    to,
    label,
    ...(route.permission ? { permission: route.permission } : {}),
    ...(end ? { end } : {}),
  };
}
