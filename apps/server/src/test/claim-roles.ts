import { describe, expect, it } from 'vitest';
import type { staffApp } from './staff-app.ts';

/**
 * What every benefit claim's applications answer by role: the director and the auditor read but do
 * not decide; a social worker does not even list them. `base` is the applications' URL.
 */
export function claimRolesTest(
  s: ReturnType<typeof staffApp>,
  base: string,
  application: () => Promise<{ id: string }>,
) {
  describe('who may do what', () => {
    it('lets the director and the auditor read, not decide; the social worker not even read', async () => {
      const { id } = await application();
      for (const login of ['dyrektor', 'audytor'])
        expect((await s.call('GET', `${base}/${id}`, s.who[login]!)).statusCode).toBe(200);
      expect((await s.call('GET', base, s.who.pracownik!)).statusCode).toBe(403);
      const d = await s.call('POST', `${base}/${id}/decision`, s.who.dyrektor!, {
        outcome: 'grant',
        decidedOn: '2026-11-20',
      });
      expect(d.statusCode).toBe(403);
    });
  });
}
