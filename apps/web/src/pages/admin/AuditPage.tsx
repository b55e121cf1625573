import { hasMessage } from '@ostoja/domain';
import { type AuditEntry, AuditQuery } from '@ostoja/domain/audit/audit-log';
import { useSearchParams } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../components/fields.tsx';
import { CodeField } from '../../components/kit/code-field.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import type { Column } from '../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { CountedList } from './admin-form.tsx';
import { adminKeys } from './queries.ts';

const FILTERS = ['actorLogin', 'action', 'entity', 'entityId', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
const cleared = Object.fromEntries(FILTERS.map((k) => [k, ''])) as Record<Filter, string>;
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
  const { msg } = useI18n();
  return (group: string, value: string) =>
    hasMessage(`${group}.${value}`) ? msg(`${group}.${value}`) : value;
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
  // The filter is checked as the API would check it (a range that ends before it starts).
  const f = useEditForm({
    schema: AuditQuery,
    defaultValues: initial,
    toBody: (v) => Object.fromEntries(Object.entries(v).filter(([, x]) => x)),
    save: async (body): Promise<void> => onApply({ ...cleared, ...body } as Record<Filter, string>),
    idPrefix: 'audit-',
  });
  // The two selects of a listed value (an action, a kind of record), "any" first.
  const select = (k: 'action' | 'entity', values: readonly string[], group: string) => (
    <NoneSelect
      {...f.bind(k)}
      label={t(`audit.${k}`)}
      none={t('audit.any')}
      options={values.map((v) => ({
        value: v,
        label: label(group, v),
      }))}
    />
  );
  return (
    <EditForm
      form={f}
      submitLabel={t('audit.apply')}
      requiredNote={false}
      actions={
        <button type="button" className="button secondary" onClick={() => onApply(cleared)}>
          {t('audit.clear')}
        </button>
      }
    >
      <div className="field-row">
        <CodeField {...f.bind('actorLogin')} label={t('audit.actorLogin')} />
        {select('action', ACTIONS, 'auditAction')}
        {select('entity', ENTITIES, 'auditEntity')}
      </div>
      <div className="field-row">
        <CodeField {...f.bind('entityId')} label={t('audit.entityId')} />
        <TextField {...f.bind('from')} label={t('audit.from')} type="date" />
        <TextField {...f.bind('to')} label={t('audit.to')} type="date" />
      </div>
    </EditForm>
  );
}

export function AuditPage() {
  const { t, tp, dateTime } = useI18n();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<Filter, string>;
  const list = useCursorQuery(adminKeys.audit(filters), (after, signal) =>
    adminApi.audit({ ...filters, after, limit: 50 }, signal),
  );
  const columns: Column<AuditEntry>[] = [
    { ...dateColumn<AuditEntry>('at', t('audit.at'), dateTime), className: 'nowrap' },
    textColumn('actorLogin', t('audit.actorLogin')),
    { key: 'action', header: t('audit.action'), cell: (r) => label('auditAction', r.action) },
    { key: 'entity', header: t('audit.entity'), cell: (r) => label('auditEntity', r.entity) },
    { key: 'entityId', header: t('audit.entityId'), cell: (r) => r.entityId ?? '—', className: 'mono small' },
    { key: 'ip', header: t('audit.ip'), cell: (r) => r.ip ?? '—', className: 'mono small' },
    {
      key: 'details',
      header: t('audit.details'),
      cell: (r) => (r.details ? JSON.stringify(r.details) : '—'),
      className: 'mono small details-cell',
    },
  ];
  return (
    <Page title={t('audit.title')} lead={t('audit.lead')}>
      <section aria-label={t('audit.filters')} className="filters">
        <Filters
          key={params.toString()}
          initial={filters}
          onApply={(f) => setParams(Object.fromEntries(Object.entries(f).filter(([, v]) => v)))}
        />
      </section>
      <CountedList
        list={list}
        count={(n) => tp('audit.count', n)}
        caption={t('audit.title')}
        columns={columns}
        rowKey={(r) => String(r.id)}
      />
    </Page>
  );
}
