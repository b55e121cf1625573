import type { PersonWithHistory } from '@ostoja/domain/registry/household';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { AskFirstButton } from '../../components/kit/ask-first-button.tsx';
import { fullName, listName } from '../../lib/format.ts';
import { PersonPicker } from './person-picker.tsx';
import { useMergePerson } from './queries.ts';

/**
 * "This person is in the registry twice": pick the record that stays, confirm, and this one is
 * merged into it (decision 0015). Then the page of the kept record opens.
 */
export function PersonMerge({ p }: { p: PersonWithHistory }) {
  const { t, msg } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [into, setInto] = useState<PersonSummary | null>(null);
  const [open, setOpen] = useState(false);
  const merge = useMergePerson(p.id);
  if (!can('registry.merge')) return null;
  const error = merge.error;
  const fieldError = error?.fields.find((f) => f.path === 'intoId')?.message;
  return (
    <section aria-labelledby="person-merge-h">
      <h2 id="person-merge-h">{t('merge.title')}</h2>
      <p>{t('merge.intro')}</p>
      {error && !open ? <Alert>{error.status === 0 ? t('error.network') : msg(error.message)}</Alert> : null}
      <PersonPicker
        id="merge-into"
        selected={into}
        onSelect={(x) => {
          merge.reset();
          setInto(x);
        }}
        error={fieldError ? msg(fieldError) : undefined}
      />
      {into ? (
        <AskFirstButton
          paragraph
          label={t('merge.choose')}
          title={t('merge.confirmTitle')}
          confirmLabel={t('merge.confirm')}
          busy={merge.isPending}
          open={open}
          onOpenChange={setOpen}
          onConfirm={(close) =>
            merge.mutate(into.id, {
              onSuccess: (kept) =>
                navigate(`/persons/${kept.id}`, { replace: true, state: { merged: true } }),
              onError: close,
            })
          }
        >
          <p>{t('merge.confirmBody', { from: fullName(p), into: listName(into) })}</p>
        </AskFirstButton>
      ) : null}
    </section>
  );
}
