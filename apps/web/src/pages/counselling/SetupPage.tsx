import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { counsellingApi } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { ConfirmDialog } from '../../components/kit/confirm-dialog.tsx';
import { RemoveButton } from '../../components/kit/remove-button.tsx';
import { RowButton } from '../../components/kit/row-button.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { Page } from '../../components/page.tsx';
import { useCounsellingChanged, useOffices, useSetup } from './queries.ts';
import { DutyForm } from './setup-duty-form.tsx';
import { ExceptionForm } from './setup-exception-form.tsx';
import { SpecialistForm } from './setup-specialist-form.tsx';

/** What is about to be removed: weekly duty hours or a day's exception, and how to name it. */
interface Removal {
  kind: 'duty' | 'exception';
  id: string;
  what: string;
}

/** Removing duty hours or an exception, asked first. */
function useRemoval() {
  const changed = useCounsellingChanged();
  const [asking, setAsking] = useState<Removal | null>(null);
  const remove = useMutation<unknown, ApiError, Removal>({
    mutationFn: (r) =>
      r.kind === 'duty' ? counsellingApi.removeDuty(r.id) : counsellingApi.removeException(r.id),
    onSuccess: changed.setup,
    onSettled: () => setAsking(null),
  });
  return { asking, ask: setAsking, remove };
}

