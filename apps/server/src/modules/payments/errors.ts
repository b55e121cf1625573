import { type Locale, t } from '@ostoja/domain/i18n/index';
import { AppError } from '../../http/errors.ts';

// Conflicts whose message names the status the thing is in, translated for the asker.

type Kind = 'run' | 'list' | 'item';
const KEYS: Record<Kind, [code: string, key: string]> = {
  run: ['runNotInReview', 'error.payments.runStatus'],
  list: ['listStatus', 'error.payments.listStatus'],
  item: ['itemStatus', 'error.payments.itemStatus'],
};

/** 409 "this cannot be done while the run / list / item is …", the status in the asker's language. */
export function wrongStatus(kind: Kind, status: string, locale: Locale): AppError {
  const [code, key] = KEYS[kind];
  return new AppError(409, code, key, [], { status: t(locale, `payments.${kind}Status.${status}`) });
}

export const unresolvedFlags = (count: number) =>
  new AppError(409, 'unresolvedFlags', 'error.payments.unresolvedFlags', [], { count });
