import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { registryApi } from '../../api/registry.ts';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../components/fields.tsx';
import { formatAddress, listName } from '../../lib/format.ts';

/**
 * Finds a registered person and picks one. Lives inside other forms, so it has no <form> of
 * its own: Enter in the box searches instead of submitting the outer form.
 */
export function PersonPicker({
  id,
  selected,
  onSelect,
  error,
}: {
  id: string;
  selected: PersonSummary | null;
  onSelect(p: PersonSummary | null): void;
  error?: string | undefined;
}) {
  const { t, tp, date } = useI18n();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<PersonSummary[] | null>(null);
  const [problem, setProblem] = useState<string>();
  const client = useQueryClient();

  async function search() {
    setProblem(undefined);
    if (q.trim().length < 2) return setProblem(t('persons.search.tooShort'));
    try {
      const query = { q: q.trim(), limit: 10 };
      const page = await client.fetchQuery({
        queryKey: ['persons', 'search', query.q, query.limit],
        queryFn: ({ signal }) => registryApi.searchPersons(query, signal),
      });
      setFound(page.items);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : String(e));
    }
  }

  if (selected)
    return (
      <div className="picked" id={id} tabIndex={-1}>
        <p>
          {t('picker.selected')}: <strong>{listName(selected)}</strong>
          {selected.pesel ? `, PESEL ${selected.pesel}` : ''}, {date(selected.birthDate)}
        </p>
        <button type="button" className="button secondary small" onClick={() => onSelect(null)}>
          {t('picker.change')}
        </button>
      </div>
    );

  return (
    <div className="picker">
      <div className="inline-form">
        <TextField
          id={id}
          label={t('picker.label')}
          hint={t('persons.search.hint')}
          value={q}
          onValue={setQ}
          error={problem ?? error}
          type="search"
          autoComplete="off"
          onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              search();
            }
          }}
        />
        <button type="button" className="button secondary" onClick={search}>
          {t('action.search')}
        </button>
      </div>
      <div aria-live="polite">
        {found ? (
          found.length ? (
            <p className="result-count">{tp('persons.search.count', found.length)}</p>
          ) : (
            <p className="empty">{t('persons.search.none', { q })}</p>
          )
        ) : null}
      </div>
      {found?.length ? (
        <ul className="pick-list">
          {found.map((p) => (
            <li key={p.id}>
              <span>
                <strong>{listName(p)}</strong> {p.pesel ?? ''} · {date(p.birthDate)} ·{' '}
                {formatAddress(p) || '—'}
              </span>
              <button type="button" className="button secondary small" onClick={() => onSelect(p)}>
                {t('picker.choose')}
                <span className="visually-hidden"> {listName(p)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
