import type { UseMutationResult } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../feedback.tsx';

/**
 * A button that runs one request with nothing to fill in (a consent given today): the request's
 * error above it, and the button kept disabled while the request runs.
 */
export function MutationButton({
  mutation,
  label,
  tone = 'primary',
}: {
  mutation: Pick<UseMutationResult<unknown, ApiError, void>, 'error' | 'isPending' | 'mutate'>;
  label: string;
  tone?: 'primary' | 'secondary';
}) {
  const { msg } = useI18n();
  return (
    <>
      {mutation.error ? <Alert>{msg(mutation.error.message)}</Alert> : null}
      <button
        type="button"
        className={`button ${tone}`}
        disabled={mutation.isPending}
        onClick={() => mutation.mutate()}
      >
        {label}
      </button>
    </>
  );
}
