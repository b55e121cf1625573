import { z } from 'zod';
import { type Locale, translateMessage } from '../i18n/index.ts';

// Zod messages are translation keys, optionally with parameters: "validation.tooShort?min=2".
// Server and web translate them at the edge, so one schema serves both in three languages.
z.config({
  customError: (iss) => {
    switch (iss.code) {
      case 'invalid_type':
        return iss.input === undefined || iss.input === null
          ? 'validation.required'
          : 'validation.invalidType';
      case 'too_small':
        if (iss.origin === 'string')
          return Number(iss.minimum) <= 1 ? 'validation.required' : `validation.tooShort?min=${iss.minimum}`;
        return `validation.tooSmall?min=${iss.minimum}`;
      case 'too_big':
        return iss.origin === 'string'
          ? `validation.tooLong?max=${iss.maximum}`
          : `validation.tooBig?max=${iss.maximum}`;
      case 'invalid_value':
        return 'validation.invalidOption';
      case 'invalid_format':
        if (iss.format === 'email') return 'validation.invalidEmail';
        if (iss.format === 'date') return 'validation.invalidDate';
        return 'validation.invalid';
      case 'unrecognized_keys':
        return 'validation.unknownField';
      default:
        return 'validation.invalid';
    }
  },
});

export interface FieldError {
  path: string;
  message: string;
}

// Translating a schema message lives with the catalogue, so screens translate without zod.
export { translateMessage };

export function zodFieldErrors(error: z.ZodError, locale: Locale, prefix = ''): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({
        path: base ? `${base}.${k}` : k,
        message: translateMessage(locale, issue.message),
      }));
    }
    return [{ path: base, message: translateMessage(locale, issue.message) }];
  });
}

// Reusable field schemas.
export const isoDate = z.iso.date();
/** PostgreSQL cannot store the NUL character; refuse it as the client's mistake, not the server's. */
const noNul = (s: string) => !s.includes('\u0000');
/** Free text, trimmed, at most `max` characters (may be empty). */
export const text = (max: number) => z.string().trim().max(max).refine(noNul, 'validation.invalidCharacters');
export const trimmed = (max: number) =>
  z.string().trim().min(1).max(max).refine(noNul, 'validation.invalidCharacters');
export const optionalText = (max: number) =>
  text(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();
export const postalCode = z
  .string()
  .trim()
  .regex(/^\d{2}-\d{3}$/, 'validation.invalidPostalCode');
export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{7,20}$/, 'validation.invalidPhone');
export const email = z.email('validation.invalidEmail');
export const uuid = z.uuid();
/** A record's version for optimistic locking (an SQL integer). */
export const version = z.number().int().min(1).max(2_147_483_647);

export { todayInPoland } from './today.ts';

/** A council's resolution comes into force on or after the day it was adopted (`validFrom`). */
export function checkInForceAfterAdoption(r: { adoptedOn: string; validFrom: string }, ctx: z.RefinementCtx) {
  if (r.validFrom < r.adoptedOn)
    ctx.addIssue({
      code: 'custom',
      path: ['validFrom'],
      message: 'validation.services.validFromBeforeAdopted',
    });
}
