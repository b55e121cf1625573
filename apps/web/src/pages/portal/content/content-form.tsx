import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import type { ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../../components/feedback.tsx';
import { AskFirstButton } from '../../../components/kit/ask-first-button.tsx';
import type { Column } from '../../../components/kit/column-table.tsx';
import { EditForm } from '../../../components/kit/edit-form.tsx';
import { StatusBadge } from '../../../components/kit/status-badge.tsx';
import { type EditForm as EditFormState, useEditForm } from '../../../components/kit/use-edit-form.ts';
import { useResetOnVersion } from '../../../components/kit/use-reset-on-version.ts';
import { Page } from '../../../components/page.tsx';
import { useContentChanged } from '../queries.ts';
import { type TextFieldDef, type TextsValue, TranslationsEditor } from './translations-editor.tsx';

// What the editors of the portal's content share: the record loaded before its form, the way
// back to the list with what was saved or removed, and removal after a question.

/** The editor's page: "back to the list", then the form once the record (if any) is loaded. */
export function ContentEditor<T>({
  title,
  loaded,
  children,
}: {
  title: (record: T | undefined) => string;
  /** Undefined for a new record. */
  loaded?: { data: T | undefined; error: ApiError | null; refetch(): unknown } | undefined;
  children(record: T | undefined): ReactNode;
}) {
  const { t } = useI18n();
  if (loaded?.error) return <LoadError error={loaded.error} onRetry={() => loaded.refetch()} />;
  if (loaded && !loaded.data) return <Loading />;
  return (
    <Page title={title(loaded?.data)}>
      <p>
        <Link to="/content">{t('content.back')}</Link>
      </p>
      {children(loaded?.data)}
    </Page>
  );
}

/** Back to the list of content, which says what happened to which title; the portal reads again. */
export function useBackToContent() {
  const navigate = useNavigate();
  const changed = useContentChanged();
  return (state: { saved: string } | { removed: string }) => {
    changed();
    navigate('/content', { state });
  };
}

/**
 * An editor's form over one record's values: saved, back to the list naming the Polish title; the
 * record reloaded in a newer version replaces what was typed (`onReset` hears the values too).
 */
export function useContentForm<V extends { texts: TextsValue }, S extends z.ZodType, R>(o: {
  schema: S;
  values(): V;
  version: number | null | undefined;
  toBody(values: V): z.input<S>;
  save(body: z.input<S>): Promise<R>;
  onReset?(values: V): void;
}) {
  const back = useBackToContent();
  const f = useEditForm({
    schema: o.schema,
    defaultValues: o.values(),
    toBody: o.toBody,
    save: o.save,
    onSaved: () => back({ saved: f.values.texts.pl.title ?? '' }),
  });
  const reset = (values: V) => {
    f.reset(values);
    o.onReset?.(values);
  };
  useResetOnVersion({ reset }, o.version ?? undefined, o.values);
  return f;
}

/** The form's "cancel". */
function CancelLink() {
  const { t } = useI18n();
  return (
    <Link to="/content" className="button secondary">
      {t('action.cancel')}
    </Link>
  );
}

/** "Usuń", asked once more in a dialog; then back to the list. */
export function RemoveContent({
  title,
  remove,
  disabled,
}: {
  title: string;
  remove(): Promise<unknown>;
  disabled?: boolean;
}) {
  const { t, msg } = useI18n();
  const back = useBackToContent();
  const removal = useMutation<unknown, ApiError>({
    mutationFn: remove,
    onSuccess: () => back({ removed: title }),
  });
  return (
    <>
      <AskFirstButton
        label={t('content.remove')}
        title={t('content.removeQuestion')}
        confirmLabel={t('content.confirm.yes')}
        disabled={disabled || removal.isPending}
        busy={removal.isPending}
        onConfirm={(close) => removal.mutate(undefined, { onSettled: close })}
      />
      {removal.error ? (
        <Alert focus>{removal.error.status === 0 ? t('error.network') : msg(removal.error.message)}</Alert>
      ) : null}
    </>
  );
}

/** The column "Stan": "opublikowane" or "szkic", the published first. */
export const publishedColumn = <T extends { published: boolean }>(header: string): Column<T> => ({
  key: 'state',
  header,
  cell: (x) => <PublishedBadge published={x.published} />,
  sortValue: (x) => (x.published ? 0 : 1),
});

/** "opublikowane" or "szkic" beside a piece of content. */
export function PublishedBadge({ published }: { published: boolean }) {
  const { t } = useI18n();
  return (
    <StatusBadge tone={published ? 'ok' : 'off'}>
      {published ? t('content.isPublished') : t('content.isDraft')}
    </StatusBadge>
  );
}

/**
 * An editor's form: the settings (children), then the texts in three languages; saving, "cancel",
 * and for a stored record its removal.
 */
export function ContentForm({
  form,
  reload,
  removal,
  fields,
  onTexts,
  children,
}: {
  form: Pick<EditFormState, 'errors' | 'message' | 'code' | 'attempt' | 'busy' | 'submit'> & {
    values: { texts: TextsValue };
  };
  reload(): void;
  /** A stored record: its title and how to remove it. */
  removal?: { title: string; remove(): Promise<unknown> } | undefined;
  fields: TextFieldDef[];
  onTexts(texts: TextsValue): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <EditForm
      form={form}
      submitLabel={t('action.save')}
      onReload={reload}
      actions={
        <>
          <CancelLink />
          {removal ? <RemoveContent {...removal} disabled={form.busy} /> : null}
        </>
      }
    >
      {children}
      <TranslationsEditor fields={fields} value={form.values.texts} onChange={onTexts} errors={form.errors} />
    </EditForm>
  );
}
