import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { withQuery } from '../../api/client.ts';
import type { ReceivableSummary } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { usePaged } from '../../lib/use-paged.ts';
import { MoneyCell, MoneyHead } from './shared.tsx';

export function ReceivablesTable({ items, caption }: { items: ReceivableSummary[]; caption: string }) {
  const { t, date } = useI18n();
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('recv.number')}</th>
          <th scope="col">{t('recv.person')}</th>
          <th scope="col">{t('recv.kind')}</th>
          <th scope="col">{t('recv.decidedOn')}</th>
          <MoneyHead>{t('pay.amount')}</MoneyHead>
          <MoneyHead>{t('recv.outstanding')}</MoneyHead>
          <MoneyHead>{t('recv.overdue')}</MoneyHead>
          <th scope="col">{t('pay.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id}>
            <td>
              <Link to={`/payments/receivables/${r.id}`}>{r.number}</Link>
            </td>
            <td>
              <Link to={`/payments/ledger/${r.personId}`}>{r.personName}</Link>
            </td>
            <td>{t(`recv.kind.${r.kind}`)}</td>
            <td>{date(r.decidedOn)}</td>
            <MoneyCell grosze={r.amount} />
            <MoneyCell grosze={r.outstanding} />
            <MoneyCell grosze={r.overdue} />
            <td>{t(`recv.status.${r.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function ReceivablesPage() {
  const { t, tp } = useI18n();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  // Kept here as well as in the URL: the router updates the URL in a transition, and a
  // controlled checkbox waiting for it would flick back for a moment.
  const [all, setAll] = useState(params.get('all') === 'true');
  const list = usePaged<ReceivableSummary>(
    withQuery('/api/v1/receivables', { open: all ? null : 'true', limit: 50 }),
  );
  return (
    <Page
      title={t('recv.title')}
      lead={t('recv.lead')}
      actions={
        can('receivables.manage') ? (
          <Link to="/payments/receivables/new" className="button primary">
            {t('recv.new')}
          </Link>
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
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
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
      {list.items.length ? <ReceivablesTable items={list.items} caption={t('recv.table')} /> : null}
      {list.nextCursor ? (
        <p>
          <button type="button" className="button secondary" disabled={list.loading} onClick={list.loadMore}>
            {t('action.loadMore')}
          </button>
        </p>
      ) : null}
    </Page>
  );
}
