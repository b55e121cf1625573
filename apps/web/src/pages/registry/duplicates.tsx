import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { DataTable } from '../../components/table.tsx';
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
      <DataTable caption={t('duplicate.caption')} compact>
        <thead>
          <tr>
            <th scope="col">{t('person.name')}</th>
            <th scope="col">{t('person.pesel')}</th>
            <th scope="col">{t('person.birthDate')}</th>
            <th scope="col">{t('person.address')}</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.id}>
              <td>
                <a href={`/persons/${c.id}`} target="_blank" rel="noopener">
                  {listName(c)}
                  <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
                </a>
              </td>
              <td className="mono">{c.pesel ?? '—'}</td>
              <td>{date(c.birthDate)}</td>
              <td>{formatAddress(c) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
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
