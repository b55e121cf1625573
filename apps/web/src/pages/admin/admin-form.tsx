import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import type { CursorList } from '../../components/kit/use-cursor-query.ts';
import type { EditForm as Form } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';

/** The administration's lists, each with its texts under its name (`users.title`, `users.new`…). */
type AdminList = 'orgUnits' | 'users';

/**
 * A record's page in the administration: the edit form of the record named `editing` (`<list>.edit`)
 * or of a new one (`<list>.new`, saved with `<list>.create`), "Cancel" back to the list at `base`.
 */
export function AdminFormPage({
  list,
  base,
  editing,
  form,
  onReload,
  children,
}: {
  list: AdminList;
  base: string;
  editing: string | undefined;
  form: Pick<Form, 'errors' | 'message' | 'code' | 'attempt' | 'busy' | 'submit'>;
  onReload(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const isNew = editing === undefined;
  return (
    <Page title={isNew ? t(`${list}.new`) : t(`${list}.edit`, { name: editing })}>
      <EditForm
        form={form}
        submitLabel={isNew ? t(`${list}.create`) : t('action.save')}
        onReload={onReload}
        actions={<ActionLink to={base}>{t('action.cancel')}</ActionLink>}
      >
        {children}
      </EditForm>
    </Page>
  );
}

/**
 * A list of the administration's records (`<list>.title`): "New …" (`<list>.new`, at `<base>/new`)
 * on top, then what the record's page just saved (`<list>.saved`, the name handed over in the
 * navigation's state), then the list.
 */
export function AdminListPage({
  list,
  base,
  children,
}: {
  list: AdminList;
  base: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return (
    <Page
      title={t(`${list}.title`)}
      actions={
        <ActionLink primary to={`${base}/new`}>
          {t(`${list}.new`)}
        </ActionLink>
      }
    >
      {saved ? <Alert kind="success">{t(`${list}.saved`, { name: saved })}</Alert> : null}
      {children}
    </Page>
  );
}

/** A cursor list of the administration as it loads: its error or "loading", then how many rows it holds and the rows. */
export function CountedList<T>({
  list,
  count,
  ...table
}: {
  list: CursorList<T>;
  /** How many rows are loaded, in words ("12 accounts"). */
  count(n: number): string;
  caption: string;
  columns: Column<T>[];
  /** The row's key; by default its `id`. */
  rowKey?(row: T): string | number;
}) {
  return (
    <>
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {!list.loaded && !list.error ? <Loading /> : null}
      {list.loaded ? (
        <>
          <p className="result-count" aria-live="polite">
            {count(list.items.length)}
          </p>
          <PagedTable list={list} {...table} />
        </>
      ) : null}
    </>
  );
}
