import { CreateProtocol, type DestructionProtocol, SignProtocol } from '@ostoja/domain/records/records';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { recordsApi } from '../../api/records.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { textColumn } from '../../components/kit/columns.ts';
import { ConfirmDialog } from '../../components/kit/confirm-dialog.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Section } from '../../components/page.tsx';
import { recordsKeys, useRecordsSaved } from './queries.ts';

// Destruction protocols: drawn up for a month, printed and signed by the committee, then the
// anonymisation run for the persons whose every record the protocols have destroyed.

const ROLES = ['chair', 'member', 'member'] as const;

/** Beside a form's submit: closes the form without saving. */
export function CancelButton({ onClick }: { onClick(): void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button secondary" onClick={onClick}>
      {t('action.cancel')}
    </button>
  );
}
const today = () => new Date().toISOString().slice(0, 10);

function CreateForm() {
  const { t } = useI18n();
  const saved = useRecordsSaved();
  const empty = {
    month: today().slice(0, 7),
    names: ['', '', ''],
    functions: ROLES.map((r) => t(`rec.committee.${r}`)),
  };
  const f = useEditForm({
    schema: CreateProtocol,
    defaultValues: empty,
    toBody: (v) => ({
      month: v.month,
      committee: v.names.map((name, i) => ({ name, function: v.functions[i] ?? '' })),
    }),
    save: (body) => recordsApi.createProtocol(body),
    onSaved: (p) => {
      saved.protocol(p);
      f.reset(empty);
    },
  });
  // A seat's name or function: the body's committee.N.name, kept in the form's names[N].
  const seat = (i: number, key: 'name' | 'function', list: 'names' | 'functions', error?: string) => (
    <TextField
      id={fieldId(`committee.${i}.${key}`)}
      label={t(`rec.committee.${key}`)}
      required
      value={f.values[list][i] ?? ''}
      onValue={(v) => f.form.setValue(`${list}.${i}`, v)}
      error={f.errors[`committee.${i}.${key}`] ?? error}
    />
  );
  return (
    <Section card id="rec-new" title={t('rec.protocol.new')}>
      <EditForm form={f} submitLabel={t('rec.protocol.create')}>
        <MonthField label={t('rec.month')} required {...f.bind('month')} />
        {ROLES.map((_r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the committee's seats are fixed
          <fieldset key={i} className="fieldset">
            <legend>{t('rec.committee.seat', { n: i + 1 })}</legend>
            {seat(i, 'name', 'names', f.errors.committee)}
            {seat(i, 'function', 'functions')}
          </fieldset>
        ))}
      </EditForm>
    </Section>
  );
}

function SignForm({ protocol, onDone }: { protocol: DestructionProtocol; onDone(): void }) {
  const { t } = useI18n();
  const saved = useRecordsSaved();
  const f = useEditForm({
    schema: SignProtocol,
    defaultValues: { signedOn: today(), archiveConsent: '' },
    toBody: (v) => ({ ...v, version: protocol.version }),
    save: (body) => recordsApi.sign(protocol.id, body),
    onSaved: (p) => {
      saved.protocol(p);
      onDone();
    },
  });
  return (
    <Section card id="rec-sign" title={t('rec.protocol.sign', { number: protocol.number })}>
      <p>{t('rec.protocol.signLead')}</p>
      <EditForm
        form={f}
        submitLabel={t('rec.protocol.signSubmit')}
        onReload={onDone}
        actions={<CancelButton onClick={onDone} />}
      >
        <TextField label={t('rec.protocol.signedOn')} type="date" required {...f.bind('signedOn')} />
        <TextField
          label={t('rec.protocol.archiveConsent')}
          required
          hint={t('rec.protocol.archiveConsent.hint')}
          {...f.bind('archiveConsent')}
        />
      </EditForm>
    </Section>
  );
}

export function Protocols() {
  const { t, date, msg } = useI18n();
  const saved = useRecordsSaved();
  const [signing, setSigning] = useState<DestructionProtocol>();
  const [running, setRunning] = useState<DestructionProtocol>();
  const list = useCursorQuery(recordsKeys.protocols, (after, signal) => recordsApi.protocols(after, signal));
  const run = useMutation<DestructionProtocol, ApiError, DestructionProtocol>({
    mutationFn: (p) => recordsApi.anonymise(p.id, p.version),
    onSuccess: (p) => {
      saved.protocol(p);
      setRunning(undefined);
    },
  });
  const columns: Column<DestructionProtocol>[] = [
    textColumn('number', t('rec.protocol.number')),
    textColumn('month', t('rec.month')),
    { key: 'items', header: t('rec.protocol.items'), cell: (p) => String(p.itemCount) },
    {
      key: 'status',
      header: t('rec.protocol.status'),
      cell: (p) => (
        <StatusBadge tone={p.status === 'anonymised' ? 'ok' : p.status === 'signed' ? 'due-soon' : 'neutral'}>
          {t(`rec.protocol.status.${p.status}`, { date: date(p.signedOn), n: p.anonymisedPersons ?? 0 })}
        </StatusBadge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (p) => (
        <>
          <a href={recordsApi.protocolPdfUrl(p.id)} target="_blank" rel="noreferrer">
            {t('rec.protocol.pdf')}{' '}
            <span className="visually-hidden">
              {p.number} {t('common.opensInNewTab')}
            </span>
          </a>{' '}
          {p.status === 'draft' ? (
            <button type="button" className="button secondary small" onClick={() => setSigning(p)}>
              {t('rec.protocol.signSubmit')}
            </button>
          ) : null}
          {p.status === 'signed' ? (
            <button type="button" className="button danger small" onClick={() => setRunning(p)}>
              {t('rec.protocol.anonymise')}
            </button>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <Section id="rec-protocols" title={t('rec.protocols')}>
      <ListTable empty={t('rec.protocols.none')} caption={t('rec.protocols')} columns={columns} list={list} />
      {signing ? <SignForm protocol={signing} onDone={() => setSigning(undefined)} /> : null}
      <ConfirmDialog
        open={running !== undefined}
        title={t('rec.protocol.anonymise.confirm', { number: running?.number ?? '' })}
        confirmLabel={t('rec.protocol.anonymise')}
        danger
        busy={run.isPending}
        onConfirm={() => running && run.mutate(running)}
        onCancel={() => setRunning(undefined)}
      >
        <p>{t('rec.protocol.anonymise.lead')}</p>
        {run.error ? <Alert kind="error">{msg(run.error.message)}</Alert> : null}
      </ConfirmDialog>
      <CreateForm />
    </Section>
  );
}
