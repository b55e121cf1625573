import { ResolveFlag } from '@ostoja/domain/payments/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type Flag, paymentsApi, type Run } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { TextAreaField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { amountColumn } from '../../components/kit/columns.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { orNull } from '../../lib/forms.ts';
import { paymentsKeys, useFlags } from './queries.ts';
import { useMonthName } from './shared.tsx';

/** Why the item was flagged, in words: the date of death, the shared account, the two amounts. */
function useReason() {
  const { t, tp, date, money } = useI18n();
  return (f: Flag) => {
    const d = f.details;
    if (f.kind === 'deceased') return t('flag.reason.deceased', { date: date(String(d.diedOn)) });
    if (f.kind === 'duplicateIban')
      return t('flag.reason.duplicateIban', {
        iban: String(d.iban),
        households: tp('pay.count.households', Number(d.households)),
      });
    return t('flag.reason.amountChanged', {
      previous: money(Number(d.previous)),
      current: money(Number(d.current)),
      difference: money(Number(d.difference)),
    });
  };
}

interface Resolving {
  flag: Flag;
  resolution: 'accept' | 'exclude';
}

function ResolveForm({
  r,
  onDone,
  onCancel,
}: {
  r: Resolving;
  onDone(run: Run, note: string | null): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const reason = useReason();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const f = useEditForm({
    schema: ResolveFlag,
    defaultValues: { note: '' },
    toBody: (v) => ({ resolution: r.resolution, note: orNull(v.note) }),
    save: (body) => paymentsApi.resolveFlag(r.flag.id, body),
    onSaved: (run) => onDone(run, orNull(f.values.note)),
  });
  return (
    <section className="card" aria-labelledby="resolve-h">
      <h3 id="resolve-h" ref={heading} tabIndex={-1}>
        {t(r.resolution === 'accept' ? 'flag.acceptTitle' : 'flag.excludeTitle', {
          name: r.flag.recipientName,
        })}
      </h3>
      <p>
        {t(`payments.flag.${r.flag.kind}`)}: {reason(r.flag)}
      </p>
      <p className="hint">{t(r.resolution === 'accept' ? 'flag.acceptHint' : 'flag.excludeHint')}</p>
      <EditForm
        form={f}
        submitLabel={t(r.resolution === 'accept' ? 'flag.acceptSubmit' : 'flag.excludeSubmit')}
        requiredNote={false}
        onCancel={onCancel}
      >
        <TextAreaField {...f.bind('note')} label={t('flag.note')} rows={2} />
      </EditForm>
    </section>
  );
}

/** The checks before approval: each flagged item accepted or excluded by the clerk, with a reason. */
export function FlagsPanel({ run, onRunChange }: { run: Run; onRunChange(run: Run): void }) {
  const { t, tp, dateTime, money } = useI18n();
  const { can } = useAuth();
  const monthName = useMonthName();
  const reason = useReason();
  const flags = useFlags(run.id);
  const client = useQueryClient();
  const [resolving, setResolving] = useState<Resolving | null>(null);
  const [notice, setNotice] = useState('');
  const open = run.status === 'draft' && can('payments.manage');
  if (flags.error || !flags.data) return <Pending query={flags} />;
  const items = flags.data.items;
  if (!items.length) return <p className="empty">{t('flag.none')}</p>;
  const unresolved = items.filter((f) => !f.resolution).length;
  return (
    <>
      <p>{unresolved ? tp('flag.unresolvedCount', unresolved) : t('flag.allResolved')}</p>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <ColumnTable
        caption={t('flag.table')}
        rows={items}
        columns={[
          linkColumn<Flag>(
            'recipient',
            t('pay.recipient'),
            (f) => f.recipientName,
            (f) => `/payments/items/${f.itemId}`,
          ),
          { key: 'month', header: t('pay.month'), cell: (f) => monthName(f.month) },
          amountColumn('amount', t('pay.amount'), money),
          { key: 'kind', header: t('flag.kind'), cell: (f) => t(`payments.flag.${f.kind}`) },
          { key: 'reason', header: t('flag.reason'), cell: reason },
          {
            key: 'resolution',
            header: t('flag.resolution'),
            cell: (f) =>
              f.resolution ? (
                <>
                  {t(`flag.resolved.${f.resolution}`)}
                  {f.resolvedAt ? `, ${dateTime(f.resolvedAt)}` : ''}
                  {f.note ? <span className="small"> — {f.note}</span> : null}
                </>
              ) : open ? (
                <span className="inline-actions">
                  {(['accept', 'exclude'] as const).map((resolution) => (
                    <button
                      key={resolution}
                      type="button"
                      className="button small secondary"
                      aria-label={t(`flag.${resolution}For`, { name: f.recipientName })}
                      onClick={() => {
                        setNotice('');
                        setResolving({ flag: f, resolution });
                      }}
                    >
                      {t(`flag.${resolution}`)}
                    </button>
                  ))}
                </span>
              ) : (
                t('flag.open')
              ),
          },
        ]}
      />
      {resolving ? (
        <ResolveForm
          key={resolving.flag.id + resolving.resolution}
          r={resolving}
          onCancel={() => setResolving(null)}
          onDone={(next, note) => {
            // Shown resolved at once (no stale buttons while the list reloads).
            client.setQueryData(paymentsKeys.flags(run.id), {
              items: items.map((f) =>
                f.id === resolving.flag.id
                  ? { ...f, resolution: resolving.resolution, note, resolvedAt: new Date().toISOString() }
                  : f,
              ),
            });
            setResolving(null);
            setNotice(t(`flag.done.${resolving.resolution}`, { name: resolving.flag.recipientName }));
            onRunChange(next);
          }}
        />
      ) : null}
    </>
  );
}
