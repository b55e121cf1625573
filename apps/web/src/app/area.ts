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
  /** Its link in the main menu, if it has one. */
  menu?: MenuEntry;
}

/** A screen's link in the main menu. */
export interface MenuEntry {
  /** Translation key of the label. */
  label: UiKey;
  /** Marked current only on the screen itself, not on the screens below its path. */
  end?: true;
  /** Who sees the link, where fewer see it than may open the screen; else the screen's permission. */
  permission?: Permission;
}

export interface AreaNavItem {
  to: string;
  /** Translation key of the label. */
  label: UiKey;
  permission?: Permission;
  end?: boolean;
}

/** One part of the app (registry, benefits, payments…): its routes, some of them linked from the main menu. */
export type Area = AreaRoute[];

type Component = AreaRoute['component'];
interface Listed {
  component: Component;
  menu: MenuEntry;
}

/** Every screen's file: `pages/<dir>/Name.tsx` exporting its component as `Name`, each its own chunk. */
const screenFiles = import.meta.glob(['../pages/*/*Page.tsx', '../pages/portal/content/*Page.tsx']);

/** A screen's file below `pages/`, without `.tsx`: `'programs/ProgrammesPage'` (it exports `ProgrammesPage`). */
type ScreenFile = `${string}/${string}Page`;

/** A screen, loaded like `page`, named once by its file: `screen('programs/ProgrammePage')`. */
export function screen(file: ScreenFile) {
  const load = screenFiles[`../pages/${file}.tsx`];
  if (!load) throw new Error(`No screen pages/${file}.tsx`);
  const name = file.slice(file.lastIndexOf('/') + 1);
  return page(async () => {
    const module = (await load()) as Record<string, ComponentType>;
    if (!module[name]) throw new Error(`pages/${file}.tsx exports no ${name}`);
    return module;
  }, name);
}

/** A screen like `screen`, with a link in the main menu named `label`; an area's links follow its routes' order. */
export function menu(label: UiKey, file: ScreenFile, more: Omit<MenuEntry, 'label'> = {}): Listed {
  return { component: screen(file), menu: { label, ...more } };
}

/** Routes that share an access rule (a permission, or public for the residents' portal): each path with its screen. */
export function screens(
  access: Permission | 'public',
  table: Partial<Record<Screen, Component | Listed>>,
): AreaRoute[] {
  const rule = access === 'public' ? { public: true as const } : { permission: access };
  return Object.entries(table).map(([path, screen]) => ({
    path: path as Screen,
    ...rule,
    ...listed(screen!),
  }));
}

/** Routes each with its own permission, from a table the module's other links read too. */
export function screensOf<P extends Screen>(
  access: Record<P, Permission>,
  table: Record<P, Component | Listed>,
): AreaRoute[] {
  return (Object.keys(table) as P[]).map((path) => ({
    path,
    permission: access[path],
    ...listed(table[path]),
  }));
}

const listed = (screen: Component | Listed) => ('menu' in screen ? screen : { component: screen });

/** The main menu: the listed screens of every area, in the order of the areas and of their routes. */
export function mainMenu(areas: Area[]): AreaNavItem[] {
  return areas
    .flat()
    .flatMap(({ path, permission, menu }) =>
      menu ? [{ to: path, label: menu.label, permission: menu.permission ?? permission, end: menu.end }] : [],
    );
}
