import type { FeeTable } from '@ostoja/domain/services/fee-table';
import { servicesApi } from '../../api/services.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { Page } from '../../components/page.tsx';
import { FeeTableForm } from './fee-table-form.tsx';
import { servicesKeys, useServicesSaved } from './queries.ts';

function Table({ table }: { table: FeeTable }) {
  const { t, date, money } = useI18n();
  const pct = (v: number) => `${String(v).replace('.', ',')}%`;
  return (
    <section className="card" aria-labelledby={`ft-${table.id}`}>
      <h2 id={`ft-${table.id}`}>
        {t(`ft.kind.${table.kind}`)} {table.number}
      </h2>
      <p>{table.title}</p>
      <dl className="facts">
        <dt>{t('ft.adoptedOn')}</dt>
        <dd>{date(table.adoptedOn)}</dd>
        <dt>{t('ft.validFrom')}</dt>
        <dd>{date(table.validFrom)}</dd>
        {table.hourlyCosts.map((c) => (
          <div key={c.serviceKind}>
            <dt>{t('ft.cost', { kind: t(`cs.kind.${c.serviceKind}`) })}</dt>
            <dd>{money(c.costGrosze)}</dd>
          </div>
        ))}
        <dt>{t('ft.decisions')}</dt>
        <dd>{table.decisions}</dd>
      </dl>
      <table className="data-table">
        <caption>{t('ft.bands')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ft.income')}</th>
            <th scope="col">{t('ft.single')}</th>
            <th scope="col">{t('ft.family')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{t('ft.upTo', { pct: table.bands[0]?.overPct ?? 0 })}</td>
            <td colSpan={2}>{t('ft.free')}</td>
          </tr>
          {table.bands.map((b) => (
            <tr key={b.overPct}>
              <td>
                {b.upToPct === null
                  ? t('ft.above', { pct: b.overPct })
                  : t('ft.between', { over: b.overPct, upTo: b.upToPct })}
              </td>
              <td className="num">{pct(b.singlePct)}</td>
              <td className="num">{pct(b.familyPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The fee tables in force and past: each decision keeps the one it was computed with. */
export function FeeTablesPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const saved = useServicesSaved();
  const list = usePagedList(servicesKeys.feeTables, servicesApi.feeTables);
  return (
    <Page title={t('ft.title')} lead={t('ft.lead')}>
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {list.loaded && !list.items.length ? <p className="empty">{t('ft.none')}</p> : null}
      {can('serviceFees.manage') && list.loaded ? (
        <FeeTableForm
          latest={list.items.find((x) => x.kind === 'localResolution')}
          onSaved={saved.tableAdded}
        />
      ) : null}
      {list.items.map((table) => (
        <Table key={table.id} table={table} />
      ))}
    </Page>
  );
}
