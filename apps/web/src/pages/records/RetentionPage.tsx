import { type DueRecord, type RetentionRule, UpdateRetentionRule } from '@ostoja/domain/records/records';
import { RETENTION_CATEGORIES } from '@ostoja/domain/records/retention';
import { useState } from 'react';
import { recordsApi } from '../../api/records.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { CountField, fieldId, TextField } from '../../components/fields.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { ListSelect } from '../../components/kit/list-select.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { type Column, ListTable, PagedTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { CancelButton, Protocols } from './protocols.tsx';
import { recordsKeys, useRecordsSaved } from './queries.ts';

// Retention by JRWA category (the centre's instrukcja kancelaryjna), the records due in a month,
// and the destruction protocols. The lists never show a person: records go by kind and number.

const category = (r: Pick<RetentionRule, 'category' | 'years'>) =>
  r.category === 'A' ? 'A' : `${r.category}${r.years}`;

function RuleForm({ rule, onDone }: { rule: RetentionRule; onDone(): void }) {
  const { t } = useI18n();
  const saved = useRecordsSaved();
  const values = (r: RetentionRule) => ({
    jrwaSymbol: r.jrwaSymbol,
    category: r.category,
    years: String(r.years),
  });
  const f = useEditForm({
    schema: UpdateRetentionRule,
    defaultValues: values(rule),
    toBody: (v) => ({ ...v, years: Number(v.years), version: rule.version }),
    save: (body) => recordsApi.updateRule(rule.recordKind, body),
    onSaved: (r) => {
      saved.rule(r);
      onDone();
    },
  });
  return (
    <section className="card" aria-labelledby="rr-edit-h">
      <h2 id="rr-edit-h">{t('rec.rule.edit', { kind: t(`rec.kind.${rule.recordKind}`) })}</h2>
      <EditForm
        form={f}
        submitLabel={t('action.save')}
        onReload={onDone}
        actions={<CancelButton onClick={onDone} />}
      >
        <TextField label={t('rec.jrwaSymbol')} required {...f.bind('jrwaSymbol')} />
        <ListSelect
          {...f.bind('category')}
          label={t('rec.category')}
          required
          values={RETENTION_CATEGORIES}
          prefix="rec.category"
        />
        <CountField label={t('rec.years')} hint={t('rec.years.hint')} required {...f.bind('years')} />
      </EditForm>
    </section>
  );
}

function Rules() {
  const { t } = useI18n();
  const [editing, setEditing] = useState<RetentionRule>();
  const list = useCursorQuery(recordsKeys.rules, (_after, signal) => recordsApi.rules(signal));
  const columns: Column<RetentionRule>[] = [
    { key: 'kind', header: t('rec.kind'), cell: (r) => t(`rec.kind.${r.recordKind}`) },
    textColumn('jrwaSymbol', t('rec.jrwaSymbol'), 'symbol'),
    { key: 'category', header: t('rec.category'), cell: category },
    { key: 'action', header: t('rec.action'), cell: (r) => t(`rec.action.${r.action}`) },
    {
      key: 'edit',
      header: t('common.actions'),
      cell: (r) => (
        <button type="button" className="button secondary small" onClick={() => setEditing(r)}>
          {t('action.edit')}
          <span className="visually-hidden"> {t(`rec.kind.${r.recordKind}`)}</span>
        </button>
      ),
    },
  ];
  return (
    <>
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {list.items.length ? (
        <PagedTable caption={t('rec.rules')} columns={columns} list={list} rowKey={(r) => r.recordKind} />
      ) : null}
      <p className="hint">{t('rec.rules.note')}</p>
      {editing ? (
        // A new key per rule: its values fill a fresh form.
        <RuleForm key={editing.recordKind} rule={editing} onDone={() => setEditing(undefined)} />
      ) : null}
    </>
  );
}

const thisMonth = () => new Date().toISOString().slice(0, 7);

function Due() {
  const { t, date } = useI18n();
  const [month, setMonth] = useState(thisMonth());
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const list = useCursorQuery(
    recordsKeys.due(month),
    (after, signal) => recordsApi.due(month, after, signal),
    valid,
  );
  const columns: Column<DueRecord>[] = [
    dateColumn('dueOn', t('rec.dueOn'), date, 'due'),
    { key: 'kind', header: t('rec.kind'), cell: (r) => t(`rec.kind.${r.recordKind}`) },
    { key: 'ref', header: t('rec.reference'), cell: (r) => r.number ?? r.recordId.slice(0, 8) },
    { key: 'symbol', header: t('rec.jrwaSymbol'), cell: (r) => `${r.jrwaSymbol} ${category(r)}` },
    dateColumn('closedOn', t('rec.closedOn'), date, 'closed'),
    {
      key: 'action',
      header: t('rec.action'),
      cell: (r) => (
        <StatusBadge tone={r.action === 'destroy' ? 'overdue' : 'neutral'}>
          {t(`rec.action.${r.action}`)}
        </StatusBadge>
      ),
    },
  ];
  return (
    <Section card id="rec-due" title={t('rec.due')}>
      <MonthField
        id={fieldId('dueMonth')}
        label={t('rec.month')}
        value={month}
        onValue={setMonth}
        error={valid ? undefined : t('validation.month')}
      />
      <ListTable
        empty={t('rec.due.none')}
        caption={t('rec.due.caption', { month })}
        columns={columns}
        list={list}
        rowKey={(r) => `${r.recordKind}:${r.recordId}`}
      />
    </Section>
  );
}

export function RetentionPage() {
  const { t } = useI18n();
  return (
    <Page title={t('rec.title')} lead={t('rec.lead')}>
      <Rules />
      <Due />
      <Protocols />
    </Page>
  );
}
