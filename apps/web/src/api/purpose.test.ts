import { SCREENS } from '@ostoja/domain/audit/screens';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../app/areas.ts';
import { screenOf } from './purpose.ts';

describe('the screen a request names as its purpose', () => {
  it('is the route pattern of the screen the user is on', () => {
    expect(screenOf('/persons')).toBe('/persons');
    expect(screenOf('/persons/0b7c2b8e-1c1a-4d4e-9f3a-2a1b3c4d5e6f')).toBe('/persons/:id');
    // A fixed path wins over a pattern it also matches.
    expect(screenOf('/households/new')).toBe('/households/new');
    expect(screenOf('/')).toBe('/');
    expect(screenOf('/no-such-screen')).toBeUndefined();
  });

  it('is one of the screens the web app has, and every known screen is one of its routes', () => {
    const routed = AREAS.flat().map((r) => r.path);
    // The login page and the home page are routed by App itself.
    expect([...SCREENS].sort()).toEqual(['/', '/login', ...routed].sort());
  });
});
