import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { formatAddress, listName } from '../../lib/format.ts';

/**
 * The server found persons with the same names and birth date. The user looks at them and
 * either corrects the form or confirms that this is someone else (resent with confirmDuplicate).
 */
export function DuplicateWarning({
  message,
  candidates,
  onConfirm,
  busy,
}: {
  message: string;
  candidates: PersonSummary[];
  onConfirm(): void;
  busy: boolean;
}) {
  const { t, date } = useI18n();
  return (
    <Alert kind="warning" title={message} focus>
      <ColumnTable
        caption={t('duplicate.caption')}
        compact
        rows={candidates}
        columns={[
          {
            key: 'name',
            header: t('person.name'),
            cell: (c) => (
              <>
                <a href={`/persons/${c.id}`} target="_blank" rel="noopener">
                  {listName(c)}
                  <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
                </a>
              </>
            ),
          },
          { key: 'pesel', header: t('person.pesel'), className: 'mono', cell: (c) => c.pesel ?? '—' },
          { key: 'birthDate', header: t('person.birthDate'), cell: (c) => date(c.birthDate) },
          { key: 'address', header: t('person.address'), cell: (c) => formatAddress(c) || '—' },
        ]}
      />
      <div className="form-actions">
        <button type="button" className="button primary" onClick={onConfirm} disabled={busy}>
          {t('duplicate.confirm')}
        </button>
      </div>
      <p className="hint">{t('duplicate.orFix')}</p>
    </Alert>
  );
}

export function candidatesOf(extra: Record<string, unknown>): PersonSummary[] {
  return Array.isArray(extra.candidates) ? (extra.candidates as PersonSummary[]) : [];
}

/** A form's warning when the server answered `possibleDuplicate` (confirming resends the form); else none. */
export function duplicateWarningOf(f: {
  code: string;
  message: string;
  extra: Record<string, unknown>;
  busy: boolean;
  submit(confirm?: boolean): unknown;
}) {
  return f.code === 'possibleDuplicate' ? (
    <DuplicateWarning
      message={f.message}
      candidates={candidatesOf(f.extra)}
      busy={f.busy}
      onConfirm={() => f.submit(true)}
    />
  ) : null;
}
