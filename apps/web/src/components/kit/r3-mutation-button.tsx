import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../feedback.tsx';

/**
 * A primary button that runs one mutation (disabled while it runs), with the mutation's error above
 * it: `<MutationButton mutation={start}>{t('account.totp.start')}</MutationButton>`.
 */
export function MutationButton({
  mutation,
  children,
}: {
  mutation: { error: ApiError | null; isPending: boolean; mutate(): unknown };
  children: ReactNode;
}) {
  const { msg } = useI18n();
  return (
    <>
      {mutation.error ? <Alert>{msg(mutation.error.message)}</Alert> : null}
      <button
        type="button"
        className="button primary"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate()}
      >
        {children}
      </button>
    </>
  );
}
