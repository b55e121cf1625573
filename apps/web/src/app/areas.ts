import { adminArea } from '../pages/admin/area.ts';
import { registryArea } from '../pages/registry/area.ts';
import type { Area } from './area.ts';

/** Every part of the app, in the order of the main menu. Each area adds one line here. */
export const AREAS: Area[] = [registryArea, adminArea];
