import {
  AddPermitRules,
  AddShop,
  PERMIT_KINDS,
  type PermitOpinion,
  PREMISES,
  type ShopSummary,
} from '@ostoja/domain/alcohol-commission/permits';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { CountField, DateField, TextField, YearField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { todayIso } from '../../lib/format.ts';
import { commissionKeys, useCommissionSaved, usePermitRules } from './queries.ts';

const LIMIT_KEYS = PREMISES.flatMap((p) => PERMIT_KINDS.map((k) => `${p}${k}` as const));
type LimitKey = (typeof LIMIT_KEYS)[number];

/** The council's resolutions: limits per kind and premises, the distance rule. */
function RulesSection() {
  const { t, tk, date } = useI18n();
  const rules = usePermitRules();
  const saved = useCommissionSaved();
  const f = useEditForm({
    schema: AddPermitRules,
    defaultValues: {
      validFrom: '',
      resolution: '',
      minDistanceM: '',
      ...(Object.fromEntries(LIMIT_KEYS.map((k) => [k, ''])) as Record<LimitKey, string>),
    },
    toBody: (v) => {
      const n = (x: string) => (x.trim() === '' ? Number.NaN : Number(x));
      const of = (p: 'on' | 'off') => ({ A: n(v[`${p}A`]), B: n(v[`${p}B`]), C: n(v[`${p}C`]) });
      return {
        validFrom: v.validFrom,
        resolution: v.resolution,
        limits: { on: of('on'), off: of('off') },
        minDistanceM: n(v.minDistanceM),
      };
    },
    save: alcoholCommissionApi.addPermitRules,
    reset: true,
    onSaved: () => saved.permitRules(),
  });
  return (
    <Section id="ac-rules" title={t('ac.rules.title')}>
      {rules.error ? <LoadError error={rules.error} onRetry={() => rules.refetch()} /> : null}
      {rules.data?.items.length ? (
        <DataTable caption={t('ac.rules.title')} compact>
          <thead>
            <tr>
              <th scope="col">{t('ac.rules.validFrom')}</th>
              <th scope="col">{t('ac.rules.resolution')}</th>
              {PREMISES.map((p) => (
                <th scope="col" key={p}>
                  {t(`ac.premises.${p}`)} (A / B / C)
                </th>
              ))}
              <th scope="col">{t('ac.rules.minDistance')}</th>
            </tr>
          </thead>
          <tbody>
            {rules.data.items.map((r) => (
              <tr key={r.id}>
                <td>{date(r.validFrom)}</td>
                <td>{r.resolution}</td>
                {PREMISES.map((p) => (
                  <td key={p}>{PERMIT_KINDS.map((k) => r.limits[p][k]).join(' / ')}</td>
                ))}
                <td>{r.minDistanceM} m</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      <details>
        <summary>{t('ac.rules.add')}</summary>
        <EditForm form={f} submitLabel={t('ac.rules.add')}>
          <DateField label={t('ac.rules.validFrom')} {...f.bind('validFrom')} />
          <TextField label={t('ac.rules.resolution')} required {...f.bind('resolution')} />
          {LIMIT_KEYS.map((k) => (
            <TextField
              key={k}
              label={t('ac.rules.limit', { kind: k.slice(-1), premises: tk('ac.premises', k.slice(0, -1)) })}
              inputMode="numeric"
              required
              {...f.bind(k)}
              error={f.errors[`limits.${k.slice(0, -1)}.${k.slice(-1)}`]}
            />
          ))}
          <CountField label={t('ac.rules.minDistance')} required {...f.bind('minDistanceM')} />
        </EditForm>
      </details>
    </Section>
  );
}

function ShopsSection() {
  const { t, date } = useI18n();
  const saved = useCommissionSaved();
  const list = useCursorQuery([...commissionKeys.shops], (after, signal) =>
    alcoholCommissionApi.shops({ after, limit: 100 }, signal),
  );
  const f = useEditForm({
    schema: AddShop,
    defaultValues: { name: '', operator: '', nip: '', address: '' },
    save: alcoholCommissionApi.addShop,
    reset: true,
    onSaved: (s) => saved.shop(s),
  });
  const columns: Column<ShopSummary>[] = [
    {
      key: 'name',
      header: t('ac.shop.name'),
      cell: (s) => <Link to={`/alcohol-commission/shops/${s.id}`}>{s.name}</Link>,
      sortValue: (s) => s.name,
    },
    { key: 'address', header: t('ac.shop.address'), cell: (s) => s.address, sortValue: (s) => s.address },
    { key: 'operator', header: t('ac.shop.operator'), cell: (s) => s.operator, sortValue: (s) => s.operator },
    {
      key: 'opinion',
      header: t('ac.shop.lastOpinion'),
      cell: (s) => date(s.lastOpinionOn) || '—',
      sortValue: (s) => s.lastOpinionOn,
    },
    {
      key: 'inspection',
      header: t('ac.shop.lastInspection'),
      cell: (s) => date(s.lastInspectionOn) || '—',
      sortValue: (s) => s.lastInspectionOn,
    },
  ];
  return (
    <Section id="ac-shops" title={t('ac.shops')}>
      <details>
        <summary>{t('ac.shop.add')}</summary>
        <EditForm form={f} submitLabel={t('ac.shop.add')}>
          <TextField label={t('ac.shop.name')} required {...f.bind('name')} />
          <TextField label={t('ac.shop.operator')} required {...f.bind('operator')} />
          <TextField label={t('ac.shop.nip')} inputMode="numeric" required {...f.bind('nip')} />
          <TextField label={t('ac.shop.address')} required {...f.bind('address')} />
        </EditForm>
      </details>
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {list.items.length ? <PagedTable caption={t('ac.shops')} columns={columns} list={list} /> : null}
    </Section>
  );
}

/** "Pozytywna" in green, "negatywna" in grey. */
export function OpinionBadge({ o }: { o: Pick<PermitOpinion, 'opinion'> }) {
  const { t } = useI18n();
  return (
    <StatusBadge tone={o.opinion === 'positive' ? 'ok' : 'off'}>{t(`ac.opinion.${o.opinion}`)}</StatusBadge>
  );
}

/** The list of permits opined in the year, with the year's totals. */
function OpinionsSection() {
  const { t, date } = useI18n();
  const [year, setYear] = useState(Number(todayIso().slice(0, 4)));
  const [totals, setTotals] = useState<{ positive: number; negative: number } | null>(null);
  const list = useCursorQuery(
    commissionKeys.opinions(year),
    (after, signal) =>
      alcoholCommissionApi.opinions({ year, after, limit: 100 }, signal).then((p) => {
        if (!after) setTotals(p.totals);
        return p;
      }),
    year >= 2000 && year <= 2100,
  );
  const columns: Column<PermitOpinion>[] = [
    { key: 'on', header: t('ac.opinion.on'), cell: (o) => date(o.opinionOn), sortValue: (o) => o.opinionOn },
    {
      key: 'shop',
      header: t('ac.shop.name'),
      cell: (o) => <Link to={`/alcohol-commission/shops/${o.shop.id}`}>{o.shop.name}</Link>,
      sortValue: (o) => o.shop.name,
    },
    {
      key: 'kinds',
      header: t('ac.opinion.kinds'),
      cell: (o) => `${o.kinds.join(', ')} — ${t(`ac.premises.${o.premises}`)}`,
      sortValue: (o) => o.kinds.join(),
    },
    {
      key: 'opinion',
      header: t('ac.opinion.opinion'),
      cell: (o) => <OpinionBadge o={o} />,
      sortValue: (o) => o.opinion,
    },
  ];
  return (
    <Section id="ac-opinions" title={t('ac.opinions.title')}>
      <YearField id="ac-opinions-year" label={t('ac.opinions.year')} year={year} onYear={setYear} />
      {totals ? <p>{t('ac.opinions.totals', totals)}</p> : null}
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {list.items.length ? (
        <PagedTable caption={t('ac.opinions.title')} columns={columns} list={list} />
      ) : null}
    </Section>
  );
}

/** Sale permits: the council's rules, the sale points, the year's opinions. */
export function PermitsPage() {
  const { t } = useI18n();
  return (
    <Page title={t('ac.permits.title')} lead={t('ac.permits.lead')}>
      <OpinionsSection />
      <ShopsSection />
      <RulesSection />
    </Page>
  );
}
