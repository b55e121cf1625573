import { type QueryKey, type UseQueryResult, useQueryClient } from '@tanstack/react-query';
import { type ComponentProps, type ReactNode, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';
import { Page } from '../../components/page.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { benefitsKeys } from './queries.ts';

type Texts = 'legalParams' | 'resolutions';

/** Each list's sibling (the link under its title) and the key its list is cached under. */
const LISTS: Record<Texts, { seeAlso: { to: string; label: UiKey }; listKey: QueryKey }> = {
  legalParams: {
    seeAlso: { to: '/admin/local-resolutions', label: 'legalParams.seeResolutions' },
    listKey: benefitsKeys.legalParameters,
  },
  resolutions: {
    seeAlso: { to: '/admin/legal-parameters', label: 'resolutions.seeParameters' },
    listKey: benefitsKeys.localResolutions,
  },
};

/** What a list page's "add" form gets: close it, or say it saved; and where the page's strings are. */
export interface AddFormProps {
  onDone(): void;
  onCancel(): void;
  texts: Texts;
}

/** The "add" form's card: headed `${texts}.new`, saved with `${texts}.save`, closed by cancel. */
export function AddFormCard({
  of,
  ...card
}: Omit<ComponentProps<typeof FormCard>, 'title' | 'submitLabel' | 'onCancel'> & { of: AddFormProps }) {
  const { t } = useI18n();
  return (
    <FormCard
      title={t(`${of.texts}.new`)}
      submitLabel={t(`${of.texts}.save`)}
      onCancel={of.onCancel}
      {...card}
    />
  );
}

/**
 * A list of legal data an administrator adds to (parameter periods, council resolutions): its
 * title, a link to its sibling list, the "add" button opening the form, the saved notice, and the
 * list read again after a save.
 */
export function AddableListPage({
  texts,
  list,
  form,
  children,
}: {
  /** Which list, and where the strings are: `${texts}.title`, `.lead`, `.new`, `.saved`. */
  texts: Texts;
  list: UseQueryResult<unknown, ApiError>;
  /** The form's element (called, not mounted, so its state lives as long as it is open). */
  form(props: AddFormProps): ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { seeAlso, listKey } = LISTS[texts];
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(0);
  return (
    <Page
      title={t(`${texts}.title`)}
      lead={t(`${texts}.lead`)}
      actions={
        adding ? null : (
          <button type="button" className="button primary" onClick={() => setAdding(true)}>
            {t(`${texts}.new`)}
          </button>
        )
      }
    >
      <p>
        <Link to={seeAlso.to}>{t(seeAlso.label)}</Link>
      </p>
      {saved ? (
        <Alert kind="success" focus key={saved}>
          <p>{t(`${texts}.saved`)}</p>
        </Alert>
      ) : null}
      {adding
        ? form({
            texts,
            onCancel: () => setAdding(false),
            onDone: () => {
              setAdding(false);
              setSaved((n) => n + 1);
              client.invalidateQueries({ queryKey: listKey });
            },
          })
        : null}
      {list.error ? <LoadError error={list.error} onRetry={() => list.refetch()} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {children}
    </Page>
  );
}
