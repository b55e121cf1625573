import { type Locale, t } from '@ostoja/domain/i18n/index';
import { type FieldError, translateMessage } from '@ostoja/domain/shared/validation';

/** An error the client caused or may act upon; rendered as {"error":{code,message,fields}}. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503 | 507,
    readonly code: string,
    /** Translation key (with optional "?param=v"), translated per request. */
    readonly messageKey: string,
    readonly fields: FieldError[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
  }
  /** More for the client to act on (e.g. the possible duplicates to confirm past). */
  extra: Record<string, unknown> | undefined;
}

export const badRequest = (fields: FieldError[], key = 'error.validation') =>
  new AppError(400, 'validation', key, fields);
/** A single-field validation error, the field named by its path, the message a translation key. */
export const fieldError = (path: string, messageKey: string) =>
  new AppError(400, 'validation', 'error.validation', [{ path, message: messageKey }]);
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'error.unauthenticated');
export const forbidden = () => new AppError(403, 'forbidden', 'error.forbidden');
export const notFound = () => new AppError(404, 'notFound', 'error.notFound');
export const conflict = (code: string, messageKey: string, fields: FieldError[] = []) =>
  new AppError(409, code, messageKey, fields);
/** A 409 on one field: its code's message (`error.<code>`) is also set on the field at `path`. */
export const fieldConflict = (code: string, path: string) =>
  conflict(code, `error.${code}`, [{ path, message: `error.${code}` }]);
export const versionConflict = () => new AppError(409, 'versionConflict', 'error.versionConflict');

/** Keys may carry their parameters ("error.actionNotAllowed?status=decided"), merged with `params`. */
function messageOf(err: AppError, locale: Locale) {
  const [key = '', query] = err.messageKey.split('?');
  return t(locale, key, { ...Object.fromEntries(new URLSearchParams(query ?? '')), ...err.params });
}

export function errorBody(err: AppError, locale: Locale) {
  return {
    error: {
      code: err.code,
      message: messageOf(err, locale),
      fields: err.fields.map((f) => ({ path: f.path, message: translateMessage(locale, f.message) })),
      ...err.extra,
    },
  };
}
