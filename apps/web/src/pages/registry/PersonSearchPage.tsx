import type { PersonSummary } from '@ostoja/domain/registry/person';
import { PersonSearchQuery } from '@ostoja/domain/registry/person';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, type Page as ApiPage, api, withQuery } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { formatAddress, listName } from '../../lib/format.ts';
import { validate } from '../../lib/forms.ts';

const PAGE_SIZE = 25;

interface Results {
  q: string;
  items: PersonSummary[];
  nextCursor: string | null;
}

function ResultsTable({ results }: { results: Results }) {
  const { t, date } = useI18n();
  return (
    <DataTable caption={t('persons.search.results', { q: results.q })}>
      <thead>
        <tr>
          <th scope="col">{t('person.name')}</th>
          <th scope="col">{t('person.pesel')}</th>
          <th scope="col">{t('person.birthDate')}</th>
          <th scope="col">{t('person.address')}</th>
        </tr>
      </thead>
      <tbody>
        {results.items.map((p) => (
          <tr key={p.id}>
            <td>
              <Link to={`/persons/${p.id}`}>{listName(p)}</Link>
            </td>
            <td className="mono">{p.pesel ?? '—'}</td>
            <td>{date(p.birthDate)}</td>
            <td>{formatAddress(p) || '—'}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function PersonSearchPage() {
  const { t, tp, locale } = useI18n();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [error, setError] = useState<string>();
  const [results, setResults] = useState<Results>();
  const [loadError, setLoadError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const shownQ = useRef(q);

  async function load(query: string, after: string | null, signal?: AbortSignal) {
    setBusy(true);
    setLoadError(undefined);
    try {
      const page = await api.get<ApiPage<PersonSummary>>(
        withQuery('/api/v1/persons', { q: query, after, limit: PAGE_SIZE }),
        signal,
      );
      setResults((old) => ({
        q: query,
        items: after && old ? [...old.items, ...page.items] : page.items,
        nextCursor: page.nextCursor,
      }));
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      setLoadError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));
    } finally {
      setBusy(false);
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: searches when the URL's query changes
  useEffect(() => {
    // The box follows the URL (back/forward), but keeps what is being typed on first load.
    if (shownQ.current !== q) setText(q);
    shownQ.current = q;
    setResults(undefined);
    if (!q) return;
    const v = validate(PersonSearchQuery, { q }, locale);
    if (!v.ok) return setError(v.errors.q);
    setError(undefined);
    const ctrl = new AbortController();
    load(q, null, ctrl.signal);
    return () => ctrl.abort();
  }, [q]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(PersonSearchQuery, { q: text }, locale);
    if (!v.ok) return setError(v.errors.q);
    setError(undefined);
    if (v.data.q === q) load(q, null);
    else setParams({ q: v.data.q });
  }

  return (
    <Page
      title={t('persons.search.title')}
      actions={
        can('registry.write') ? (
          <Link to="/households/new" className="button secondary">
            {t('nav.newHousehold')}
          </Link>
        ) : null
      }
    >
      <search>
        <form onSubmit={submit} noValidate className="inline-form">
          <TextField
            id="f-q"
            label={t('persons.search.label')}
            hint={t('persons.search.hint')}
            value={text}
            onValue={setText}
            error={error}
            type="search"
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="button primary">
            {t('action.search')}
          </button>
        </form>
      </search>
      {loadError ? <LoadError error={loadError} onRetry={() => load(q, null)} /> : null}
      <div aria-live="polite" aria-busy={busy}>
        {results ? (
          results.items.length ? (
            <p className="result-count">
              {tp('persons.search.count', results.items.length)}
              {results.nextCursor ? ` ${t('persons.search.more')}` : ''}
            </p>
          ) : (
            <p className="empty">{t('persons.search.none', { q: results.q })}</p>
          )
        ) : null}
      </div>
      {results?.items.length ? <ResultsTable results={results} /> : null}
      {results?.nextCursor ? (
        <p>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => load(results.q, results.nextCursor)}
          >
            {t('action.loadMore')}
          </button>
        </p>
      ) : null}
    </Page>
  );
}
