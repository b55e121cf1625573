import { SCREENS, type Screen } from '@ostoja/domain/audit/screens';
import { matchRoutes } from 'react-router-dom';

// The screen the user is on, sent with every request as its purpose (X-Ostoja-Purpose): the
// audit log then says which screen read a person's data, not only which API route (issue 21 item 5).
const routes = SCREENS.map((path) => ({ path }));
let last: { pathname: string; screen: Screen | undefined } | undefined;

/** The route pattern of the screen at `pathname` ("/persons/:id"), undefined where none matches. */
export function screenOf(pathname: string): Screen | undefined {
  if (last?.pathname !== pathname)
    last = { pathname, screen: matchRoutes(routes, pathname)?.[0]?.route.path as Screen | undefined };
  return last.screen;
}
