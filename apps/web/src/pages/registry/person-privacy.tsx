import type { AuditEntry } from '@ostoja/domain/audit/audit-log';
import type { PersonWithHistory } from '@ostoja/domain/registry/household';
import { adminApi } from '../../api/admin.ts';
import { recordsApi } from '../../api/records.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { adminKeys } from '../admin/queries.ts';

// The person page's privacy sections (issue 21 items 5 and 6): for whoever reads the audit log,
// every read and change of this person's data with the screen and the route that asked; for the data protection officer, the export of
// everything about the person. The server seals both like the rest of the record.

/** "Who read this record": the audit entries naming the person, newest first. */
export function PersonReads({ p }: { p: PersonWithHistory }) {
  const { t, dateTime } = useI18n();
  const { can } = useAuth();
  const enabled = can('audit.read');
  const list = useCursorQuery(
    adminKeys.audit({ personId: p.id }),
    (after, signal) => adminApi.audit({ personId: p.id, after, limit: 50 }, signal),
    enabled,
  );
  if (!enabled) return null;
  const columns: Column<AuditEntry>[] = [
    dateColumn('at', t('personReads.at'), dateTime),
    textColumn('actorLogin', t('personReads.who'), 'who'),
    {
      key: 'what',
      header: t('personReads.what'),
      cell: (e) => `${e.action} · ${e.entity}`,
      sortValue: (e) => `${e.action} ${e.entity}`,
    },
    {
      key: 'purpose',
      header: t('personReads.purpose'),
      // The screen that asked (sent by the web app), then the API route behind it.
      cell: (e) => (
        <>
          {e.screen && <code>{e.screen}</code>}
          <div className="hint">
            <code>{e.purpose ?? '—'}</code>
          </div>
        </>
      ),
      sortValue: (e) => e.screen ?? e.purpose,
    },
    {
      key: 'category',
      header: t('personReads.category'),
      cell: (e) => (e.category ? t(`dataCategory.${e.category}`) : '—'),
      sortValue: (e) => e.category,
    },
  ];
  return (
    <section aria-labelledby="person-reads-h">
      <h2 id="person-reads-h">{t('personReads.title')}</h2>
      {list.error ? (
        <LoadError error={list.error} onRetry={() => list.reload()} />
      ) : !list.loaded ? (
        <Loading />
      ) : list.items.length === 0 ? (
        <p className="empty">{t('personReads.none')}</p>
      ) : (
        <PagedTable
          caption={t('personReads.caption')}
          columns={columns}
          list={list}
          rowKey={(e) => String(e.id)}
        />
      )}
    </section>
  );
}

/** The subject access export (RODO art. 15) as PDF and JSON, for who handles such requests. */
export function SubjectAccess({ p }: { p: PersonWithHistory }) {
  const { t } = useI18n();
  const { can } = useAuth();
  if (!can('records.subjectAccess')) return null;
  return (
    <section aria-labelledby="subject-access-h">
      <h2 id="subject-access-h">{t('subjectAccess.title')}</h2>
      <p>
        <a className="button secondary" href={recordsApi.subjectAccessPdfUrl(p.id)} download>
          {t('subjectAccess.pdf')}
        </a>{' '}
        <a className="button secondary" href={recordsApi.subjectAccessJsonUrl(p.id)} download>
          {t('subjectAccess.json')}
        </a>
      </p>
    </section>
  );
}
