import { hasMessage } from '@ostoja/domain';
import type { AuditEntry } from '@ostoja/domain/audit/audit-log';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { withQuery } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { usePaged } from '../../lib/use-paged.ts';

type AuditRow = AuditEntry;

const FILTERS = ['actorLogin', 'action', 'entity', 'entityId', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
const ACTIONS = [
  'login',
  'loginFailed',
  'loginRefused',
  'logout',
  'read',
  'search',
  'create',
  'update',
  'delete',
  'join',
  'move',
  'leave',
  'seed',
];
const ENTITIES = ['staffUser', 'person', 'household', 'orgUnit', 'fieldTeamStreet', 'auditLog', 'demo'];

function useLabel() {
  const { t } = useI18n();
  return (group: string, value: string) => (hasMessage(`${group}.${value}`) ? t(`${group}.${value}`) : value);
}

function Filters({
  initial,
  onApply,
}: {
  initial: Record<Filter, string>;
  onApply(f: Record<Filter, string>): void;
}) {
  const { t } = useI18n();
  const label = useLabel();
  const [f, setF] = useState(initial);
  const text = (k: Filter) => ({
    id: fieldId(`audit-${k}`),
    value: f[k],
    onValue: (v: string) => setF({ ...f, [k]: v }),
  });
  const any = { value: '', label: t('audit.any') };
  function submit(e: FormEvent) {
    e.preventDefault();
    onApply(f);
  }
  return (
    <form onSubmit={submit} noValidate className="form filters" aria-label={t('audit.filters')}>
      <div className="field-row">
        <TextField
          {...text('actorLogin')}
          label={t('audit.actorLogin')}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          {...text('action')}
          label={t('audit.action')}
          options={[any, ...ACTIONS.map((a) => ({ value: a, label: label('auditAction', a) }))]}
        />
        <SelectField
          {...text('entity')}
          label={t('audit.entity')}
          options={[any, ...ENTITIES.map((e) => ({ value: e, label: label('auditEntity', e) }))]}
        />
      </div>
      <div className="field-row">
        <TextField {...text('entityId')} label={t('audit.entityId')} autoComplete="off" spellCheck={false} />
        <TextField {...text('from')} label={t('audit.from')} type="date" />
        <TextField {...text('to')} label={t('audit.to')} type="date" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            const cleared = Object.fromEntries(FILTERS.map((k) => [k, ''])) as Record<Filter, string>;
            setF(cleared);
            onApply(cleared);
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}

export function AuditPage() {
  const { t, tp, dateTime } = useI18n();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<Filter, string>;
  const list = usePaged<AuditRow>(withQuery('/api/v1/audit', { ...filters, limit: 50 }));
  return (
    <Page title={t('audit.title')} lead={t('audit.lead')}>
      <Filters
        key={params.toString()}
        initial={filters}
        onApply={(f) => setParams(Object.fromEntries(Object.entries(f).filter(([, v]) => v)))}
      />
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {!list.loaded && !list.error ? <Loading /> : null}
      {list.loaded ? (
        <>
          <p className="result-count" aria-live="polite">
            {tp('audit.count', list.items.length)}
          </p>
          <DataTable caption={t('audit.title')} compact>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actorLogin')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entity')}</th>
                <th scope="col">{t('audit.entityId')}</th>
                <th scope="col">{t('audit.ip')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">{dateTime(r.at)}</td>
                  <td>{r.actorLogin ?? '—'}</td>
                  <td>{label('auditAction', r.action)}</td>
                  <td>{label('auditEntity', r.entity)}</td>
                  <td className="mono small">{r.entityId ?? '—'}</td>
                  <td className="mono small">{r.ip ?? '—'}</td>
                  <td className="mono small details-cell">{r.details ? JSON.stringify(r.details) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {list.nextCursor ? (
            <p>
              <button
                type="button"
                className="button secondary"
                disabled={list.loading}
                onClick={list.loadMore}
              >
                {t('action.loadMore')}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
