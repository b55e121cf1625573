import type { Permission } from '@ostoja/domain';
import type { Screen } from '@ostoja/domain/audit/screens';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { UiKey } from '../i18n/keys.ts';
import { loadAllStrings } from './first-strings.ts';

/**
 * A screen that loads on first use: the login page does not wait for the administration's code.
 * Every module's strings (the domain's index registers them) come with it, once.
 */
export function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => {
    const [screen] = await Promise.all([load(), loadAllStrings()]);
    return { default: screen[name] };
  });
}

/** A screen that needs only the first load's strings (the shell's and the portal's). */
export function lightPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

export interface AreaRoute {
  /** One of the known screens: the purpose its requests name in the audit log. */
  path: Screen;
  /** Staff screens need a session; with a permission, also that permission. */
  permission?: Permission;
  /** Public screens (the residents' portal) need no session. */
  public?: true;
  component: LazyExoticComponent<ComponentType> | ComponentType;
}

export interface AreaNavItem {
  to: string;
  /** Translation key of the label. */
  label: UiKey;
  permission?: Permission;
  end?: boolean;
}

/** One part of the app (registry, benefits, payments…): its routes and its main-menu entries. */
export interface Area {
  routes: AreaRoute[];
  nav: AreaNavItem[];
}

/** Routes that share an access rule (a permission, or public for the residents' portal): each path with its screen. */
export function screens(
  access: Permission | 'public',
  table: Partial<Record<Screen, AreaRoute['component']>>,
): AreaRoute[] {
  const rule = access === 'public' ? { public: true as const } : { permission: access };
  return Object.entries(table).map(([path, component]) => ({
    path: path as Screen,
    ...rule,
    component: component!,
  }));
}
