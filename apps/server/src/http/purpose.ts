import { isScreen, PURPOSE_HEADER } from '@ostoja/domain/audit/screens';
import type { FastifyRequest } from 'fastify';
import { fieldError } from './errors.ts';

/**
 * The screen a request names as its purpose (issue 21 item 5), or null when it names none (a
 * script, a download by link). A screen not in the known list is refused with 400 naming the
 * header: the web takes the list from the same module, so only a forged or broken client sends
 * one, and an audit row whose purpose nobody can interpret would answer no RODO request.
 */
export function screenOf(req: FastifyRequest): string | null {
  const value = req.headers[PURPOSE_HEADER];
  if (value === undefined) return null;
  if (!isScreen(value)) throw fieldError('X-Ostoja-Purpose', 'validation.purposeUnknown');
  return value;
}