/** Counselling set-up for administrators: specialists, their weekly duty hours, and exceptions. */
export function SetupPage() {
  const { date, msg, t, tk } = useI18n();
  const setup = useSetup();
  const offices = useOffices();
  const changed = useCounsellingChanged();
  const removal = useRemoval();
  const [editing, setEditing] = useState<string | null>(null);
  const [addingDuty, setAddingDuty] = useState<string | null>(null);
  const officeList = offices.data?.offices ?? [];
  const officeName = (id: string | null | undefined) => officeList.find((o) => o.id === id)?.name ?? '';

  if (setup.error) return <LoadError error={setup.error} onRetry={() => setup.refetch()} />;
  const s = setup.data;
  if (!s) return <Loading />;
  const saved = () => {
    setEditing(null);
    setAddingDuty(null);
    changed.setup();
  };
  const problem = removal.remove.error;
  const nameOf = (id: string | null) =>
    id ? (s.specialists.find((x) => x.id === id)?.publicName ?? '') : t('couns.setup.wholeCentre');

  return (
    <Page title={t('couns.setup.title')} lead={t('couns.setup.lead')}>
      {problem ? (
        <Alert focus>{problem.status === 0 ? t('error.network') : msg(problem.message)}</Alert>
      ) : null}
      {s.specialists.map((sp) => (
        <section key={sp.id} className="card" aria-labelledby={`setup-${sp.id}`}>
          <h2 id={`setup-${sp.id}`}>
            {sp.publicName}{' '}
            <StatusBadge tone={sp.active ? 'ok' : 'off'}>
              {sp.active ? t('couns.setup.isActive') : t('couns.setup.isInactive')}
            </StatusBadge>
          </h2>
          <p className="meta">
            {t(`specialistKind.${sp.kind}`)}
            {sp.staffName ? ` · ${t('couns.setup.account', { name: sp.staffName })}` : ''}
          </p>
          {editing === sp.id ? (
            <SpecialistForm specialist={sp} onSaved={saved} onCancel={() => setEditing(null)} />
          ) : (
            <RowButton label={t('action.edit')} what={sp.publicName} onClick={() => setEditing(sp.id)} />
          )}
          {sp.duties.length ? (
            <ColumnTable
              caption={t('couns.setup.dutiesOf', { name: sp.publicName })}
              compact
              rows={sp.duties}
              columns={[
                { key: 'weekday', header: t('couns.setup.weekday'), cell: (d) => tk('day', d.weekday) },
                {
                  key: 'hours',
                  header: t('couns.setup.hours'),
                  className: 'nowrap',
                  cell: (d) => (
                    <>
                      {d.start}–{d.end} ({d.slotMinutes} min)
                    </>
                  ),
                },
                {
                  key: 'place',
                  header: t('couns.setup.place'),
                  cell: (d) => (
                    <>
                      {d.mode === 'phone'
                        ? `${t('mode.phone')} ${d.phone ?? ''}`
                        : [officeName(d.officeId), d.room].filter(Boolean).join(', ')}
                    </>
                  ),
                },
                {
                  key: 'validity',
                  header: t('couns.setup.validity'),
                  cell: (d) => (
                    <>
                      {date(d.validFrom)} – {d.validTo ? date(d.validTo) : '…'}
                      {d.months ? (
                        <div className="hint">
                          {t('couns.setup.monthsList', { months: d.months.join(', ') })}
                        </div>
                      ) : null}
                    </>
                  ),
                },
                {
                  key: 'actions',
                  header: t('common.actions'),
                  cell: (d) => (
                    <RemoveButton
                      label={t('action.remove')}
                      what={`${tk('day', d.weekday)} ${d.start}–${d.end}`}
                      onClick={() =>
                        removal.ask({
                          kind: 'duty',
                          id: d.id,
                          what: `${sp.publicName}, ${tk('day', d.weekday)} ${d.start}–${d.end}`,
                        })
                      }
                    />
                  ),
                },
              ]}
            />
          ) : (
            <p className="empty">{t('couns.noDuty')}</p>
          )}
          {addingDuty === sp.id ? (
            <DutyForm specialistId={sp.id} offices={officeList} onSaved={saved} />
          ) : (
            <button type="button" className="button secondary" onClick={() => setAddingDuty(sp.id)}>
              {t('couns.setup.addDuty')}
              <span className="visually-hidden"> — {sp.publicName}</span>
            </button>
          )}
        </section>
      ))}
      <section aria-labelledby="setup-new">
        <h2 id="setup-new">{t('couns.setup.addSpecialist')}</h2>
        <SpecialistForm key={s.specialists.length} specialist={null} onSaved={saved} />
      </section>
      <section aria-labelledby="setup-exceptions">
        <h2 id="setup-exceptions">{t('couns.setup.exceptions')}</h2>
        {s.exceptions.length ? (
          <ColumnTable
            caption={t('couns.setup.exceptions')}
            compact
            rows={s.exceptions}
            columns={[
              { key: 'date', header: t('couns.setup.date'), className: 'nowrap', cell: (e) => date(e.date) },
              { key: 'specialist', header: t('couns.specialist'), cell: (e) => nameOf(e.specialistId) },
              {
                key: 'exceptionKind',
                header: t('couns.setup.exceptionKind'),
                cell: (e) => t(`couns.setup.kind.${e.kind}`),
              },
              {
                key: 'hours',
                header: t('couns.setup.hours'),
                cell: (e) => (e.start && e.end ? `${e.start}–${e.end}` : t('couns.setup.wholeDay')),
              },
              { key: 'note', header: t('couns.setup.note'), cell: (e) => e.note ?? '' },
              {
                key: 'actions',
                header: t('common.actions'),
                cell: (e) => (
                  <>
                    <RemoveButton
                      label={t('action.remove')}
                      what={`${date(e.date)} ${nameOf(e.specialistId)}`}
                      onClick={() =>
                        removal.ask({
                          kind: 'exception',
                          id: e.id,
                          what: `${date(e.date)} ${nameOf(e.specialistId)}`,
                        })
                      }
                    />
                  </>
                ),
              },
            ]}
          />
        ) : (
          <p className="empty">{t('couns.setup.noExceptions')}</p>
        )}
        <ExceptionForm specialists={s.specialists} offices={officeList} onSaved={changed.setup} />
      </section>
      <ConfirmDialog
        open={removal.asking !== null}
        title={t('couns.setup.removeQuestion', { what: removal.asking?.what ?? '' })}
        confirmLabel={t('action.remove')}
        danger
        busy={removal.remove.isPending}
        onConfirm={() => removal.asking && removal.remove.mutate(removal.asking)}
        onCancel={() => removal.ask(null)}
      />
    </Page>
  );
}
