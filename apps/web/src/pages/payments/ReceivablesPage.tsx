import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ReceivableSummary } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField } from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import type { CursorList } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { useReceivables } from './queries.ts';
import { useMoneyColumn } from './shared.tsx';

function useColumns(): Column<ReceivableSummary>[] {
  const { t, date } = useI18n();
  const amount = useMoneyColumn<ReceivableSummary>();
  return [
    linkColumn(
      'number',
      t('recv.number'),
      (r) => r.number,
      (r) => `/payments/receivables/${r.id}`,
    ),
    linkColumn(
      'person',
      t('recv.person'),
      (r) => r.personName,
      (r) => `/payments/ledger/${r.personId}`,
    ),
    { key: 'kind', header: t('recv.kind'), cell: (r) => t(`recv.kind.${r.kind}`) },
    dateColumn('decidedOn', t('recv.decidedOn'), date),
    amount('amount', t('pay.amount'), (r) => r.amount),
    amount('outstanding', t('recv.outstanding'), (r) => r.outstanding),
    amount('overdue', t('recv.overdue'), (r) => r.overdue),
    {
      key: 'status',
      header: t('pay.status'),
      cell: (r) => (
        <StatusBadge tone={r.status === 'settled' ? 'ok' : r.overdue > 0 ? 'overdue' : 'neutral'}>
          {t(`recv.status.${r.status}`)}
        </StatusBadge>
      ),
      sortValue: (r) => r.status,
    },
  ];
}

/** Receivables in a table whose headers sort them (a person's in the ledger, or a page of all). */
export function ReceivablesTable({
  list,
  caption,
}: {
  list: Pick<CursorList<ReceivableSummary>, 'items' | 'hasMore' | 'loading' | 'loadMore'>;
  caption: string;
}) {
  const columns = useColumns();
  return <PagedTable caption={caption} columns={columns} list={list} />;
}

export function ReceivablesPage() {
  const { t, tp } = useI18n();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  // Kept here as well as in the URL: the router updates the URL in a transition, and a
  // controlled checkbox waiting for it would flick back for a moment.
  const [all, setAll] = useState(params.get('all') === 'true');
  const list = useReceivables(all);
  return (
    <Page
      title={t('recv.title')}
      lead={t('recv.lead')}
      actions={
        can('receivables.manage') ? (
          <ActionLink primary to="/payments/receivables/new">
            {t('recv.new')}
          </ActionLink>
        ) : null
      }
    >
      <CheckboxField
        id="f-all"
        label={t('recv.showAll')}
        checked={all}
        onChecked={(on) => {
          setAll(on);
          setParams(on ? { all: 'true' } : {}, { replace: true });
        }}
      />
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {!list.loaded && !list.error ? <Loading /> : null}
      <div aria-live="polite">
        {list.loaded ? (
          <p className="result-count">
            {list.items.length
              ? tp('recv.count', list.items.length)
              : all
                ? t('recv.none')
                : t('recv.noneOpen')}
          </p>
        ) : null}
      </div>
      {list.items.length ? <ReceivablesTable list={list} caption={t('recv.table')} /> : null}
    </Page>
  );
}
