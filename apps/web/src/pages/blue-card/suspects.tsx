import { CompleteSuspect } from '@ostoja/domain/blue-card/procedure';
import type { Procedure, Suspect } from '@ostoja/domain/blue-card/responses';
import { useState } from 'react';
import { blueCardApi } from '../../api/blue-card.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { todayIso } from '../../lib/format.ts';
import { newParticipant, participantPayload } from './participant-editor.tsx';
import { useStep } from './step-form.tsx';
import { ParticipantStepForm } from './steps-basic.tsx';

/** The team identifies a suspect known by name only: a registered person or a new one. */
function CompleteForm({
  p,
  s,
  onDone,
  onCancel,
}: {
  p: Procedure;
  s: Suspect;
  onDone(p: Procedure): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const f = useStep({
    schema: CompleteSuspect,
    defaultValues: {
      person: (() => {
        const v = newParticipant('perpetrator');
        return { ...v, person: { ...v.person, firstName: s.firstName, surname: s.surname } };
      })(),
      on: todayIso(),
    },
    toBody: (v) => {
      const { role: _role, ...who } = participantPayload(v.person);
      return { ...who, on: v.on };
    },
    save: (body) => blueCardApi.completeSuspect(p.id, s.id, body),
    onDone,
  });
  return (
    <ParticipantStepForm
      title={t('blueCards.suspects.complete', { name: `${s.firstName} ${s.surname}` })}
      submitLabel={t('blueCards.suspects.save')}
      form={f}
      onCancel={onCancel}
      field="person"
      legend={t('blueCards.suspects.identified')}
    />
  );
}

/** Persons suspected of violence known only by name (NK-A by the police): the record is incomplete until identified. */
export function SuspectsSection({ p, onDone }: { p: Procedure; onDone(p: Procedure): void }) {
  const { t, date } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  if (p.suspects.length === 0) return null;
  const canComplete = p.allowedActions.includes('addParticipant');
  const editing = p.suspects.find((s) => s.id === open);
  return (
    <section>
      <h2>{t('blueCards.suspects.title')}</h2>
      {p.incomplete ? <Alert kind="warning">{t('blueCards.suspects.incomplete')}</Alert> : null}
      <ColumnTable
        caption={t('blueCards.suspects.title')}
        rows={p.suspects}
        columns={[
          { key: 'name', header: t('blueCards.suspects.name'), cell: (s) => `${s.firstName} ${s.surname}` },
          {
            key: 'known',
            header: t('blueCards.suspects.known'),
            cell: (s) =>
              [s.birthDate ? date(s.birthDate) : null, s.address, s.description].filter(Boolean).join('; ') ||
              '—',
          },
          {
            key: 'state',
            header: t('blueCards.suspects.state'),
            cell: (s) =>
              s.personId && s.completedOn ? (
                t('blueCards.suspects.completedOn', { date: date(s.completedOn) })
              ) : canComplete ? (
                <button type="button" className="button secondary" onClick={() => setOpen(s.id)}>
                  {t('blueCards.suspects.completeButton')}
                </button>
              ) : (
                t('blueCards.suspects.pending')
              ),
          },
        ]}
      />
      {editing ? (
        <CompleteForm
          p={p}
          s={editing}
          onCancel={() => setOpen(null)}
          onDone={(next) => {
            setOpen(null);
            onDone(next);
          }}
        />
      ) : null}
    </section>
  );
}
