import { BLUE_CARD_STATUSES, type BlueCardStatus } from '@ostoja/domain/blue-card/workflow';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { blueCardApi } from '../../api/blue-card.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { fieldId, SelectField } from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { SearchForm } from '../../components/kit/search-form.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useRead } from '../../components/kit/use-read.ts';
import { wholeList } from '../../components/kit/whole-list.ts';
import { Page } from '../../components/page.tsx';
import { BlueCardSections } from './common.tsx';
import { ProcedureTable } from './procedure-table.tsx';
import { blueCardKeys } from './queries.ts';

/** Search by register number, or a participant's name or PESEL, among the procedures one sees. */
function SearchResults({ q }: { q: string }) {
  const { t, tp } = useI18n();
  const found = useRead(blueCardKeys.search(q), (s) => blueCardApi.search(q, s));
  if (found.error || !found.data) return <Pending query={found} />;
  return (
    <>
      <p className="result-count" role="status">
        {found.data.items.length
          ? tp('blueCards.count.procedures', found.data.items.length)
          : t('blueCards.list.noneFound', { q })}
      </p>
      {found.data.items.length ? (
        <ProcedureTable caption={t('blueCards.list.results', { q })} list={wholeList(found.data.items)} />
      ) : null}
    </>
  );
}

export function ProcedureListPage() {
  const { t, tp } = useI18n();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const [text, setText] = useState(q);
  const [problem, setProblem] = useState<string>();
  const list = useCursorQuery(
    blueCardKeys.list(status),
    (after, signal) =>
      blueCardApi.list(
        { status: (status || undefined) as BlueCardStatus | undefined, after, limit: 50 },
        signal,
      ),
    !q,
  );

  function search() {
    if (text.trim().length > 0 && text.trim().length < 2) return setProblem(t('persons.search.tooShort'));
    setProblem(undefined);
    setParams(text.trim() ? { q: text.trim() } : status ? { status } : {});
  }

  return (
    <Page
      title={t('blueCards.list.title')}
      lead={t('blueCards.list.lead')}
      actions={
        can('blueCard.open') ? (
          <ActionLink primary to="/blue-cards/new">
            {t('blueCards.nav.open')}
          </ActionLink>
        ) : null
      }
    >
      <BlueCardSections />
      <SearchForm
        label={t('blueCards.list.searchLabel')}
        hint={t('blueCards.list.searchHint')}
        value={text}
        onValue={setText}
        error={problem}
        onSearch={search}
      />
      {q ? (
        <SearchResults q={q} />
      ) : (
        <>
          <div className="inline-form">
            <SelectField
              id={fieldId('status')}
              label={t('blueCards.list.status')}
              value={status}
              onValue={(s) => setParams(s ? { status: s } : {})}
              options={[
                { value: '', label: t('blueCards.list.anyStatus') },
                ...BLUE_CARD_STATUSES.map((s) => ({ value: s, label: t(`blueCard.status.${s}`) })),
              ]}
            />
          </div>
          {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
          <div aria-live="polite" aria-busy={list.loading}>
            {list.loaded ? (
              <p className="result-count">
                {list.items.length
                  ? tp('blueCards.count.procedures', list.items.length)
                  : t('blueCards.list.none')}
              </p>
            ) : null}
          </div>
          {list.items.length ? <ProcedureTable caption={t('blueCards.list.caption')} list={list} /> : null}
        </>
      )}
    </Page>
  );
}
