import { PersonSearchQuery, type PersonSummary } from '@ostoja/domain/registry/person';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { registryApi } from '../../api/registry.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { recordPath } from '../../components/kit/record-path.ts';
import { SearchForm } from '../../components/kit/search-form.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { formatAddress, listName } from '../../lib/format.ts';
import { validate } from '../../lib/forms.ts';
import { registryKeys } from './queries.ts';

const PAGE_SIZE = 25;

function useColumns(): Column<PersonSummary>[] {
  const { t, date } = useI18n();
  return [
    linkColumn<PersonSummary>('name', t('person.name'), listName, recordPath('/persons')),
    { key: 'pesel', header: t('person.pesel'), cell: (p) => p.pesel ?? '—', className: 'mono' },
    dateColumn('birthDate', t('person.birthDate'), date),
    {
      key: 'address',
      header: t('person.address'),
      cell: (p) => formatAddress(p) || '—',
      sortValue: (p) => formatAddress(p) || null,
    },
  ];
}

export function PersonSearchPage() {
  const { t, tp, locale } = useI18n();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [error, setError] = useState<string>();
  const shownQ = useRef(q);
  const valid = q !== '' && validate(PersonSearchQuery, { q }, locale).ok;
  const list = useCursorQuery(
    registryKeys.search(q),
    (after, signal) => registryApi.searchPersons({ q, after, limit: PAGE_SIZE }, signal),
    valid,
  );
  const columns = useColumns();

  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the URL's query
  useEffect(() => {
    // The box follows the URL (back/forward), but keeps what is being typed on first load.
    if (shownQ.current !== q) setText(q);
    shownQ.current = q;
    if (!q) return;
    const v = validate(PersonSearchQuery, { q }, locale);
    setError(v.ok ? undefined : v.errors.q);
  }, [q]);

  function submit() {
    const v = validate(PersonSearchQuery, { q: text }, locale);
    if (!v.ok) return setError(v.errors.q);
    setError(undefined);
    if (v.data.q === q) list.reload();
    else setParams({ q: v.data.q });
  }

  const shown = valid && list.loaded;
  return (
    <Page
      title={t('persons.search.title')}
      actions={
        can('registry.write') ? <ActionLink to="/households/new">{t('nav.newHousehold')}</ActionLink> : null
      }
    >
      <SearchForm
        label={t('persons.search.label')}
        hint={t('persons.search.hint')}
        value={text}
        onValue={setText}
        error={error}
        onSearch={submit}
      />
      {list.error && valid ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      <div aria-live="polite" aria-busy={list.loading}>
        {shown ? (
          list.items.length ? (
            <p className="result-count">
              {tp('persons.search.count', list.items.length)}
              {list.hasMore ? ` ${t('persons.search.more')}` : ''}
            </p>
          ) : (
            <p className="empty">{t('persons.search.none', { q })}</p>
          )
        ) : null}
      </div>
      {shown && list.items.length ? (
        <PagedTable caption={t('persons.search.results', { q })} columns={columns} list={list} />
      ) : null}
    </Page>
  );
}
